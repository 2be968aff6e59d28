/**
 * The words that tell what a message does in the conversation, per language: dictionaries, not rules.
 * Matched on a normalised message (lower case, punctuation and emoji spaced out); a cue is a whole
 * word or phrase in en/es, a substring in Chinese (no spaces between words).
 */
import type { Catalogue } from '../../locale/index.ts';

export interface DiscourseCues {
  /** The whole message is an acknowledgement: it answers nothing and asks nothing. */
  acknowledgements: readonly string[];
  /** An acknowledgement at the start of a longer message ("thanks! and where is …"). */
  acknowledgementPrefixes: readonly string[];
  /** A yes alone: with nothing asked (a payment link given), an acknowledgement; with one parcel offered, that one. */
  bareYes: readonly string[];
  /** A first sentence that thanks for something ("Thanks for sorting out my invoice!"): the question follows it. */
  thanksOpeners: readonly string[];
  /** The whole message drops what is under way. */
  cancellations: readonly string[];
  /** The message starts by saying the last thing was wrong ("no, the 14th", "I meant Paris"). */
  corrections: readonly string[];
  /** The message goes on from the last one ("and the one to Paris?", "what about …"). */
  continuations: readonly string[];
  /**
   * Another place asked about as the last one was ("what about vancouver?", "那温哥华的呢", "¿y Vancouver?"): `opens` the
   * message ("换成…"), or `closes` it (Chinese 呢, "… instead", "… en cambio"). Never the answer to "which city did you send it from?".
   */
  placeSwitches: { readonly opens: readonly string[]; readonly closes: readonly string[] };
  /** The message points at a parcel already talked about ("it", "that one"). */
  pronouns: readonly string[];
  /** A pronoun alone, never a noun a description may follow ("its", "它", "su"; not "the parcel" of "the parcel to Dallas"). */
  barePronouns: readonly string[];
  /** Pronouns of several parcels ("those", "它们", "esos"): the parcels an answer found, not the one in focus. */
  pluralPronouns: readonly string[];
  /** Words that point at the several parcels of the search under way ("when do they arrive?", "它们什么时候到", "¿cuándo llegan?"): all of them, not one. */
  severalParcels: readonly string[];
  /** Verbs whose subject is the parcel ("¿cuánto CO2 generó?": Spanish drops the pronoun; English and Chinese say it, "did it emit", "它排放"). */
  droppedSubjectVerbs: readonly string[];
  /** "the previous one", "刚才那个", "el anterior": the parcel talked about before the one in focus. */
  earlier: readonly string[];
  /** The message starts by going back to a parcel talked about before ("back to that toronto parcel", "回到多伦多那个包裹", "volviendo al de París"). */
  backTo: readonly string[];
  /** "the third one you listed at the start", "一开始列的第三个", "el segundo de al principio": a position in the first list the conversation showed. */
  firstShown: readonly string[];
  /** "that account", "这个账户", "esa cuenta": the account of the parcel in focus. */
  thatAccount: readonly string[];
  /** "the other one": the one of the last list that was not picked. */
  others: readonly string[];
  /** "the one …", "那个", "el que": a description of one of the parcels shown. */
  theOne: readonly string[];
  /** Words that make a request self-contained: the parcels themselves, or asking to find or list them (not question words: "¿dónde está?" leans on the last parcel). */
  requestWords: readonly string[];
  /** Asking which parcels fit or to find them ("which ones haven't arrived?", "哪些还没到", "busca los …"): status words there filter, they report no worry. */
  listQuestions: readonly string[];
  /**
   * Asking for every parcel that fits, or how many ("list the ones to Tokyo", "what did we send to Paris?",
   * "有几个", "¿cuántos …?"): many are counted and listed, not narrowed by a question. Narrower than
   * `listQuestions`: "which day was my parcel to Seoul signed for?" asks of one parcel.
   */
  everyParcel: readonly string[];
  /** Asking how many parcels fit ("how many parcels did we send …", "有几个", "cuántos paquetes"): the answer says the count. */
  countQuestions: readonly string[];
  /**
   * "how many", "几件", "cuántos" alone: with only a status beside them ("how many are still on the way?", "还有几件在路上",
   * "cuántos llevamos en camino") the account's parcels in that state are counted, whatever was shown before.
   */
  countWords: readonly string[];
  /**
   * Asking what was sent ("what did we send on saturday?", "最近发了什么", "¿qué enviamos el sábado?"): the parcels, whatever
   * account flow came before or the classifier guessed ("发" here is to ship, not 发票), unless that flow's own words are there.
   */
  whatWasSent: readonly string[];
  /** "of those", "其中", "de esos": a count or a filter among the parcels shown, not the account's. */
  amongShown: readonly string[];
  /** "have they all arrived?", "都到了吗", "¿llegaron todos?": asked of the parcels counted. */
  allArrived: readonly string[];
  /**
   * "when does the sydney parcel arrive?", "什么时候到", "cuándo llega": when described parcels arrive (words of one
   * still to come: "has it arrived?", "qué día se entregó" ask of a delivery, and keep their reading). Asked of a
   * place that fits many, the ones still travelling are meant, and when all arrived that is the answer. "Is it on
   * time?" asks when it arrives too.
   */
  arrivalQuestions: readonly string[];
  /** Whether parcels have arrived, asked in the past ("did they arrive?", "到了吗", "¿llegaron?"): of the parcels of a period, all arrived is an answer. */
  arrivedQuestions: readonly string[];
  /** "do I have any parcels to London?", "有没有寄往伦敦的", "¿tengo algún envío a Londres?": a yes or no, with how many. */
  anyParcels: readonly string[];
  /** "the latest one", "最新的那个": the most recently sent of the parcels in question. */
  latest: readonly string[];
  /** "the first parcel we sent this year", "最早的", "el más antiguo": the earliest sent of the parcels described. */
  earliest: readonly string[];
  /**
   * "which one went to vancouver last", "which did we ship first": a sending verb, then the order word ending the
   * message (`latestAtEnd`, `earliestAtEnd`), the place between them. Ending it: "last week" is a period, not an order.
   */
  sendingVerbs: readonly string[];
  latestAtEnd: readonly string[];
  earliestAtEnd: readonly string[];
  /** Asking for a person, whatever flow is under way. */
  person: readonly string[];
  /** Making a complaint in so many words ("I want to complain", "我要投诉", "quiero poner una queja"): a person takes it. */
  complaints: readonly string[];
  /** Our own staff as what a complaint is about ("the agent I spoke to", "刚才那个客服", "el agente"): no parcel is looked for. */
  staff: readonly string[];
  /** Whose data is asked for is someone else's: a colleague's or friend's, another company's ("my colleague's", "同事的", "de mi colega"). */
  thirdParties: readonly string[];
  /** Words of a company's legal name ("Ltd", "Trading", "集团"): a company named by its name. */
  companyForms: readonly string[];
  /** Putting something off for now ("wait, first …", "espera, antes …", "等等，先…"): a complaint so deferred is not made yet. */
  deferrals: readonly string[];
  /** Words that ask for what follows them (within two words, or characters in Chinese): before a `person` cue, a request for one ("I need a human, …", "帮我转专属客服"). */
  askFor: readonly string[];
  /** Words that decline what follows them (within three words or characters): before a `person` cue, a request for one taken back ("不用转人工了", "no need for an agent"). */
  declines: readonly string[];
  /** Taking back the request for a person in so many words: its ticket ("cancel that ticket", "把这个工单取消", "cancela ese ticket"). */
  withdrawRequest: readonly string[];
  /** Saying the customer has what they need ("figured it out", "我自己查吧", "ya está"): beside a cancellation, nothing more is asked. */
  sortedOut: readonly string[];
  /**
   * A part that only names the parcel the rest of the message asks something of ("my parcel to Miami, can
   * you leave it …", "发往迈阿密的包裹，麻烦…", "el paquete a Berlín, pueden …"): it starts with one of these
   * (ends with one, in Chinese).
   */
  parcelTopics: readonly string[];
  /**
   * What to do now that a parcel is damaged or lost, and what comes of it ("what should i do next", "can we get our
   * money back", "are we covered?", "how long does the investigation take", "怎么办", "我要索赔", "需要提供什么材料",
   * "大概多久有结果", "quiero reclamar", "¿qué necesito enviar?"): the claim path of the parcel in question.
   */
  claimQuestions: readonly string[];
  /** Import duties and taxes named ("import duties", "关税", "aranceles"). */
  duties: readonly string[];
  /** Who pays something ("who pays", "谁付", "quién paga"): beside `duties`, who is billed the duties. */
  whoPays: readonly string[];
  /** What customs asks for ("what paperwork do we need", "要什么", "hace falta", "qué documentos"): beside customs words, the documents. */
  customsNeeds: readonly string[];
  /** One parcel named ("the new york parcel", "那个包裹", "el paquete"): its own customs state is asked, not the destination's rules. */
  oneParcel: readonly string[];
  /** One parcel of a place meant without a parcel word ("and the one to singapore?", "新加坡的呢", "el de Berlín"): with `oneParcel`, the parcel still travelling there. */
  oneOfPlace: readonly string[];
  /** Any of the account's parcels asked about ("is anything of ours stuck in customs?", "有被海关扣的包裹吗", "¿tenemos algo retenido?"): a search, not the parcel in focus. */
  anyOfOurs: readonly string[];
  /** "what changes have i asked for on it?", "我刚才都要求了哪些修改", "¿qué cambios he pedido?": the delivery changes asked for the parcel. */
  changesAsked: readonly string[];
  /** "how long does customs clearance take?", "清关一般要多久", "¿cuánto tarda la aduana?": the time customs takes. */
  clearanceTime: readonly string[];
  /** "what's missing for it?", "还缺什么", "¿qué le falta?": what a held parcel still needs. */
  whatsMissing: readonly string[];
  /** "what's the ticket number?", "工单号是多少", "¿cuál es el número de la queja?": the number of the conversation's ticket, never the account's. */
  ticketNumber: readonly string[];
  /** "ticket", "工单", "queja": a ticket named in so many words (without them, "why hasn't it been picked up?" is about the parcel in focus). */
  ticketNouns: readonly string[];
  /** Asked while waiting for a person: what happens now, how long it takes ("what happens next", "要等多久", "¿cuánto tardará?"). */
  waitQuestions: readonly string[];
  /** A question asked without its mark: how it opens ("whats …", "did …", "cuánto …"); in Chinese its words anywhere ("吗", "多少"). */
  questionOpeners: readonly string[];
}

export const DISCOURSE_CUES: Catalogue<DiscourseCues> = Object.freeze({
  en: {
    acknowledgements: ['ok', 'okay', 'k', 'kk', 'ok thanks', 'okay thanks', 'ok thank you', 'thanks', 'thank you', 'thx', 'ty', 'cheers',
      'great', 'great thanks', 'perfect', 'cool', 'nice', 'got it', 'i see', 'alright', 'all right', 'fine', 'sure', 'understood',
      'noted', 'good', 'good to know', 'awesome', 'lovely', 'thanks a lot', 'many thanks', 'thank you very much',
      'brilliant', 'brilliant ta', 'ta', 'cheers mate', 'nice one', 'splendid', 'wonderful', 'excellent', 'super', 'sweet', 'that helps', 'fab', '👍', '👌', '🙏', '🙂', '😊', '✅'],
    acknowledgementPrefixes: ['thanks', 'thank you', 'ok', 'okay', 'great', 'perfect', 'got it', 'cool', 'alright', 'cheers', 'thx', '👍', 'brilliant', 'ta', 'lovely', 'excellent'],
    bareYes: ['yes', 'yeah', 'yep', 'yup', 'yes thanks', 'yes thank you', 'yes please'],
    thanksOpeners: ['thanks for', 'thank you for', 'thanks a lot for', 'many thanks for', 'thanks so much for', 'thank you so much for'],
    cancellations: ['cancel', 'cancel that', 'cancel it', 'never mind', 'nevermind', 'nvm', 'forget it', 'forget about it', 'stop', 'skip it', 'leave it',
      'nothing', "it's fine", 'no need', 'not anymore', 'drop it'],
    corrections: ['no', 'nope', 'not', 'sorry', 'i meant', 'i mean', 'actually', 'wait', 'no wait', 'oops', 'correction', 'rather', 'make that',
      'it was', "it's", 'wrong'],
    continuations: ['and', 'also', 'what about', 'how about', 'and what about', 'then', 'plus', 'or', 'only', 'just', 'but only', 'of those', 'of them', 'among them', 'hmm'],
    placeSwitches: { opens: ['what about', 'how about', 'and what about', 'and how about', 'what about the', 'and for'], closes: ['instead'] },
    thirdParties: ['colleague s', 'colleagues s', 'coworker s', 'co worker s', 'friend s', 'of my colleague', 'of my friend', 'a friend at', 'a colleague at',
      'another company', 'another company s', 'other company s', 'someone else s', 'somebody else s', 'another customer s'],
    companyForms: ['inc', 'ltd', 'llc', 'corp', 'gmbh', 'plc', 'trading', 'co ltd'],
    barePronouns: ['it', 'its'],
    pluralPronouns: ['those', 'them', 'their', 'these', 'they', 'those parcels', 'these parcels'],
    thatAccount: ['that account', 'this account', 'the same account', 'its account', 'that parcel s account', 'the account it was sent from', 'the account it came from'],
    firstShown: ['at the start', 'at the beginning', 'in the beginning', 'at first', 'first list', 'listed first', 'showed first', 'showed me first', 'listed before',
      'listed earlier', 'showed before', 'showed me before', 'showed earlier', 'showed me earlier', 'earlier list', 'list before'],
    backTo: ['back to', 'go back to', 'going back to', 'getting back to', 'coming back to', 'and back to', 'now back to', 'ok back to', 'so back to'],
    earlier: ['the previous one', 'previous one', 'the previous parcel', 'the earlier one', 'the one before', 'the one before that', 'the first parcel you showed'],
    pronouns: ['it', 'its', "it's", 'this one', 'that one', 'that parcel', 'this parcel', 'that package', 'this package', 'that', 'this', 'the parcel', 'the package', 'the box', 'the shipment'],
    severalParcels: ['they', 'them', 'those', 'these', "they re", 'theyre', 'all of them', 'each of them', 'each one'],
    droppedSubjectVerbs: ['did it emit', 'did it produce', 'did it generate'],
    others: ['the other one', 'the other', 'other one', 'the other parcel', 'the other package', 'the other box'],
    theOne: ['the one', 'one that', 'the ones', 'one which'],
    requestWords: ['parcel', 'parcels', 'package', 'packages', 'box', 'boxes', 'shipment', 'shipments', 'delivery', 'deliveries', 'order', 'orders',
      'track', 'tracking', 'find', 'show', 'list', 'stuff', 'items', 'item', 'ones'],
    arrivalQuestions: ['arrive', 'arrives', 'arriving', 'get there', 'gets there', 'make it', 'land', 'eta', 'be delivered', 'on time', 'on schedule'],
    arrivedQuestions: ['arrived', 'got there', 'been delivered', 'get delivered'],
    anyParcels: ['do i have any', 'do we have any', 'have i got any', 'have we got any', 'is there any', 'are there any', 'anything going', 'anything on its way',
      // "is any parcel to Berlin on its way?": a yes or no of the parcels described, never "which one?".
      'is any parcel', 'is any package', 'is any shipment', 'are any parcels', 'are any packages', 'are any shipments'],
    allArrived: ['have they all arrived', 'did they all arrive', 'have all of them arrived', 'did all of them arrive', 'are they all delivered', 'were they all delivered', 'have they arrived', 'did they arrive', 'all arrived', 'all delivered',
      'did everything', 'has everything', 'everything arrived', 'everything delivered', 'did all of our', 'did all our', 'did all my', 'have all our', 'have all my'],
    countQuestions: ['how many parcels', 'how many packages', 'how many shipments', 'how many boxes', 'how many deliveries', 'number of parcels',
      'number of packages', 'number of shipments', 'count of parcels', 'count the parcels'],
    countWords: ['how many', 'number of', 'count of'],
    whatWasSent: ['what did we send', 'what did i send', 'what have we sent', 'what have i sent', 'what did we ship', 'what did i ship', 'what was sent', 'what got sent',
      'what was shipped', 'what went out', 'what did we post', 'what did we mail', 'did we send anything', 'did we ship anything', 'anything go out', 'anything went out'],
    amongShown: ['of those', 'of them', 'of these', 'among them', 'among those', 'in that list', 'on that list', 'you showed'],
    listQuestions: ['which', 'which ones', 'what parcels', 'what packages', 'what shipments', 'show me', 'list', 'all my', 'any of my',
      'find', 'search', 'look up', 'looking for', 'show', 'any', 'anything', 'everything',
      // Counting or asking what was sent ("how many went to Paris?", "what did we send to Berlin last month?").
      'how many', 'what did we send', 'what did i send', 'what have we sent', 'what have i sent', 'what did we ship', 'what did i ship', 'what was sent',
      'what s heading', 'what is heading', 'what s on its way', 'what is on its way'],
    everyParcel: ['which ones', 'what parcels', 'what packages', 'what shipments', 'show me', 'list', 'all my', 'any of my', 'anything', 'everything',
      'how many', 'what did we send', 'what did i send', 'what have we sent', 'what have i sent', 'what did we ship', 'what did i ship', 'what was sent',
      'what s heading', 'what is heading', 'what s on its way', 'what is on its way', 'which parcels', 'which packages', 'which shipments'],
    latest: ['latest', 'most recent', 'newest', 'last one i sent', 'the last one sent', 'most recently', 'last parcel', 'last package', 'last shipment',
      'last one we sent', 'last thing we sent', 'last thing i sent'],
    earliest: ['earliest', 'oldest', 'first parcel', 'first package', 'first shipment', 'first one we sent', 'first one i sent', 'first thing we sent',
      'first thing i sent', 'first we sent', 'first i sent'],
    sendingVerbs: ['went', 'go', 'gone', 'sent', 'send', 'shipped', 'ship', 'mailed', 'posted', 'dispatched', 'left'],
    latestAtEnd: ['last', 'most recently', 'latest'],
    earliestAtEnd: ['first', 'earliest'],
    person: ['person', 'human', 'agent', 'someone', 'somebody', 'representative', 'operator', 'real person', 'staff', 'manager', 'supervisor', 'customer service', 'specialist', 'customs specialist', 'customs broker'],
    complaints: ['complain', 'complaint', 'complaining', 'file a complaint', 'make a complaint', 'formal complaint', 'lodge a complaint'],
    staff: ['agent', 'agents', 'your agent', 'staff', 'employee', 'representative', 'rep', 'operator', 'customer service', 'the person i spoke to', 'the guy i spoke to', 'the woman i spoke to', 'the man i spoke to'],
    deferrals: ['but first', 'first tell me', 'wait first', 'before that', 'hold on', 'actually first'],
    // Apostrophes are spaces once normalised: "don't" is "don t".
    askFor: ['need', 'want', 'talk to', 'speak to', 'speak with', 'talk with', 'get me', 'connect me to', 'transfer me to', 'put me through to'],
    declines: ['don t need', 'dont need', 'do not need', 'no need for', 'no longer need', 'don t want', 'dont want', 'do not want', 'no need to talk to',
      'no need to speak to'],
    withdrawRequest: ['cancel that ticket', 'cancel my ticket', 'cancel the ticket', 'cancel this ticket', 'close that ticket', 'close my ticket', 'close the ticket',
      'cancel my request', 'cancel the request', 'cancel that request', 'withdraw my request', 'withdraw the request'],
    sortedOut: ['found out what happened', 'figured out what happened', 'figured it out', 'i figured it out', 'found it', 'i found it', 'sorted', 'all sorted', 'all good', 'it s fine', 'i ll check myself',
      'i ll do it myself', 'i ll look myself', 'no worries', 'that s all'],
    parcelTopics: ['my parcel', 'my package', 'my shipment', 'our parcel', 'our package', 'our shipment', 'the parcel', 'the package', 'the shipment', 'as for my parcel', 'about my parcel'],
    claimQuestions: [
      'what should i do', 'what should we do', 'what do i do', 'what do we do', 'what can i do', 'what can we do', 'what now',
      'next step', 'next steps', 'what happens next', 'what happens now', 'money back', 'refund', 'reimbursed', 'reimburse',
      'compensation', 'compensated', 'are we covered', 'am i covered', 'is it covered', 'insured', 'insurance', 'claim',
      'investigation take', 'investigation last', 'trace take', 'how long does the investigation', 'how long will the investigation',
      'what do you need from me', 'what do i need to send', 'what should i send', 'what do i send',
    ],
    duties: ['duty', 'duties', 'import duty', 'import duties', 'import tax', 'import taxes', 'import vat', 'tariff', 'tariffs', 'customs fees', 'customs charges'],
    whoPays: ['who pays', 'who pay', 'who has to pay', 'who is paying', 'who will pay', 'who gets charged', 'who is charged', 'who is billed', 'who covers', 'do we pay', 'do we have to pay', 'does the receiver pay', 'does the recipient pay'],
    customsNeeds: ['what documents', 'which documents', 'what paperwork', 'which paperwork', 'paperwork', 'what do i need', 'what do we need', 'what is needed', "what's needed", 'what does customs need', 'do i need', 'do we need', 'needed for customs', 'required for customs', 'what forms'],
    oneParcel: ['parcel', 'package', 'shipment', 'box', 'it', 'its', 'that one', 'this one'],
    oneOfPlace: ['the one', 'one to', 'one from', 'one for'],
    anyOfOurs: ['anything', 'any of our', 'any of ours', 'any parcels', 'any packages', 'any shipments', 'any parcel', 'any package', 'any shipment'],
    changesAsked: ['what changes', 'which changes', 'what have i asked', 'what did i ask', 'what have we asked', 'what did we ask', 'changes have i', 'changes did i', 'changes have we', 'changes did we', 'what instructions'],
    clearanceTime: ['how long does customs', 'how long do customs', 'how long will customs', 'how long is customs', 'how long does clearance', 'how long does the clearance',
      'how long does customs clearance', 'how long does it take to clear', 'how long will it take to clear', 'how long to clear', 'how long does it stay in customs',
      'how long will it stay in customs', 'how long will it be in customs', 'how long does clearing', 'how long for customs', 'how long for clearance'],
    whatsMissing: ['whats missing', 'what s missing', 'what is missing', 'what else is missing', 'what is still missing', 'whats still missing', 'what s still missing', 'what do they still need',
      'what does it still need', 'what else do they need', 'what else does it need'],
    waitQuestions: ['what happens next', 'what happens now', 'what now', 'what next', 'what s next', 'whats next', 'how long will it take', 'how long will this take',
      'how long does it take', 'how long do i have to wait', 'how long do i wait', 'how long is the wait', 'how much longer', 'how long until', 'when will someone',
      'when will somebody', 'when will a person', 'when will an agent', 'when will i hear', 'when will they', 'where am i in the queue', 'my place in the queue',
      'what will the agent do', 'what will they do', 'what will the person do', 'is anyone there', 'anyone there'],
    ticketNouns: ['ticket', 'tickets', 'complaint', 'case', 'claim', 'request', 'trace', 'dispute', 'escalation'],
    ticketNumber: ['ticket number', 'ticket no', 'complaint number', 'case number', 'reference number', 'ticket reference', 'complaint reference', 'trace number'],
    questionOpeners: ['what', 'whats', 'how', 'when', 'where', 'wheres', 'who', 'whos', 'which', 'why', 'did', 'does', 'do', 'is', 'are', 'was',
      'were', 'has', 'have', 'tell me', 'show me'],
  },
  zh: {
    acknowledgements: ['好', '好的', '好吧', '好滴', '嗯', '嗯嗯', '哦', '噢', '行', '可以', '明白', '明白了', '知道了', '了解', '收到', '谢谢', '谢谢你', '多谢', '感谢',
      '好的谢谢', '好的，谢谢', '谢啦', '没问题', '👍', '👌', '🙏', '🙂', '😊', '✅', 'ok', '好的呢'],
    acknowledgementPrefixes: ['谢谢', '好的', '好', '嗯', '收到', '明白', '多谢', '感谢', 'ok'],
    bareYes: ['是', '是的', '对', '对的', '是的谢谢', '对，谢谢'],
    thanksOpeners: ['谢谢你', '谢谢您', '感谢你', '感谢您', '多谢你', '谢谢'],
    cancellations: ['算了', '取消', '不用了', '不要了', '不查了', '不改了', '没事了', '没事', '不用管了', '别管了', '忘了吧'],
    corrections: ['不对', '不是', '错了', '我是说', '我说的是', '应该是', '其实是', '抱歉', '不好意思', '说错了', '更正', '是'],
    continuations: ['还有', '另外', '再', '还有那个', '也', '只', '只看', '只要', '仅', '其中', '里面', '这些里', '这里面', '嗯'],
    placeSwitches: { opens: ['换成', '如果是'], closes: ['呢'] },
    thirdParties: ['同事的', '朋友的', '别的公司', '其他公司', '另一家公司', '别人的', '别家公司'],
    companyForms: ['集团', '有限公司', '贸易公司', '电子公司'],
    barePronouns: ['它'],
    pluralPronouns: ['它们', '这些', '那些', '这几个', '那几个', '这几件', '那几件'],
    thatAccount: ['那个账户', '这个账户', '该账户', '同一个账户', '它的账户', '那个账号', '这个账号'],
    firstShown: ['一开始', '最开始', '刚开始', '开头', '最早列', '第一次列', '第一个列表', '之前列', '前面列'],
    backTo: ['回到', '再回到', '说回', '再说回', '回头说'],
    earlier: ['刚才那个', '刚才的那个', '之前那个', '之前的那个', '上一个包裹', '前一个包裹', '刚才那票', '刚才那件'],
    pronouns: ['它', '这个', '那个', '这件', '那件', '这个包裹', '那个包裹', '该包裹', '这票', '那票'],
    severalParcels: ['它们', '这些', '那些', '这几个', '那几个', '每个', '每一个'],
    droppedSubjectVerbs: ['它产生', '它排放'],
    others: ['另一个', '另外一个', '另一件', '另外那个', '另一个包裹', '另一票'],
    theOne: ['的那个', '那个', '的那件', '那件'],
    requestWords: ['包裹', '快递', '件', '货', '单', '查', '找'],
    listQuestions: ['哪些', '哪几个', '哪几件', '有哪些', '列出', '所有', '全部', '查一下', '查查', '帮我查', '查询', '找一下', '帮我找', '找找', '有没有', '有什么',
      '几个', '多少个', '多少件', '几件', '寄了什么', '发了什么'],
    everyParcel: ['哪些', '哪几个', '哪几件', '有哪些', '列出', '所有', '全部', '有什么', '几个', '多少个', '多少件', '几件', '寄了什么', '发了什么'],
    arrivalQuestions: ['什么时候到', '几号到', '哪天到', '能到吗', '多久到', '什么时候能到', '什么时候送到', '准时', '按时'],
    arrivedQuestions: ['到了吗', '到了没', '到没到', '送到了吗', '送到没', '签收了吗', '签收了没'],
    anyParcels: ['有没有', '有寄往', '有发往', '有寄到', '有在路上的', '有在途中的', '有在运输中的', '有还没到的'],
    allArrived: ['都到了吗', '都到了没', '都到了么', '都签收了吗', '都签收了没', '全部到了吗', '全都到了吗', '都送到了吗', '到齐了吗', '都到了没有', '全到了吗'],
    countWords: ['几件', '几个', '几票', '多少件', '多少个', '多少票', '多少包裹'],
    whatWasSent: ['寄了什么', '寄了哪些', '寄了啥', '寄出了什么', '寄出了哪些', '发了什么', '发了哪些', '发了啥', '发出了什么', '发出了哪些', '发出去了什么', '发出去哪些',
      '发了几', '寄了几', '发货了什么', '发了些什么', '寄了些什么'],
    amongShown: ['其中', '里面', '这些里', '这里面', '刚才那些', '列出的'],
    countQuestions: ['有几个', '几个包裹', '多少个包裹', '多少包裹', '包裹数量', '一共几个', '一共多少个', '总共几个', '总共多少个', '几件', '多少件', '几票', '多少票'],
    latest: ['最新的', '最新被', '最新一件', '最新一个', '最新那件', '最新那个', '最近的那个', '最近寄的那个', '最后寄的', '最近一次寄的', '最新寄的', '最后一个包裹', '最后一票', '最后一件',
      // "最近一次寄到温哥华的是哪个": the place comes between "the last time we sent" and what was sent.
      '最近一次寄', '最后一次寄', '最近一次发', '最后一次发', '最后寄到', '最后寄往', '最后发到', '最后发往'],
    earliest: ['最早', '第一个包裹', '第一票', '第一件', '第一个寄的', '第一次寄的', '头一个包裹', '最先寄的', '第一次寄到', '第一次寄往', '第一次发到', '第一次发往'],
    // The order comes first in Chinese ("最后寄到…的"): `latest` and `earliest` hold it; these match only an order word
    // written apart at the end ("寄到温哥华的 最后").
    sendingVerbs: ['寄', '发'],
    latestAtEnd: ['最后'],
    earliestAtEnd: ['最早'],
    person: ['人工', '真人', '客服', '转人工', '人工客服', '找人', '工作人员', '经理', '主管', '专员'],
    complaints: ['投诉', '我要投诉', '要投诉', '申诉', '举报'],
    staff: ['客服', '工作人员', '员工', '接线员', '坐席'],
    deferrals: ['等等', '等一下', '先告诉我', '先帮我', '在这之前'],
    askFor: ['转', '我要', '需要', '联系', '接通', '想找'],
    declines: ['不用', '不要', '不需要', '无需', '不必', '别'],
    withdrawRequest: ['取消工单', '工单取消', '取消这个工单', '撤销工单', '撤回工单', '关闭工单', '工单关了', '取消人工请求'],
    sortedOut: ['我自己查', '自己查', '我自己来', '我自己看', '找到了', '解决了', '没事了', '好了', '知道了'],
    parcelTopics: ['的包裹', '的快递', '的快件', '那个包裹', '那个快递'],
    claimQuestions: [
      '怎么办', '该怎么做', '下一步', '索赔', '理赔', '赔偿', '赔钱', '能赔', '退钱', '退款', '保险', '需要提供什么', '要提供什么',
      '提供什么材料', '需要什么材料', '要什么材料', '要发什么', '多久有结果', '多久出结果', '多久能有结果', '追查要多久', '追查一般要多久',
      '调查要多久', '调查一般要多久',
    ],
    duties: ['关税', '进口税', '税费', '进口增值税', '清关费'],
    whoPays: ['谁付', '谁出', '谁来付', '谁支付', '谁承担', '谁交', '谁缴', '由谁', '谁负责', '要我们付', '我们付吗', '收件人付'],
    customsNeeds: ['要什么', '需要什么', '什么文件', '哪些文件', '什么单据', '哪些单据', '要哪些', '需要哪些', '要不要清关', '需不需要清关', '需要清关吗', '要清关吗', '什么材料'],
    oneParcel: ['包裹', '快递', '快件', '那件', '这件', '它'],
    oneOfPlace: ['那个', '那一个', '的呢', '的也是', '的那件'],
    anyOfOurs: ['有没有', '有被', '有哪些', '有什么包裹', '有包裹'],
    changesAsked: ['要求了哪些', '要求了什么', '哪些修改', '什么修改', '改了什么', '改了哪些', '提了哪些', '哪些更改', '哪些改动', '什么改动'],
    clearanceTime: ['清关要多久', '清关一般要多久', '清关需要多久', '清关多久', '清关要多长时间', '清关需要多长时间', '清关一般多久', '清关一般需要多久', '海关要多久',
      '海关一般要多久', '海关需要多久', '在海关要多久', '清关要几天', '清关需要几天', '清关一般几天'],
    whatsMissing: ['缺什么', '缺少什么', '还缺', '少什么', '需要补什么', '要补什么', '补什么'],
    waitQuestions: ['接下来', '下一步会', '然后呢', '要等多久', '等多久', '还要多久', '还要等', '多久能', '多久有人', '什么时候有人', '什么时候回复', '什么时候能回复', '排第几', '排到哪', '排到几',
      '客服会做什么', '客服会怎么处理', '有人吗', '人呢'],
    ticketNouns: ['工单', '投诉', '案件', '索赔', '追查', '争议', '申请'],
    ticketNumber: ['工单号', '工单编号', '工单的编号', '投诉号', '投诉编号', '投诉单号', '案件编号'],
    questionOpeners: ['吗', '什么', '多少', '哪', '几', '怎么', '有没有', '是否', '了没', '进展'],
  },
  es: {
    acknowledgements: ['ok', 'okey', 'vale', 'gracias', 'muchas gracias', 'mil gracias', 'perfecto', 'genial', 'de acuerdo', 'entendido', 'bien', 'muy bien',
      'bueno', 'estupendo', 'listo', 'ya veo', 'claro', 'ok gracias', 'vale gracias', 'perfecto gracias', '👍', '👌', '🙏', '🙂', '😊', '✅'],
    acknowledgementPrefixes: ['gracias', 'muchas gracias', 'vale', 'ok', 'perfecto', 'genial', 'bien', 'de acuerdo', '👍'],
    bareYes: ['sí', 'si', 'sí gracias', 'si gracias', 'sí por favor', 'si por favor'],
    thanksOpeners: ['gracias por', 'muchas gracias por', 'mil gracias por'],
    cancellations: ['cancelar', 'cancela', 'cancélalo', 'olvídalo', 'olvidalo', 'déjalo', 'dejalo', 'no importa', 'da igual', 'nada', 'ya no', 'no lo cambies'],
    corrections: ['no', 'perdón', 'perdon', 'perdona', 'perdone', 'disculpa', 'disculpe', 'quise decir', 'quería decir', 'queria decir', 'mejor dicho', 'en realidad', 'espera', 'me equivoqué', 'era', 'es'],
    continuations: ['y', 'también', 'tambien', 'qué tal', 'que tal', 'y qué tal', 'y el', 'y la', 'y los', 'y las', 'entonces', 'o', 'solo', 'sólo',
      'solamente', 'únicamente', 'unicamente', 'de esos', 'de ellos', 'entre ellos', 'pero solo'],
    placeSwitches: { opens: ['y', 'y qué tal', 'y que tal', 'qué tal', 'que tal', 'y para', 'y a'], closes: ['en cambio'] },
    thirdParties: ['de mi colega', 'de mi compañero', 'de mi compañera', 'de mi amigo', 'de mi amiga', 'de otra empresa', 'de otra compañía', 'de otra compania',
      'de otra persona', 'de otro cliente'],
    companyForms: ['s l', 'sl', 'ltd', 'inc', 'llc', 'gmbh', 'sociedad limitada'],
    barePronouns: ['lo', 'le', 'su'],
    pluralPronouns: ['esos', 'esas', 'estos', 'estas', 'ellos', 'ellas', 'sus', 'les', 'generaron', 'emitieron', 'produjeron', 'llegan', 'llegarán', 'llegaran', 'llegaron'],
    thatAccount: ['esa cuenta', 'esta cuenta', 'la misma cuenta', 'su cuenta', 'la cuenta de ese paquete'],
    firstShown: ['al principio', 'al inicio', 'al comienzo', 'primera lista', 'de antes', 'lista anterior', 'me dijiste antes', 'me mostraste antes', 'me listaste'],
    backTo: ['volviendo a', 'volviendo al', 'volvamos a', 'volvamos al', 'de vuelta a', 'de vuelta al', 'regresando a', 'regresando al', 'y volviendo al'],
    earlier: ['el anterior', 'la anterior', 'al anterior', 'el de antes', 'el paquete anterior', 'el envío anterior'],
    pronouns: ['lo', 'la', 'ese', 'esa', 'este', 'esta', 'eso', 'ese paquete', 'ese envío', 'este paquete', 'este envío', 'el paquete', 'el envío'],
    severalParcels: ['ellos', 'ellas', 'esos', 'esas', 'estos', 'estas', 'todos', 'todas', 'cada uno', 'llegan', 'llegarán', 'llegaran', 'llegaron', 'están', 'estan', 'van'],
    droppedSubjectVerbs: ['generó', 'genero', 'emitió', 'emitio', 'produjo', 'contaminó', 'contamino'],
    others: ['el otro', 'la otra', 'el otro paquete', 'el otro envío', 'otro', 'otra'],
    theOne: ['el que', 'la que', 'los que', 'las que', 'el de', 'la de'],
    requestWords: ['paquete', 'paquetes', 'envío', 'envíos', 'envio', 'envios', 'caja', 'cajas', 'pedido', 'pedidos', 'rastrear', 'buscar', 'muéstrame',
      'muestrame'],
    arrivalQuestions: ['llega', 'llegan', 'llegará', 'llegara', 'llegarán', 'yega', 'yegan', 'a tiempo', 'puntual'],
    arrivedQuestions: ['llegó', 'llego', 'llegaron', 'ha llegado', 'han llegado', 'se entregó', 'se entregaron'],
    anyParcels: ['tengo algún', 'tengo algun', 'tengo alguno', 'tenemos algún', 'tenemos algun', 'hay algún', 'hay algun', 'tengo envíos', 'tengo paquetes',
      // "¿algún paquete a Berlín está en camino?": the same yes or no as "¿tengo algún paquete a Berlín en camino?".
      'algún paquete', 'algun paquete', 'algún envío', 'algun envio', 'algún envio', 'alguna caja'],
    allArrived: ['llegaron todos', 'han llegado todos', 'llegaron todas', 'han llegado todas', 'se entregaron todos', 'están todos entregados', 'estan todos entregados',
      'llegó todo', 'llego todo', 'ha llegado todo', 'se entregó todo', 'se entrego todo'],
    countWords: ['cuántos', 'cuantos', 'cuántas', 'cuantas', 'cantidad de', 'número de', 'numero de'],
    whatWasSent: ['qué enviamos', 'que enviamos', 'qué mandamos', 'que mandamos', 'qué envié', 'que envie', 'qué mandé', 'que mande', 'qué se envió', 'que se envio',
      'qué hemos enviado', 'que hemos enviado', 'qué hemos mandado', 'que hemos mandado', 'enviamos algo', 'mandamos algo', 'qué despachamos', 'que despachamos'],
    amongShown: ['de esos', 'de ellos', 'de estos', 'de esas', 'entre ellos', 'entre esos', 'de la lista'],
    countQuestions: ['cuántos paquetes', 'cuantos paquetes', 'cuántos envíos', 'cuantos envíos', 'cuántos envios', 'cuantos envios', 'cuántas cajas',
      'cuantas cajas', 'número de paquetes', 'numero de paquetes', 'número de envíos', 'numero de envios', 'cantidad de paquetes', 'cantidad de envíos'],
    listQuestions: ['cuáles', 'cuales', 'qué paquetes', 'que paquetes', 'qué envíos', 'que envios', 'qué envios', 'muéstrame', 'muestrame', 'todos mis', 'todas mis',
      'busca', 'buscar', 'quiero ver', 'localizar', 'encuentra', 'algo', 'alguno', 'alguna', 'algún', 'algun', 'hay alguno', 'todo lo',
      'cuántos', 'cuantos', 'cuántas', 'cuantas', 'qué enviamos', 'que enviamos', 'qué mandamos', 'que mandamos', 'qué envié', 'que envie', 'lista', 'listar'],
    everyParcel: ['cuáles', 'cuales', 'qué paquetes', 'que paquetes', 'qué envíos', 'que envios', 'qué envios', 'muéstrame', 'muestrame', 'todos mis', 'todas mis',
      'quiero ver', 'algo', 'hay alguno', 'todo lo', 'cuántos', 'cuantos', 'cuántas', 'cuantas', 'qué enviamos', 'que enviamos', 'qué mandamos', 'que mandamos',
      'qué envié', 'que envie', 'lista', 'listar'],
    latest: ['más reciente', 'mas reciente', 'el último que envié', 'el ultimo que envie', 'el más nuevo', 'el último que mandé', 'el último paquete',
      'el ultimo paquete', 'el último envío', 'el ultimo envio', 'el último que mandamos', 'el ultimo que mandamos', 'el último que enviamos'],
    earliest: ['el primer paquete', 'el primer envío', 'el primer envio', 'el primero que', 'el más antiguo', 'el mas antiguo', 'primer paquete',
      'primer envío', 'primer envio'],
    sendingVerbs: ['mandamos', 'enviamos', 'mandé', 'mande', 'envié', 'envie', 'se mandó', 'se mando', 'se envió', 'se envio', 'salió', 'salio', 'fue'],
    latestAtEnd: ['el último', 'el ultimo', 'de último', 'de ultimo', 'más recientemente', 'mas recientemente'],
    earliestAtEnd: ['el primero', 'de primero', 'primero'],
    person: ['persona', 'humano', 'agente', 'alguien', 'operador', 'asesor', 'representante', 'encargado', 'gerente', 'atención al cliente'],
    // Not a bare 'reclamación': it is as often a claim on a parcel (a trace, a refund) as a complaint.
    complaints: ['queja', 'quejarme', 'quejar', 'poner una queja', 'presentar una queja', 'hoja de reclamaciones', 'poner una reclamación'],
    staff: ['agente', 'agentes', 'empleado', 'empleada', 'operador', 'operadora', 'personal', 'atención al cliente', 'la persona que me atendió'],
    deferrals: ['espera', 'antes dime', 'primero dime', 'antes de eso', 'un momento'],
    askFor: ['hablar con', 'necesito', 'quiero', 'pásame con', 'pasame con', 'comunícame con', 'comunicame con', 'ponme con'],
    declines: ['no necesito', 'ya no necesito', 'no hace falta', 'ya no hace falta', 'ya no quiero', 'no quiero'],
    withdrawRequest: ['cancela ese ticket', 'cancela el ticket', 'cancela mi ticket', 'cancelar el ticket', 'cancela la incidencia', 'cancela esa incidencia', 'cancela mi incidencia',
      'cancelar la incidencia', 'cierra el ticket', 'cierra la incidencia', 'cancela la solicitud', 'cancela mi solicitud', 'retira mi solicitud'],
    sortedOut: ['ya está', 'ya esta', 'ya lo encontré', 'ya lo encontre', 'ya lo vi', 'lo reviso yo', 'lo busco yo', 'todo bien', 'ya no hace falta'],
    parcelTopics: ['el paquete', 'mi paquete', 'nuestro paquete', 'el envío', 'el envio', 'mi envío', 'mi envio', 'sobre el paquete', 'lo del paquete'],
    claimQuestions: [
      'qué hago', 'que hago', 'qué debo hacer', 'que debo hacer', 'qué tengo que hacer', 'que tengo que hacer', 'qué hacemos', 'que hacemos',
      'siguiente paso', 'próximos pasos', 'proximos pasos', 'reclamar', 'reclamación', 'reclamacion', 'reembolso', 'indemnización',
      'indemnizacion', 'devuelven el dinero', 'recuperar el dinero', 'cubierto', 'cubiertos', 'cubierta', 'asegurado', 'asegurados', 'qué necesito enviar', 'que necesito enviar',
      'qué tengo que enviar', 'que tengo que enviar', 'qué os envío', 'qué les envío', 'cuánto tarda la investigación', 'cuanto tarda la investigacion',
    ],
    duties: ['arancel', 'aranceles', 'impuestos de importación', 'impuestos de importacion', 'impuestos de aduana', 'tasas de aduana', 'derechos de aduana', 'derechos de importación'],
    whoPays: ['quién paga', 'quien paga', 'quién los paga', 'quien los paga', 'quién tiene que pagar', 'quien tiene que pagar', 'quién se hace cargo', 'los pagamos', 'los paga el destinatario', 'pagamos nosotros'],
    customsNeeds: ['qué documentos', 'que documentos', 'qué papeles', 'que papeles', 'hace falta', 'qué necesito', 'que necesito', 'qué necesitamos', 'que necesitamos', 'qué se necesita', 'que se necesita', 'qué pide', 'que pide', 'qué piden', 'que piden', 'necesito para', 'necesitamos para'],
    oneParcel: ['paquete', 'envío', 'envio', 'caja', 'ese', 'este'],
    oneOfPlace: ['el de', 'el que', 'el del', 'el para'],
    anyOfOurs: ['algo', 'algún', 'algun', 'alguno', 'alguna', 'algunos', 'algunas'],
    changesAsked: ['qué cambios', 'que cambios', 'cuáles cambios', 'cuales cambios', 'qué he pedido', 'que he pedido', 'qué pedí', 'que pedi', 'qué instrucciones', 'que instrucciones'],
    clearanceTime: ['cuánto tarda la aduana', 'cuanto tarda la aduana', 'cuánto tarda el despacho', 'cuanto tarda el despacho', 'cuánto tarda en aduana', 'cuanto tarda en aduana',
      'cuánto tarda aduanas', 'cuanto tarda aduanas', 'cuánto tiempo tarda la aduana', 'cuanto tiempo tarda la aduana', 'cuánto dura la aduana', 'cuanto dura la aduana',
      'cuánto tardan en aduana', 'cuanto tardan en aduana', 'cuánto tarda en pasar la aduana', 'cuanto tarda en pasar la aduana', 'cuánto tarda el despacho de aduana'],
    whatsMissing: ['qué falta', 'que falta', 'qué le falta', 'que le falta', 'qué más falta', 'que mas falta', 'qué documento falta', 'que documento falta'],
    waitQuestions: ['qué pasa ahora', 'que pasa ahora', 'y ahora qué', 'y ahora que', 'qué sigue', 'que sigue', 'qué va a pasar', 'que va a pasar', 'cuánto tardará',
      'cuanto tardara', 'cuánto va a tardar', 'cuanto va a tardar', 'cuánto tarda', 'cuanto tarda', 'cuánto falta', 'cuanto falta', 'cuánto tengo que esperar',
      'cuanto tengo que esperar', 'cuándo me atienden', 'cuando me atienden', 'cuándo me atenderán', 'cuando me atenderan', 'en qué puesto', 'en que puesto',
      'qué hará el agente', 'que hara el agente', 'hay alguien'],
    ticketNouns: ['ticket', 'queja', 'incidencia', 'reclamación', 'reclamacion', 'caso', 'solicitud', 'disputa', 'rastreo'],
    ticketNumber: ['número de la queja', 'numero de la queja', 'número de queja', 'numero de queja', 'número de mi queja', 'numero de mi queja', 'número de incidencia',
      'numero de incidencia', 'número de la incidencia', 'numero de la incidencia', 'número del ticket', 'numero del ticket', 'número de ticket', 'numero de ticket',
      'número de reclamación', 'numero de reclamacion', 'número de la reclamación', 'numero de la reclamacion', 'número de caso', 'numero de caso'],
    questionOpeners: ['qué', 'que', 'cuánto', 'cuanto', 'cuánta', 'cuanta', 'cuándo', 'cuando', 'dónde', 'donde', 'quién', 'quien', 'cómo', 'como', 'cuál', 'cual', 'hay',
      'dime', 'muéstrame', 'muestrame'],
  },
});
