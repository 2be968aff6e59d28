/** What the locale module knows of one language: how it is written, its Intl tag, its word lists. */
import type { AccountRole } from '../store/records.ts';

/** Words that point at an invoice shown, or tell a dispute's reason from the request, matched as parts of the lower-cased message. */
export interface InvoiceReferenceWords {
  /** Its due date named ("the one due on the 14th", "14号到期的", "la que vence el 14"): the date is the due date, not the period. */
  due: readonly string[];
  /** Its issue date named ("the one issued on 30 Nov", "11月30日开的", "la emitida el 30"): the date is the day it was issued. */
  issued: readonly string[];
  /** The invoice of the period before the one talked about ("the previous one", "上一张", "la anterior"). */
  previous: readonly string[];
  /** The invoice of the period after the one talked about ("the one after that", "下一张", "la siguiente"). */
  next: readonly string[];
  /** Every invoice ("pay all of them", "全部付掉", "págalas todas"): no single one is meant. */
  every: readonly string[];
  /** Only the invoices still to pay ("unpaid", "open invoices", "未付", "pendientes"): a filter of the list. */
  unpaid: readonly string[];
  /** The invoice talked about ("it", "this one", "这张", "esa"), matched as whole words (anywhere in Han). */
  focus: readonly string[];
  /** What joins a reason to the request in one sentence ("because", "因为", "porque"). */
  because: readonly string[];
  /** Words that say only that something is wrong, or fill a sentence, without saying what ("it is wrong", "金额不对", "está mal"): whole words (anywhere in Han). */
  vague: readonly string[];
  /** What is wrong with a charge ("billed twice", "too much", "多收", "重复收费", "dos veces", "de más"): the clauses saying it are the dispute's reason, not the request beside them. */
  grounds: readonly string[];
}

/** The words the dialog and flows read a message with, in one language: dictionaries, not rules. */
export interface LocaleWords {
  /** Short answers to a yes/no question, matched on the whole reply ("yes please", "好的", "vale"). */
  yes: readonly string[];
  /** What may follow a yes and keep it one ("sí, que me llame un asesor", "yes please, have an advisor contact me"), matched as parts of the rest. */
  yesTails: readonly string[];
  no: readonly string[];
  /** Ordinals that pick an item of a numbered list, 1-based; -1 is "the last one". */
  ordinals: Readonly<Record<string, number>>;
  /** Words that make a request for a person a complaint (priority, the complaint ticket category, sentiment). */
  complaints: readonly string[];
  /** Words that make a request for a person one for the customs team ("a customs specialist", "清关专员", "un agente de aduanas"): the customs queue. */
  customsTeam: readonly string[];
  /** Asking how or when to reach customer service ("your phone number", "opening hours"): answered with the lines and hours, a person offered, not a handoff. */
  contactAsks: readonly string[];
  /** Words that ask when customer service is open ("are you open on sundays", "周日有人吗", "¿atienden los domingos?"): never about a parcel. */
  serviceHoursAsks: readonly string[];
  /** An explicit request to investigate a parcel ("open a trace", "abran una investigación", "帮我立案调查"): the trace is opened, not offered. */
  traceRequests: readonly string[];
  /** Asking which alerts run in this chat ("which alerts do I have?"): listed, nothing changed. */
  alertListAsks: readonly string[];
  /** Other words of a customer unhappy (or pleased) with us: the agent's sentiment signal, matched as parts of the message. */
  unhappy: readonly string[];
  pleased: readonly string[];
  /** What a billing message asks for, matched as parts of the lower-cased message. */
  billingActions: Readonly<Record<'dispute' | 'pay' | 'view', readonly string[]>>;
  /** Asking how long a payment takes to show as paid ("how long until it shows as paid", "付了之后多久能显示已付", "¿cuánto tarda en aparecer el pago?"). */
  paymentTiming: readonly string[];
  /** Holding a payment back ("don't pay yet", "算了先别付", "no la pagues todavía"): nothing is paid, no link given. */
  paymentDeclined: readonly string[];
  /** Asking how a dispute goes on ("how long does a dispute take?", "will you notify me when it's decided?", "争议一般多久有结果", "¿me avisarán?"): its review time and how the answer comes. */
  disputeProcess: readonly string[];
  /** Asking which parcels an invoice billed ("which parcels were on invoice …", "这张账单包含哪些包裹", "¿qué paquetes había en la factura …?"). */
  invoiceParcels: readonly string[];
  /** Words pointing at the most recent invoice ("the latest one"). */
  latestInvoice: readonly string[];
  /** Asking when an invoice is due ("when is it due", "什么时候到期", "¿cuándo vence?"): right after an invoice was talked about, of that one. */
  dueQuestion: readonly string[];
  /** Asking how a dispute stands, said beside a dispute word ("status", "进展", "cómo va"): a dispute's status, not a new dispute. */
  disputeStatus: readonly string[];
  /** Asking who may do something ("who can do that for me?", "谁能帮我付", "¿quién puede pagarla?"): after a refusal, who holds the role. */
  whoCan: readonly string[];
  /** Saying what was paid, beside an amount question ("how much have we paid this year?", "今年付了多少钱", "¿cuánto hemos pagado?"). */
  paidTotal: readonly string[];
  /** Asking what the account still owes in the word for it ("what's our balance?", "账户余额", "¿cuál es nuestro saldo?"): the invoices, however the classifier guessed. */
  balanceAsks: readonly string[];
  /** Words that point at the overdue invoice ("the overdue one", "逾期的那张", "la vencida"), and at the oldest of several. */
  overdueInvoice: readonly string[];
  oldestInvoice: readonly string[];
  /** Words that point at the invoice of the smallest amount ("the cheaper one", "便宜的那张", "la más barata"), and of the largest. */
  cheapestInvoice: readonly string[];
  dearestInvoice: readonly string[];
  /** How an invoice the assistant showed is pointed at, and how a dispute's reason is told from its request (src/dialog/flows/billing/invoiceReference.ts). */
  invoiceReference: InvoiceReferenceWords;
  /**
   * A question of what something costs ("how much is it", "多少钱", "¿cuánto es?"): asked right after an
   * invoice or the VIP fee was shown, it is asked of that (src/dialog/flows/shared/amountQuestion.ts).
   */
  amountQuestion: readonly string[];
  /** Asking to be signed up for what was just offered ("apply for it", "帮我申请一下", "solicítalo"): after the VIP programme, its request. */
  applyRequest: readonly string[];
  /** What an account-access message asks for, matched as parts of the lower-cased message. */
  accessActions: Readonly<Record<'signin' | 'link' | 'explain' | 'mine' | 'show' | 'change' | 'remove' | 'add' | 'list', readonly string[]>>;
  /** A new user named as what is added ("add a user with the View role", "añadir a un usuario con rol View"): adding, though a role is named. */
  newUser: readonly string[];
  /** Role names as customers write them (whole words, or anywhere when written in Han characters). */
  roleNames: Readonly<Record<AccountRole, readonly string[]>>;
  /** "all", "全部", "todos": every role. */
  allRoles: readonly string[];
  /** Words that set the named roles exactly, take them away or add them. */
  roleChanges: Readonly<Record<'exact' | 'revoke' | 'grant', readonly string[]>>;
  /** Words that add the roles named to a change already proposed ("and dispute too", "也要争议", "y también disputa"), not instead of it. */
  roleAdditions: readonly string[];
  /** Words that keep a member whose removal was proposed ("keep her", "留着她", "déjala"). */
  keepMember: readonly string[];
  /** Pronouns for the member just talked about ("remove her after all", "把她删了", "quítalo"): whole words, or anywhere in Han. */
  memberPronouns: readonly string[];
  /** Words that ask how the carbon footprint is worked out ("how do you calculate", "怎么计算", "cómo se calcula"). */
  carbonMethod: readonly string[];
  /**
   * An alert asked for the whole account: `ask` the request to be told, `anyParcel` any of the account's parcels
   * ("any of our parcels", "有包裹", "algún paquete"), `problem` the trouble to be told of ("held in customs", "被海关扣", "retenido").
   */
  accountAlert: Readonly<Record<'ask' | 'anyParcel' | 'problem', readonly string[]>>;
  /**
   * Words that ask a parcel's customs state, as a question ("what about customs on it", "清关了吗", "¿tiene algún problema
   * con aduanas?"): answered from the data, with an advisor offered, never a ticket opened unasked.
   */
  customsStateAsks: readonly string[];
  /**
   * Words that ask for the customs team's help on a parcel ("have an advisor contact me", "帮我清关", "ayúdame con la aduana",
   * "speed it up"): only these (a yes to the advisor offered, or documents sent) open a customs ticket; a parcel held in
   * customs described alone gets its state, the documents and an advisor offered.
   */
  customsHelpAsks: readonly string[];
  /**
   * A VIP member's questions: `benefits` what the programme gives ("what do i get as vip", "VIP有什么待遇"), `manager` who
   * their account manager is ("who's my account manager", "客户经理是谁"), `priority` held parcels handled first
   * ("can you prioritise our held parcels", "优先处理").
   */
  vipAsks: Readonly<Record<'benefits' | 'manager' | 'priority', readonly string[]>>;
  /** Words that ask to compare an account flow's figures of two periods or lanes ("how does that compare", "和十月比呢", "¿cuál fue peor?"). */
  figureComparison: readonly string[];
  /** Words that name each delivery change (the choices' values are among them). */
  deliveryChanges: Readonly<Record<'address' | 'reschedule' | 'access_point' | 'instruction', readonly string[]>>;
  /**
   * A delivery instruction: `spots` where or with whom the driver is to leave the parcel ("neighbour",
   * "门卫", "conserjería"); `leads` the polite words before the instruction ("can you", "帮我", "pueden"),
   * not part of it; `parcels` the words naming the parcel, after which the instruction begins ("发往多伦多的包裹放门卫室",
   * "leave the parcel at reception": "at reception").
   */
  deliveryInstructions: Readonly<Record<'spots' | 'leads' | 'parcels', readonly string[]>>;
  /** Every one of the speaker's accounts: `answer` in a reply to "which account?" ("both", "两个都要", "las dos"), `request` anywhere ("all my accounts"). */
  allAccounts: Readonly<Record<'answer' | 'request', readonly string[]>>;
  /** The speaker's account other than the one in question, for a user of two ("on the other account", "另一个账户", "en la otra cuenta"). */
  otherAccount: readonly string[];
  /**
   * A period named only next to the one just talked about ("and the month before?", "那前一个月呢", "¿y la semana
   * anterior?"): the unit and the direction (src/dialog/periodShift.ts moves the conversation's last period).
   */
  periodShift: Readonly<Record<PeriodShiftKey, readonly string[]>>;
}

/** The unit and direction of a period named next to the last one. */
export type PeriodShiftKey = 'dayBefore' | 'weekBefore' | 'monthBefore' | 'yearBefore' | 'dayAfter' | 'weekAfter' | 'monthAfter' | 'yearAfter';

/** One language the assistant answers in. */
export interface LanguagePack {
  /** The language subtag the conversation's locale holds: "en", "zh", "es". */
  code: string;
  /** The tag dates, times and numbers are formatted with ("en-GB": "Tue, 3 Mar 2026, 14:05"). */
  intlTag: string;
  /** The locale a user record created in the chat stores, as the demo data writes them. */
  userLocale: string;
  /** Words (and sentences) are separated by spaces: not in Chinese, where a cue is found inside the message. */
  spacesBetweenWords: boolean;
  /** How a city and its country are named: "Toronto, Canada" or "加拿大多伦多". */
  placeOrder: 'city, country' | 'country city';
  words: LocaleWords;
}
