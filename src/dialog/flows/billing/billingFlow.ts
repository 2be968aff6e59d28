import { formatNumber, formatShortDate, localized, sentenceGap } from '../../../locale/index.ts';
import { paymentPortalUrl } from '../../../config.ts';
import type { AccountRole, InvoiceRecord } from '../../../store/records.ts';
import { pickedPosition } from '../../choiceWords.ts';
import { confirmationOf } from '../../confirmWords.ts';
import type { AccountFlow, FlowContext, FlowResult, FlowShown } from '../types.ts';
import { holdsRole, missingRole } from '../../intentGate.ts';
import { adminNames } from '../shared/adminNames.ts';
import { asksDisputeProcess, asksInvoiceParcels, asksDisputeStatus, asksStatus, asksDueDate, asksPaidTotal, asksWhoCan, asksLatest, asksOverdue, asksPaymentTiming, asksBalance, billingActionOf, declinesPayment, disputedAmountIn, invoiceNumberIn } from './billingWords.ts';
import { asksUnpaid, meansEvery, invoicePointerIn, invoicesOfDates, invoicesPointedAt, reasonBesideRequest, type InvoicePointer } from './invoiceReference.ts';
import { asksAmount } from '../shared/amountQuestion.ts';
import { invoiceOfShipment } from '../shared/invoiceOfParcel.ts';
import { BILLING_TEXTS, type BillingAction, type BillingTexts } from './texts.ts';

/** Invoices listed, and offered as choices for a dispute. */
export const INVOICES_SHOWN = 6;
const INVOICE_CHOICES = 5;
/** A dispute reason is kept to this many characters. */
const REASON_MAX = 500;

/** What the flow keeps between turns while it asks about a dispute; nothing is written before the customer confirms. */
type DisputeState =
  | { step: 'pick'; offered: string[]; reason?: string }
  | { step: 'reason'; invoice: string }
  | { step: 'confirm'; invoice: string; reason: string; amountDisputed: number | null };

const say = (text: string, choices?: { label: string; value: string }[], continueWith?: DisputeState): FlowResult => ({
  replies: [{ type: 'message', text, ...(choices ? { choices } : {}) }],
  ...(continueWith ? { continueWith: continueWith as unknown as Record<string, unknown> } : {}),
});

function textsOf(ctx: FlowContext): BillingTexts {
  return localized(BILLING_TEXTS, ctx.locale);
}

/** "13,398.90 CNY", "13.398,90 CNY": two decimals, the locale's separators, the ISO code after. */
export function money(amount: number, currency: string, locale: string): string {
  const n = formatNumber(amount, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${n} ${currency}`;
}

const period = (i: InvoiceRecord, locale: string) => `${formatShortDate(i.periodStart, locale)}–${formatShortDate(i.periodEnd, locale)}`;
const stateOf = (i: InvoiceRecord, t: BillingTexts, locale: string) =>
  t.state(i.status, formatShortDate(i.dueAt.slice(0, 10), locale), i.paidAt ? formatShortDate(i.paidAt.slice(0, 10), locale) : null);

/** The link that pays one invoice in the payment portal. */
export function paymentLink(invoice: Pick<InvoiceRecord, 'number' | 'accountNumber'>, base = paymentPortalUrl()): string {
  return `${base}?account=${encodeURIComponent(invoice.accountNumber)}&invoice=${encodeURIComponent(invoice.number)}`;
}

/**
 * `billing`: the account's recent invoices and amounts (View), how to pay with a link per invoice
 * (Pay), and a dispute on an invoice or a charge with a reason (Dispute): which invoice, why, a
 * confirmation, then the ticket, the dispute and the invoice marked disputed in one write. Each
 * action checks its role where it runs; a refusal names the role and the account's admins.
 */
export const billingFlow: AccountFlow = {
  intent: 'billing',
  actsOnTrackingNumbers: (text) => billingActionOf(text) === 'dispute',
  // "dispute the second one", "la vencida", "no, the first one" after the invoices: those, not parcels shown before. A
  // period alone ("and the ones from November?") may be about parcels: the described-parcels rule reads it.
  // "how much is it", "帮我付", "págala" right after one invoice was shown or chosen: that one (found by an outside tester).
  refersToShown: (text, parse, shown) => {
    // "how long until it shows as paid?" right after the invoices: of paying them; "don't pay yet": of not paying them.
    if (asksPaymentTiming(text) || declinesPayment(text)) return true;
    const pointer = invoicePointerIn(text, parse) ?? impliedFocus(text, shown);
    return pointer !== null && pointer.kind !== 'period';
  },
  // "who can do that for me?" right after a refusal: who holds the role (outside tester round 7 N15).
  goesOn: (text) => asksWhoCan(text),
  // "what's our balance?", "我们账户余额是多少", "¿cuál es nuestro saldo?": not understood or read as the account number (outside tester round 9).
  ownsQuestion: (text) => asksPaidTotal(text) || asksBalance(text),
  async run(ctx) {
    const state = ctx.flowState as DisputeState | null;
    const t = textsOf(ctx);
    // "who can do that for me?", "¿quién puede pagarla?": who on the account may do what was refused, or what the message names.
    const whoFor = asksWhoCan(ctx.text) && state?.step !== 'reason' ? (billingActionOf(ctx.text) ?? (ctx.shown?.refused as BillingAction | null | undefined) ?? null) : null;
    if (whoFor && whoFor !== 'view') return whoCan(ctx, whoFor);
    // "how much have we paid this year?": the invoices paid in the period, added up (outside tester round 7 N14).
    if (!state && asksPaidTotal(ctx.text)) return paidTotal(ctx);
    // "付了之后多久能显示已付", "how long until a payment shows as paid?": how long by card or transfer, not the invoices
    // again (found by an outside tester, round 6 M19); a dispute's reason or its confirmation is read as such.
    if (state?.step !== 'reason' && state?.step !== 'confirm' && asksPaymentTiming(ctx.text)) return say(t.paymentTiming);
    // "算了先别付", "don't pay yet": nothing paid, the invoices talked about kept (outside tester round 8 P13).
    if (state?.step !== 'reason' && declinesPayment(ctx.text)) return { ...say(t.notPaid), ...(ctx.shown ? { shown: ctx.shown } : {}) };
    // "how long does a dispute take?", "结果出来会通知我吗": the review time and the e-mail; a confirmation waiting is asked again.
    if (state?.step !== 'reason' && asksDisputeProcess(ctx.text)) {
      if (state?.step === 'confirm') return say(`${t.disputeProcess}${sentenceGap(ctx.locale)}${t.notOpenedYet(state.invoice)}`, t.confirmChoices, state);
      return { ...say(t.disputeProcess), ...(ctx.shown ? { shown: ctx.shown } : {}) };
    }
    const pointed = await pointedInvoices(ctx, state);
    // "which parcels were on invoice INV-…?", "这张账单包含哪些包裹": the parcels sent in its period (outside tester round 8 P25).
    if (!state && asksInvoiceParcels(ctx.text) && pointed?.invoices.length === 1) return parcelsOn(ctx, pointed.invoices[0]!);
    if (state?.step === 'confirm') {
      // "what's the status of that dispute", "what's the status of it?" while it waits for the yes: not opened yet, the question
      // stands (outside tester round 7 N2, spot check).
      if (asksDisputeStatus(ctx.text) || asksStatus(ctx.text)) return say(t.notOpenedYet(state.invoice), t.confirmChoices, state);
      // "no, the first one", "sorry I meant the overdue one", "不是这张，是上一张": the other invoice, the reason kept.
      const other = correctedTo(ctx, pointed, state.invoice);
      if (other) return changedTo(ctx, other, startDispute(ctx, other.number, state.reason));
      const answer = confirmationOf(ctx.text);
      if (answer === 'yes') return openDispute(ctx, state);
      if (answer === 'no') return say(t.cancelled);
      // Neither yes nor no nor another request: the question stands, with the part disputed when the message says it
      // ("it's about 1240 CNY", "金额大概1240元", "son unos 60 euros").
      if (!billingActionOf(ctx.text)) return readReason(ctx, state.invoice, state.reason, state.amountDisputed);
    }
    if (state?.step === 'reason') {
      const other = correctedTo(ctx, pointed, state.invoice);
      if (other) return changedTo(ctx, other, startDispute(ctx, other.number, reasonIn(ctx)));
      if (confirmationOf(ctx.text) === 'no') return say(t.cancelled);
      return readReason(ctx, state.invoice);
    }
    if (state?.step === 'pick') {
      const picked = invoiceNumberIn(ctx.text) ?? state.offered[(pickedPosition(ctx.text, state.offered.length) ?? 0) - 1] ?? onlyOne(pointed);
      // The reason given with the request that was asked "which one?" is kept ("the invoice from 23 Nov is wrong, …").
      if (picked) return startDispute(ctx, picked, reasonIn(ctx) ?? state.reason);
      if (!billingActionOf(ctx.text)) return askWhichInvoice(ctx, t.pickAgain);
    }
    // No action named, an invoice pointed at: what was last done with the invoices shown ("no, the first one" after paying one);
    // "how much is it" asks to see it, whatever was done with it.
    // "when is it due" too: after paying one, it is asked of that one, not a second payment.
    const action = billingActionOf(ctx.text) ?? (pointed ? (asksAmount(ctx.text) || asksDueDate(ctx.text) ? 'view' : ((ctx.shown?.action as BillingAction | null) ?? 'view')) : null);
    if (action === 'dispute') {
      // "dispute the charges for 1Z…, it's stuck in customs and we still got charged": the message is the reason.
      const billed = await invoiceOfParcel(ctx);
      // A parcel no invoice bills yet (sent this week): said so, nothing proposed (outside tester round 7 N21).
      if (billed?.invoice === null) return (await refusal(ctx, 'dispute')) ?? say(t.notInvoicedYet(billed.trackingNumber, formatShortDate(billed.shipDate, ctx.locale)));
      if (billed) return startDispute(ctx, billed.invoice, reasonIn(ctx) ?? ctx.text);
      if (pointed && !pointed.invoices.length) return nothingPointed(ctx, pointed, askWhichInvoice(ctx, t.whichInvoice));
      return startDispute(ctx, onlyOne(pointed) ?? (await invoiceAskedFor(ctx)), reasonIn(ctx), pointed?.invoices);
    }
    if (action === 'pay') return pay(ctx, pointed);
    // "the second one" after the list: that one; "有没有逾期的发票" with nothing listed asks for the list.
    // "how much is the overdue invoice?" asks the amount of the one overdue, listed or not (outside tester round 6).
    const amountOfOverdue = pointed?.overdue === true && (asksAmount(ctx.text) || asksDueDate(ctx.text));
    if (amountOfOverdue && !pointed.invoices.length) return nothingPointed(ctx, pointed, list(ctx));
    if (pointed?.invoices.length === 1 && !pointed.period && (ctx.shown?.items.length || ctx.shown?.focus || amountOfOverdue || pointed.latest)) return showOne(ctx, pointed.invoices[0]!);
    // "what's our latest invoice", "la última factura": that one, the one talked about next ("and pay it").
    if (!pointed && (action === 'view' || action === null) && !ctx.parse.dateRange && asksLatest(ctx.text)) {
      const latest = await latestInvoice(ctx);
      if (latest) return showOne(ctx, latest);
    }
    if (action === 'view' || !missingRole('billing', 'view', ctx.roles)) return list(ctx);
    return say(t.menu, Object.values(t.menuChoices));
  },
};

/** What the message points at, and the invoices it picks (`period`: named by its period, which a list answers). */
interface Pointed {
  invoices: InvoiceRecord[];
  period: boolean;
  overdue: boolean;
  /** "the latest one": the newest invoice, shown or not; "the cheaper one": of the amounts, shown or still to pay. */
  latest: boolean;
}

/**
 * The other invoice a message names while a dispute of `disputed` waits ("no, the first one"), or null;
 * "pay the overdue one" then is a payment, not a correction of the dispute.
 */
function correctedTo(ctx: FlowContext, pointed: Pointed | null, disputed: string): InvoiceRecord | null {
  if (pointed?.invoices.length !== 1 || pointed.invoices[0]!.number === disputed || billingActionOf(ctx.text) === 'pay') return null;
  return pointed.invoices[0]!;
}

/** The one invoice pointed at, or null. */
const onlyOne = (pointed: Pointed | null): string | null => (pointed?.invoices.length === 1 ? pointed.invoices[0]!.number : null);

/**
 * The invoices the message points at among those shown in the conversation (or, with none shown, the
 * account's recent ones for a status or due date), the one talked about being the dispute's or the last
 * acted on; null when it points at none.
 */
async function pointedInvoices(ctx: FlowContext, state: DisputeState | null): Promise<Pointed | null> {
  const said = invoicePointerIn(ctx.text, ctx.parse) ?? (state ? null : impliedFocus(ctx.text, ctx.shown ?? null));
  // "the cheaper invoice" right after a payment: of those still to pay, not of the paid ones listed with it (outside tester round 10).
  const pointer = said?.kind === 'amount' && ctx.shown?.action === 'pay' ? { ...said, unpaid: true } : said;
  if (!pointer || !ctx.accountNumber) return null;
  const recent = await ctx.store.invoices.listForAccount(ctx.accountNumber, INVOICES_SEARCHED);
  const byNumber = new Map(recent.map((i) => [i.number, i]));
  const items = ctx.shown?.items ?? [];
  const shownList = items.map((n) => byNumber.get(n)).filter((i): i is InvoiceRecord => i !== undefined);
  // A position points into a list shown; a status or due date into it, or else into the recent invoices the list would show.
  const shown = shownList.length || pointer.kind === 'position' ? shownList : recent.slice(0, INVOICES_SHOWN);
  const focusNumber = state && state.step !== 'pick' ? state.invoice : (ctx.shown?.focus ?? null);
  const focus = focusNumber ? (byNumber.get(focusNumber) ?? null) : null;
  if (pointer.kind === 'position' && !shownList.length) return null;
  if (pointer.kind === 'focus' && !focus && shownList.length !== 1) return null;
  // "上一张" with nothing talked about is the latest invoice (billingWords `latestInvoice`).
  if ((pointer.kind === 'previous' || pointer.kind === 'next') && !focus) return null;
  if (pointer.kind === 'number') {
    // An unknown number or another account's: the flow says it cannot find it (invoiceAskedFor, ownInvoice).
    const own = await ownInvoice(ctx, pointer.number);
    return own ? { invoices: [own], period: false, overdue: false, latest: false } : null;
  }
  return { invoices: invoicesPointedAt(pointer, shown, recent, focus), period: pointer.kind === 'period', overdue: pointer.kind === 'overdue', latest: pointer.kind === 'latest' || pointer.kind === 'amount' };
}

/**
 * A message that names no invoice but asks what it costs, when it is due, or to pay ("how much is it", "多少钱", "帮我付", "¿cuándo vence?",
 * "págala": Chinese drops the pronoun, Spanish writes it into the verb) right after one invoice was
 * shown, chosen or acted on: that one ("it"). Null otherwise (a list of several: pay asks of them all).
 */
function impliedFocus(text: string, shown: FlowShown | null): InvoicePointer | null {
  if (!shown || !(shown.focus || shown.items.length === 1) || meansEvery(text)) return null;
  return asksAmount(text) || asksDueDate(text) || billingActionOf(text) === 'pay' ? { kind: 'focus' } : null;
}

/** The reason the message gives beside its request for a dispute ("…, we were charged twice"), or undefined. */
function reasonIn(ctx: FlowContext): string | undefined {
  const reason = reasonBesideRequest(ctx.text, (clause) => invoicePointerIn(clause, { dateRange: null }) !== null || billingActionOf(clause) !== null);
  return reason ?? undefined;
}

/** A correction's answer starts by saying which invoice it is now. */
async function changedTo(ctx: FlowContext, invoice: InvoiceRecord, next: Promise<FlowResult>): Promise<FlowResult> {
  const result = await next;
  const [first, ...rest] = result.replies;
  if (!first || first.type !== 'message') return result;
  const t = textsOf(ctx);
  return { ...result, replies: [{ ...first, text: `${t.changedInvoice(invoice.number, period(invoice, ctx.locale))}${sentenceGap(ctx.locale)}${first.text ?? ''}` }, ...rest] };
}

/** "the seventh one" of six, "the overdue one" with none overdue: said so, then the question or list it leads to. */
async function nothingPointed(ctx: FlowContext, pointed: Pointed, next: Promise<FlowResult>): Promise<FlowResult> {
  const result = await next;
  const [first, ...rest] = result.replies;
  if (!first || first.type !== 'message') return result;
  const t = textsOf(ctx);
  return { ...result, replies: [{ ...first, text: `${pointed.overdue ? t.noneOverdue : t.nothingPointed}${sentenceGap(ctx.locale)}${first.text ?? ''}` }, ...rest] };
}

/** One invoice pointed at with nothing asked of it ("the second one"): its line, and what the speaker may do with it. */
async function showOne(ctx: FlowContext, invoice: InvoiceRecord): Promise<FlowResult> {
  // Who may pay sees what there is to pay (the SOP grants Pay on its own).
  const payable = (invoice.status === 'open' || invoice.status === 'overdue') && !missingRole('billing', 'pay', ctx.roles);
  const refused = payable ? null : await refusal(ctx, 'view');
  if (refused) return refused;
  const t = textsOf(ctx);
  const amount = money(invoice.amount, invoice.currency, ctx.locale);
  // "when is it due": that invoice's due date said in a sentence (outside tester round 7 N1), else its line.
  const line = asksDueDate(ctx.text)
    ? t.dueAnswer(invoice.number, amount, invoice.status, formatShortDate(invoice.dueAt.slice(0, 10), ctx.locale), invoice.paidAt ? formatShortDate(invoice.paidAt.slice(0, 10), ctx.locale) : null)
    : t.invoiceLine(invoice.number, period(invoice, ctx.locale), amount, stateOf(invoice, t, ctx.locale));
  const next = (['pay', 'dispute'] as const).filter((a) => !missingRole('billing', a, ctx.roles)).map((a) => t.menuChoices[a]);
  return { ...say(line, next.length ? next : undefined), shown: { items: ctx.shown?.items ?? [invoice.number], focus: invoice.number, action: 'view' } };
}

/** How many parcels of an invoice are listed one by one. */
const INVOICE_PARCELS_LISTED = 20;

/** The parcels an invoice billed (those sent in its period, oldest first): a View answer, refused with who has View. */
async function parcelsOn(ctx: FlowContext, invoice: InvoiceRecord): Promise<FlowResult> {
  const refused = await refusal(ctx, 'view');
  if (refused) return refused;
  const t = textsOf(ctx);
  const parcels = (await ctx.store.shipments.search({ accountNumber: invoice.accountNumber, shipDateFrom: invoice.periodStart, shipDateTo: invoice.periodEnd, limit: 1000 }))
    .filter((s) => s.shipDate >= invoice.periodStart && s.shipDate <= invoice.periodEnd)
    .sort((a, b) => a.shipDate.localeCompare(b.shipDate) || a.trackingNumber.localeCompare(b.trackingNumber));
  const lines = parcels.slice(0, INVOICE_PARCELS_LISTED).map((s) => t.parcelLine(s.trackingNumber, s.origin.city, s.destination.city, formatShortDate(s.shipDate, ctx.locale)));
  return { ...say(t.invoiceParcels(invoice.number, period(invoice, ctx.locale), parcels.length, lines)), shown: { items: ctx.shown?.items ?? [invoice.number], focus: invoice.number, action: 'view' } };
}

/** Null when the speaker holds the role the catalogue names for the action (intents/billing.ts); else the refusal that names it and the admins. */
async function refusal(ctx: FlowContext, action: BillingAction): Promise<FlowResult | null> {
  const role = missingRole('billing', action, ctx.roles);
  if (!role) return null;
  const t = textsOf(ctx);
  const admins = await adminNames(ctx);
  const holders = await holderNames(ctx, role);
  // Only the admins can: they are named once, as those who give the role.
  const others = holders.join(', ') === admins ? [] : holders;
  // What was refused is kept: "who can do that for me?" asks who may do it.
  const shown: FlowShown = { items: ctx.shown?.items ?? [], focus: ctx.shown?.focus ?? null, action: ctx.shown?.action ?? null, refused: action };
  return { ...say(t.needsRole(t.actionNames[action], role, ctx.accountNumber!, admins, others)), shown };
}

/** The invoices paid in the period the message names (this year when it names none), added up; a View answer. */
async function paidTotal(ctx: FlowContext): Promise<FlowResult> {
  const refused = await refusal(ctx, 'view');
  if (refused) return refused;
  const t = textsOf(ctx);
  const account = ctx.accountNumber!;
  const year = String(ctx.now.getUTCFullYear());
  const { from, to } = ctx.parse.dateRange ?? { from: `${year}-01-01`, to: `${year}-12-31` };
  const paid = (await ctx.store.invoices.listForAccount(account, INVOICES_SEARCHED)).filter((i) => i.paidAt !== null && i.paidAt.slice(0, 10) >= from && i.paidAt.slice(0, 10) <= to);
  // A whole year is said as the year; any other period by its first and last day.
  const period = from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${formatShortDate(from, ctx.locale)}–${formatShortDate(to, ctx.locale)}`;
  const total = Math.round(paid.reduce((s, i) => s + i.amount, 0) * 100) / 100;
  return say(t.paidTotal(account, period, paid.length ? money(total, paid[0]!.currency, ctx.locale) : null, paid.length));
}

/** Who on the account may do `action` (they hold its role, or are admins), and who gives the role. */
async function whoCan(ctx: FlowContext, action: Exclude<BillingAction, 'view'>): Promise<FlowResult> {
  const t = textsOf(ctx);
  const role = action === 'pay' ? 'Pay' : 'Dispute';
  const holders = await holderNames(ctx, role);
  const has = !missingRole('billing', action, ctx.roles);
  return { ...say(t.whoCan(t.actionNames[action], role, ctx.accountNumber!, holders, await adminNames(ctx), has)), ...(ctx.shown ? { shown: ctx.shown } : {}) };
}

/** The account's members who may do what needs `role` (they hold it, or are its admins), by name: who can do it instead. */
async function holderNames(ctx: FlowContext, role: AccountRole): Promise<string[]> {
  const names: string[] = [];
  for (const m of await ctx.store.accounts.members(ctx.accountNumber!)) {
    if (!holdsRole(m.roles, role)) continue;
    const user = await ctx.store.users.get(m.userId);
    if (user) names.push(user.name);
  }
  return names;
}

/** How far back an invoice asked for by its period is looked for (weekly invoices: about two years). */
const INVOICES_SEARCHED = 110;

/**
 * The invoices of the period the message names ("la de enero", "last week's invoice"): those whose
 * billing period overlaps it, newest first; null when it names no period. Found by an outside tester:
 * "la de enero" after the list became a parcel search.
 */
async function invoicesOfPeriod(ctx: FlowContext): Promise<{ period: string; invoices: InvoiceRecord[] } | null> {
  const range = ctx.parse.dateRange;
  if (!range) return null;
  const all = await ctx.store.invoices.listForAccount(ctx.accountNumber!, INVOICES_SEARCHED);
  const invoices = invoicesOfDates(range, all);
  return { period: `${formatShortDate(range.from, ctx.locale)}–${formatShortDate(range.to, ctx.locale)}`, invoices };
}

async function list(ctx: FlowContext): Promise<FlowResult> {
  // The SOP grants Pay on its own: who may pay sees what there is to pay (the invoices open or overdue, their amounts).
  if (missingRole('billing', 'view', ctx.roles) && !missingRole('billing', 'pay', ctx.roles)) return payable(ctx);
  const refused = await refusal(ctx, 'view');
  if (refused) return refused;
  const t = textsOf(ctx);
  const account = ctx.accountNumber!;
  const asked = await invoicesOfPeriod(ctx);
  // "any unpaid invoices on maple lane?", "未付的账单", "facturas pendientes": only those still to pay (found by an outside tester: paid ones listed too).
  if (!asked && asksUnpaid(ctx.text)) return unpaidList(ctx);
  const invoices = asked?.invoices.length ? asked.invoices.slice(0, INVOICES_SHOWN) : await ctx.store.invoices.listForAccount(account, INVOICES_SHOWN);
  if (!invoices.length) return say(t.noInvoices(account));
  const lines = invoices.map((i) => t.invoiceLine(i.number, period(i, ctx.locale), money(i.amount, i.currency, ctx.locale), stateOf(i, t, ctx.locale)));
  let text: string;
  if (asked?.invoices.length) {
    // The invoices of the period asked for; what is outstanding on the account is another question.
    text = `${t.periodHeader(account, asked.period)}\n${lines.join('\n')}`;
  } else {
    const unpaid = invoices.filter((i) => i.status === 'open' || i.status === 'overdue');
    const sum = (l: InvoiceRecord[]) => Math.round(l.reduce((s, i) => s + i.amount, 0) * 100) / 100;
    const currency = invoices[0]!.currency;
    const overdue = unpaid.filter((i) => i.status === 'overdue');
    const total = unpaid.length
      ? t.outstanding(money(sum(unpaid), currency, ctx.locale), overdue.length ? money(sum(overdue), currency, ctx.locale) : null)
      : t.nothingOutstanding;
    const header = asked ? `${t.noneForPeriod(account, asked.period)}\n${t.listHeader(account)}` : t.listHeader(account);
    text = `${header}\n${lines.join('\n')}\n\n${total}`;
  }
  // What the speaker may do next with these invoices.
  const next = (['pay', 'dispute'] as const).filter((a) => !missingRole('billing', a, ctx.roles)).map((a) => t.menuChoices[a]);
  // A follow-up naming another period ("and January's?") goes on with the invoices (src/dialog/rules/accountRules.ts).
  return {
    ...say(text, next.length ? next : undefined),
    answeredFor: { dateRange: asked ? ctx.parse.dateRange : null, origin: null, destination: null },
    // The invoices as listed: "the second one", "la vencida" pick among them; "how much is it" and "pay it" are
    // about the one the answer was about: the one of the period asked, or the one overdue asked for.
    shown: { items: invoices.map((i) => i.number), focus: answeredAbout(ctx, asked?.invoices.length ? invoices : null, invoices), action: 'view' },
  };
}

/** The one invoice a list answered about: the only one of the period asked for, or the only one overdue when that was asked. */
function answeredAbout(ctx: FlowContext, ofPeriod: InvoiceRecord[] | null, listed: InvoiceRecord[]): string | null {
  if (ofPeriod) return ofPeriod.length === 1 ? ofPeriod[0]!.number : null;
  const overdue = listed.filter((i) => i.status === 'overdue');
  return asksOverdue(ctx.text) && overdue.length === 1 ? overdue[0]!.number : null;
}

/** The invoices still to pay (newest first), their total and what is overdue; the only one is the one talked about. */
async function unpaidList(ctx: FlowContext): Promise<FlowResult> {
  const t = textsOf(ctx);
  const account = ctx.accountNumber!;
  const unpaid = (await ctx.store.invoices.listForAccount(account, INVOICES_SEARCHED)).filter((i) => i.status === 'open' || i.status === 'overdue');
  if (!unpaid.length) return say(`${t.nothingToPay(account)}`);
  const lines = unpaid.map((i) => t.invoiceLine(i.number, period(i, ctx.locale), money(i.amount, i.currency, ctx.locale), stateOf(i, t, ctx.locale)));
  const sum = (l: InvoiceRecord[]) => Math.round(l.reduce((s, i) => s + i.amount, 0) * 100) / 100;
  const overdue = unpaid.filter((i) => i.status === 'overdue');
  const currency = unpaid[0]!.currency;
  const total = t.outstanding(money(sum(unpaid), currency, ctx.locale), overdue.length ? money(sum(overdue), currency, ctx.locale) : null);
  const next = (['pay', 'dispute'] as const).filter((a) => !missingRole('billing', a, ctx.roles)).map((a) => t.menuChoices[a]);
  return {
    ...say(`${t.unpaidHeader(account)}\n${lines.join('\n')}\n\n${total}`, next.length ? next : undefined),
    shown: { items: unpaid.map((i) => i.number), focus: unpaid.length === 1 ? unpaid[0]!.number : null, action: 'view' },
  };
}

/** What is to pay on the account, with amounts, the total and a payment link each: what a Pay-only user sees of the invoices. */
async function payable(ctx: FlowContext): Promise<FlowResult> {
  const t = textsOf(ctx);
  const account = ctx.accountNumber!;
  // Oldest first, as the payment answer lists them.
  const due = (await ctx.store.invoices.listForAccount(account, INVOICES_SEARCHED)).filter((i) => i.status === 'open' || i.status === 'overdue').reverse();
  if (!due.length) return say(t.nothingToPay(account));
  const base = paymentPortalUrl();
  const lines = due.map((i) => t.payLine(i.number, money(i.amount, i.currency, ctx.locale), stateOf(i, t, ctx.locale), paymentLink(i, base)));
  const sum = (l: InvoiceRecord[]) => Math.round(l.reduce((s, i) => s + i.amount, 0) * 100) / 100;
  const overdue = due.filter((i) => i.status === 'overdue');
  const currency = due[0]!.currency;
  const total = t.outstanding(money(sum(due), currency, ctx.locale), overdue.length ? money(sum(overdue), currency, ctx.locale) : null);
  // "pay the overdue one", "the second one" pick among these.
  return { ...say(`${t.payableHeader(account)}\n${lines.join('\n')}\n\n${total}`), shown: { items: due.map((i) => i.number), focus: null, action: 'view' } };
}

async function pay(ctx: FlowContext, pointed: Pointed | null): Promise<FlowResult> {
  const refused = await refusal(ctx, 'pay');
  if (refused) {
    // Refused the payment, the customer may still see the invoice (View): "then just tell me how much it is" is about it.
    const meant = onlyOne(pointed) ?? (pointed ? null : await invoiceAskedFor(ctx)) ?? (await onlyUnpaid(ctx));
    return meant ? { ...refused, shown: { items: ctx.shown?.items ?? [], focus: meant, action: null, refused: 'pay' } } : refused;
  }
  const t = textsOf(ctx);
  const account = ctx.accountNumber!;
  if (pointed?.invoices.length === 1 && pointed.invoices[0]!.status === 'paid') {
    // "pay the fourth one": it is paid already; nothing to pay.
    const i = pointed.invoices[0]!;
    return { ...say(t.alreadyPaid(i.number, formatShortDate((i.paidAt ?? i.dueAt).slice(0, 10), ctx.locale))), shown: { items: ctx.shown?.items ?? [], focus: i.number, action: 'pay' } };
  }
  const named = onlyOne(pointed) ?? (pointed ? null : await invoiceAskedFor(ctx));
  let due: InvoiceRecord[];
  if (pointed && !named) {
    // Several pointed at ("the open ones", "the November invoices"): those of them still to pay.
    due = pointed.invoices.filter((i) => i.status === 'open' || i.status === 'overdue').reverse();
    if (!pointed.invoices.length) return nothingPointed(ctx, pointed, pay(ctx, null));
  } else if (named) {
    const invoice = await ownInvoice(ctx, named);
    if (!invoice) return say(t.notFound(named, account));
    due = [invoice];
  } else {
    due = (await ctx.store.invoices.listForAccount(account, INVOICES_SHOWN)).filter((i) => i.status === 'open' || i.status === 'overdue').reverse();
  }
  if (!due.length) return say(`${t.nothingToPay(account)}${sentenceGap(ctx.locale)}${t.payMethods}`);
  const base = paymentPortalUrl();
  const lines = due.map((i) => t.payLine(i.number, money(i.amount, i.currency, ctx.locale), stateOf(i, t, ctx.locale), paymentLink(i, base)));
  // One invoice paid is the one talked about ("no, the first one" corrects it); several listed are what "the first one" picks.
  const shown = due.length === 1 ? { items: ctx.shown?.items ?? [], focus: due[0]!.number, action: 'pay' } : { items: due.map((i) => i.number), focus: null, action: 'pay' };
  return { ...say(`${t.payMethods}\n\n${lines.join('\n')}`), shown };
}

/**
 * The invoice the message names by its number; the account's most recent one when it asks for "the
 * latest"; the overdue one when it asks for that and one is (or the oldest of several, asked so: "最早
 * 那张逾期的"); else null. Found by an outside tester: "the overdue invoice" was asked "which one?".
 */
async function invoiceAskedFor(ctx: FlowContext): Promise<string | null> {
  const named = invoiceNumberIn(ctx.text);
  if (named) return named;
  const overdueAsked = asksOverdue(ctx.text);
  if (overdueAsked) {
    const overdue = (await ctx.store.invoices.listForAccount(ctx.accountNumber!, INVOICES_SHOWN)).filter((i) => i.status === 'overdue');
    if (overdue.length === 1) return overdue[0]!.number;
    if (overdue.length > 1 && overdueAsked.oldest) return [...overdue].sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!.number;
    return null;
  }
  if (!asksLatest(ctx.text)) return null;
  return (await latestInvoice(ctx))?.number ?? null;
}

/** The account's newest invoice; the newest still to pay when the message asks for an unpaid one ("the latest unpaid invoice"). */
async function latestInvoice(ctx: FlowContext): Promise<InvoiceRecord | null> {
  if (!asksUnpaid(ctx.text)) return (await ctx.store.invoices.listForAccount(ctx.accountNumber!, 1))[0] ?? null;
  return (await ctx.store.invoices.listForAccount(ctx.accountNumber!, INVOICES_SEARCHED)).find((i) => i.status === 'open' || i.status === 'overdue') ?? null;
}

/** The account's only invoice still to pay among the recent ones, or null (none, or several). */
async function onlyUnpaid(ctx: FlowContext): Promise<string | null> {
  const unpaid = (await ctx.store.invoices.listForAccount(ctx.accountNumber!, INVOICES_SHOWN)).filter((i) => i.status === 'open' || i.status === 'overdue');
  return unpaid.length === 1 ? unpaid[0]!.number : null;
}

/**
 * The invoice that billed the parcel the message names by number (or describes: runners/accountFlow.ts): the account's
 * invoice whose period holds its ship date, `invoice` null when the parcel was sent after the newest invoice's period.
 * Null without a number, for another account's parcel, or for an older one no invoice looked through holds.
 */
async function invoiceOfParcel(ctx: FlowContext): Promise<{ trackingNumber: string; shipDate: string; invoice: string | null } | null> {
  const n = ctx.parse.trackingNumbers[0];
  const shipment = n ? await ctx.store.shipments.byTrackingNumber(n) : null;
  if (!shipment || shipment.accountNumber !== ctx.accountNumber) return null;
  const invoice = (await invoiceOfShipment(ctx.store, shipment))?.number ?? null;
  // Before the newest invoice's period: an older parcel than the invoices looked through, not one still to be billed.
  const newest = (await ctx.store.invoices.listForAccount(shipment.accountNumber, 1))[0];
  if (!invoice && newest && shipment.shipDate < newest.periodStart) return null;
  return { trackingNumber: shipment.trackingNumber, shipDate: shipment.shipDate, invoice };
}

/** The invoice, when it is the conversation account's; null for an unknown number or another account's. */
async function ownInvoice(ctx: FlowContext, number: string): Promise<InvoiceRecord | null> {
  const invoice = await ctx.store.invoices.get(number);
  return invoice && invoice.accountNumber === ctx.accountNumber ? invoice : null;
}

async function askWhichInvoice(ctx: FlowContext, question: string, among?: InvoiceRecord[], reason?: string): Promise<FlowResult> {
  const t = textsOf(ctx);
  // "我要申诉2月份的账单": the invoices of the period the message names, when it names one that has any.
  const ofPeriod = among ?? (await invoicesOfPeriod(ctx))?.invoices ?? [];
  const recent = ofPeriod.length ? ofPeriod : await ctx.store.invoices.listForAccount(ctx.accountNumber!, INVOICES_SHOWN);
  const open = recent.filter((i) => i.status !== 'disputed').slice(0, INVOICE_CHOICES);
  if (!open.length) return say(t.noInvoices(ctx.accountNumber!));
  const choices = open.map((i) => ({ label: `${period(i, ctx.locale)} · ${money(i.amount, i.currency, ctx.locale)}`, value: i.number }));
  return { ...say(question, choices, { step: 'pick', offered: open.map((i) => i.number), ...(reason ? { reason } : {}) }), shown: { items: open.map((i) => i.number), focus: null, action: 'dispute' } };
}

/**
 * `reason`: given in the message that asked for the dispute, so only the confirmation is asked.
 * `among`: the invoices the message pointed at when it did not say which one of them.
 */
async function startDispute(ctx: FlowContext, number: string | null, reason?: string, among?: InvoiceRecord[]): Promise<FlowResult> {
  const refused = await refusal(ctx, 'dispute');
  if (refused) return refused;
  const t = textsOf(ctx);
  if (!number) return askWhichInvoice(ctx, t.whichInvoice, among, reason);
  const invoice = await ownInvoice(ctx, number);
  if (!invoice) return say(t.notFound(number, ctx.accountNumber!));
  if (invoice.status === 'disputed') {
    const disputes = await ctx.store.disputes.listForInvoice(invoice.number);
    return say(t.alreadyDisputed(invoice.number, disputes.at(-1)?.ticketNumber ?? '—'));
  }
  if (reason) return readReason(ctx, invoice.number, reason.trim().replace(/\s+/g, ' ').slice(0, REASON_MAX));
  return { ...say(t.askReason(invoice.number), undefined, { step: 'reason', invoice: invoice.number }), shown: disputing(ctx, invoice.number) };
}

/**
 * Reads the reason (or re-asks the confirmation of `given`) and asks to confirm the dispute. The part disputed is the
 * amount the message names with the invoice's currency, anywhere in it ("dispute 1240 CNY on INV-…, …"), else the one
 * the reason names, else the one `kept` from before.
 */
async function readReason(ctx: FlowContext, number: string, given?: string, kept: number | null = null): Promise<FlowResult> {
  const t = textsOf(ctx);
  const reason = given ?? ctx.text.trim().replace(/\s+/g, ' ').slice(0, REASON_MAX);
  if ([...reason].length < 4) return say(t.reasonTooShort, undefined, { step: 'reason', invoice: number });
  const invoice = await ownInvoice(ctx, number);
  if (!invoice) return say(t.notFound(number, ctx.accountNumber!));
  const amountDisputed = disputedAmountIn(ctx.text, invoice.currency, invoice.amount) ?? disputedAmountIn(reason, invoice.currency, invoice.amount) ?? kept;
  const part = amountDisputed === null ? null : money(amountDisputed, invoice.currency, ctx.locale);
  return {
    ...say(t.confirm(invoice.number, period(invoice, ctx.locale), money(invoice.amount, invoice.currency, ctx.locale), part, reason), t.confirmChoices, {
      step: 'confirm',
      invoice: invoice.number,
      reason,
      amountDisputed,
    }),
    shown: disputing(ctx, invoice.number),
  };
}

/** The invoices shown stay what "the first one" picks; the one being disputed is the one talked about. */
function disputing(ctx: FlowContext, number: string): FlowShown {
  const items = ctx.shown?.items.length ? ctx.shown.items : [number];
  return { items, focus: number, action: 'dispute' };
}

/** The only write of a dispute, after the customer said yes; the role is checked again here, where it happens. */
async function openDispute(ctx: FlowContext, state: Extract<DisputeState, { step: 'confirm' }>): Promise<FlowResult> {
  const refused = await refusal(ctx, 'dispute');
  if (refused) return refused;
  const t = textsOf(ctx);
  const invoice = await ownInvoice(ctx, state.invoice);
  if (!invoice) return say(t.notFound(state.invoice, ctx.accountNumber!));
  if (invoice.status === 'disputed') return startDispute(ctx, invoice.number);
  const userId = ctx.speaker!.user.id;
  const { ticket } = await ctx.store.disputes.create(
    { invoiceNumber: invoice.number, accountNumber: invoice.accountNumber, userId, reason: state.reason, amountDisputed: state.amountDisputed },
    {
      category: 'billing_dispute',
      priority: invoice.status === 'overdue' ? 'high' : 'normal',
      conversationId: ctx.conversation.id,
      accountNumber: invoice.accountNumber,
      userId,
      trackingNumbers: [],
      subject: `Dispute of invoice ${invoice.number}`,
      details: {
        kind: 'invoice_dispute',
        invoiceNumber: invoice.number,
        invoiceAmount: invoice.amount,
        currency: invoice.currency,
        amountDisputed: state.amountDisputed,
        reason: state.reason,
        language: ctx.locale,
      },
    },
    ctx.now.toISOString(),
  );
  const part = state.amountDisputed === null ? null : money(state.amountDisputed, invoice.currency, ctx.locale);
  return say(t.opened(ticket.number, invoice.number, part));
}
