/** Dictionaries the billing flow reads a message with: what the customer wants, and an amount in it. */
import { keyedWordsInEveryLanguage, saysAny, wordsInEveryLanguage } from '../../../locale/index.ts';
import { asksAmount } from '../shared/amountQuestion.ts';
import type { BillingAction } from './texts.ts';

/**
 * Words that say what the customer wants, per action, in every language (src/locale/<lang>/words.ts);
 * matched as parts of the lower-cased message. Disputes are looked for first: "wrong invoice" is not a request to see it.
 */
export const BILLING_ACTION_CUES: readonly (readonly [BillingAction, readonly string[]])[] = keyedWordsInEveryLanguage((w) => w.billingActions, ['dispute', 'pay', 'view']);

/** Words of an invoice's state that hold a payment verb ("sin pagar", "por pagar", "未支付"): never a request to pay. */
const UNPAID_STATE_WORDS = [...wordsInEveryLanguage((w) => w.invoiceReference.unpaid)].sort((a, b) => b.length - a.length);

/** The action a message asks for, or null when it names none ("billing question"). */
export function billingActionOf(text: string): BillingAction | null {
  // "y la más vieja sin pagar, cuándo vence?" asks about an unpaid invoice, not to pay it (outside tester spot check).
  const t = UNPAID_STATE_WORDS.reduce((rest, w) => rest.split(w).join(' '), text.toLowerCase());
  for (const [action, cues] of BILLING_ACTION_CUES) if (cues.some((c) => t.includes(c))) return action;
  return null;
}

const PAYMENT_TIMING_WORDS = wordsInEveryLanguage((w) => w.paymentTiming);

/** The message asks how long a payment takes to show as paid ("付了之后多久能显示已付"). */
export function asksPaymentTiming(text: string): boolean {
  return saysAny(text, PAYMENT_TIMING_WORDS);
}

const PAYMENT_DECLINED_WORDS = wordsInEveryLanguage((w) => w.paymentDeclined);

/** The message holds a payment back ("don't pay yet", "算了先别付", "no la pagues todavía"). */
export function declinesPayment(text: string): boolean {
  return saysAny(text, PAYMENT_DECLINED_WORDS);
}

/** Words that point at the most recent invoice ("the latest one", "最新那张", "la última"). */
const LATEST_WORDS = wordsInEveryLanguage((w) => w.latestInvoice);

/** The message asks about the most recent invoice. */
export function asksLatest(text: string): boolean {
  return saysAny(text, LATEST_WORDS);
}

const DUE_QUESTION_WORDS = wordsInEveryLanguage((w) => w.dueQuestion);

/** The message asks when an invoice is due ("when is it due", "什么时候到期", "¿cuándo vence?"). */
export function asksDueDate(text: string): boolean {
  return saysAny(text, DUE_QUESTION_WORDS);
}

const DISPUTE_STATUS_WORDS = wordsInEveryLanguage((w) => w.disputeStatus);

/** The message asks how a dispute stands ("what's the status of my dispute", "这个争议现在什么状态", "¿en qué estado está la reclamación?"). */
export function asksDisputeStatus(text: string): boolean {
  return billingActionOf(text) === 'dispute' && saysAny(text, DISPUTE_STATUS_WORDS);
}

/** A status asked of the dispute talked about without naming it ("what's the status of it?" while its confirmation waits). */
export function asksStatus(text: string): boolean {
  return saysAny(text, DISPUTE_STATUS_WORDS);
}

const DISPUTE_PROCESS_WORDS = wordsInEveryLanguage((w) => w.disputeProcess);

/** The message asks how a dispute goes on ("how long does a dispute take?", "结果出来会通知我吗", "¿me avisarán?"). */
export function asksDisputeProcess(text: string): boolean {
  return saysAny(text, DISPUTE_PROCESS_WORDS);
}

const INVOICE_PARCELS_WORDS = wordsInEveryLanguage((w) => w.invoiceParcels);

/** The message asks which parcels an invoice billed ("which parcels were on invoice INV-…?", "这张账单包含哪些包裹"). */
export function asksInvoiceParcels(text: string): boolean {
  return saysAny(text, INVOICE_PARCELS_WORDS);
}

const WHO_CAN_WORDS = wordsInEveryLanguage((w) => w.whoCan);

/** The message asks who may do something ("who can do that for me?", "谁能帮我付", "¿quién puede pagarla?"). */
export function asksWhoCan(text: string): boolean {
  return saysAny(text, WHO_CAN_WORDS);
}

const PAID_TOTAL_WORDS = wordsInEveryLanguage((w) => w.paidTotal);

/** The message asks how much was paid ("how much have we paid this year?", "今年付了多少钱", "¿cuánto hemos pagado este año?"). */
export function asksPaidTotal(text: string): boolean {
  return asksAmount(text) && saysAny(text, PAID_TOTAL_WORDS);
}

const BALANCE_WORDS = wordsInEveryLanguage((w) => w.balanceAsks);

/** The message asks what the account still owes in the word for it ("what's our balance?", "我们账户余额是多少", "¿cuál es nuestro saldo?"). */
export function asksBalance(text: string): boolean {
  return saysAny(text, BALANCE_WORDS);
}

const OVERDUE_WORDS = wordsInEveryLanguage((w) => w.overdueInvoice);
const OLDEST_WORDS = wordsInEveryLanguage((w) => w.oldestInvoice);

/** The message points at the overdue invoice ("the overdue one", "逾期的那张"); `oldest` when it asks for the oldest of several. */
export function asksOverdue(text: string): { oldest: boolean } | null {
  return saysAny(text, OVERDUE_WORDS) ? { oldest: saysAny(text, OLDEST_WORDS) } : null;
}

/** The message asks for the oldest invoice ("the earliest one", "最早那张", "la más vieja"). */
export function asksOldest(text: string): boolean {
  return saysAny(text, OLDEST_WORDS);
}

const CHEAPEST_WORDS = wordsInEveryLanguage((w) => w.cheapestInvoice);
const DEAREST_WORDS = wordsInEveryLanguage((w) => w.dearestInvoice);

/** The message points at an invoice by its amount: `least` for "the cheaper one", "便宜的那张", "la más barata"; else "the most expensive one". */
export function asksByAmount(text: string): { least: boolean } | null {
  if (saysAny(text, CHEAPEST_WORDS)) return { least: true };
  return saysAny(text, DEAREST_WORDS) ? { least: false } : null;
}

/** An invoice number as the demo writes them (INV-5W8A3K-260309), whatever its case, or null. */
export function invoiceNumberIn(text: string): string | null {
  const m = /\bINV-([0-9A-Z]{6})-(\d{6})\b/i.exec(text);
  return m ? `INV-${m[1]!.toUpperCase()}-${m[2]}` : null;
}

/** Currency words and signs by ISO code: an amount counts only next to one of these. */
const CURRENCY_MARKS: Readonly<Record<string, readonly string[]>> = {
  CNY: ['cny', 'rmb', '元', '人民币', '¥', '￥'],
  USD: ['usd', '$', 'dollars', 'dollar', '美元', 'dólares'],
  EUR: ['eur', '€', 'euros', 'euro', '欧元'],
  GBP: ['gbp', '£', 'pounds', '英镑', 'libras'],
  CAD: ['cad', 'c$', '加元'],
  HKD: ['hkd', 'hk$', '港币', '港元'],
};

const NUMBER = String.raw`\d{1,3}(?:[,.\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;

/** "1,234.50", "1.234,50", "120,5" → a number; the last separator followed by one or two digits is the decimal one. */
function numberOf(raw: string): number {
  const compact = raw.replace(/\s/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

/**
 * The part of an invoice a reason disputes: an amount written with the invoice's currency ("120 CNY",
 * "¥120", "120,50 €"), above zero and not more than the invoice. Null: the whole invoice.
 */
export function disputedAmountIn(text: string, currency: string, invoiceAmount: number): number | null {
  const marks = CURRENCY_MARKS[currency] ?? [currency.toLowerCase()];
  const t = text.toLowerCase();
  const escaped = marks.map((m) => m.replace(/[$.*+?()[\]{}|\\^]/g, '\\$&')).join('|');
  const m = new RegExp(String.raw`(?:(?:${escaped})\s?(${NUMBER}))|(?:(${NUMBER})\s?(?:${escaped}))`, 'u').exec(t);
  if (!m) return null;
  const amount = numberOf(m[1] ?? m[2]!);
  return amount > 0 && amount <= invoiceAmount ? Math.round(amount * 100) / 100 : null;
}
