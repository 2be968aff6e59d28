import { keyedWordsInEveryLanguage, wordsInEveryLanguage } from '../../locale/index.ts';
import { cueTest } from '../complaintReading.ts';
import type { DialogState } from '../state.ts';
import type { IntentName } from '../../nlu/types.ts';
import { ACCOUNT_FLOWS } from '../flows/registry.ts';
import { usesIntentWords } from '../accountFlowWords.ts';
import { FLOW_INTERRUPT_CONFIDENCE, FOLLOW_UP_MAX_CONFIDENCE } from '../decision.ts';
import type { DecisionRule } from './types.ts';

/**
 * The assistant's questions about which parcel a search means: their answers are numbers, places,
 * dates and positions, never a request to stop alerts, so a fairly sure one is that request ("取消所有通知"
 * after "which day did you send it?": found by an outside tester, it was not understood).
 */
const PARCEL_QUESTIONS: ReadonlySet<DialogState['awaiting']> = new Set(['choice', 'slot_date', 'slot_origin', 'slot_destination', 'tracking_number']);

/**
 * "stop alerts", "退订", "no más avisos": the conversation's alerts stop (the named parcel's, or all).
 * A bare "stop" is also a cancellation word: it stops alerts only while some are running here, and
 * otherwise cancels what is under way, as before.
 */
export const unsubscribeRule: DecisionRule = {
  name: 'unsubscribe',
  decide({ act, asLoaded, reading: { parse, facts, keepSearch }, go }) {
    if (parse.intent !== 'unsubscribe_updates') return null;
    if (act.act === 'cancellation' && !facts.subscribed?.length) return null;
    // "再取消掉" right after a change of roles, naming no alerts: it undoes that change (items a flow showed).
    const shown = asLoaded.state.flowShown;
    const flow = shown ? ACCOUNT_FLOWS[shown.intent as IntentName] : undefined;
    const undoes = shown && asLoaded.state.lastIntent === shown.intent && flow?.refersToShown?.(asLoaded.text, parse, shown);
    if (undoes && !usesIntentWords(asLoaded.text, 'unsubscribe_updates')) return null;
    // An answer to the assistant's own question ("7N2F4D这个" for "which account?") is no stop, unless the classifier is sure.
    const awaiting = asLoaded.state.awaiting;
    const sureEnough = PARCEL_QUESTIONS.has(awaiting) ? FOLLOW_UP_MAX_CONFIDENCE : FLOW_INTERRUPT_CONFIDENCE;
    if (awaiting !== null && parse.confidence < sureEnough) return null;
    const trackingNumber = parse.trackingNumbers[0] ?? null;
    // "取消多伦多的提醒": the alerts about the parcels to (or from) that place, not all (found by an outside tester).
    const place = trackingNumber ? null : (parse.destination ?? parse.origin);
    return go({ kind: 'unsubscribe', trackingNumber, ...(place ? { place } : {}) }, keepSearch);
  },
};

const ALERT_LIST_ASKS = wordsInEveryLanguage((w) => w.alertListAsks);

/**
 * "which alerts do I have?", "我开了哪些提醒", "¿qué avisos tengo activos?": a question, answered with the
 * alerts running here; it changes nothing (found by an outside tester: it stopped the alert in en/zh and
 * subscribed again in es). Before the stop and the subscription a question could be taken for.
 */
export const alertListRule: DecisionRule = {
  name: 'alert list',
  decide({ asLoaded: { text }, reading: { keepSearch }, go }) {
    const lower = text.toLowerCase();
    if (!ALERT_LIST_ASKS.some((cue) => lower.includes(cue))) return null;
    return go({ kind: 'list_subscriptions' }, keepSearch);
  },
};

const ACCOUNT_ALERT = Object.fromEntries(
  keyedWordsInEveryLanguage((w) => w.accountAlert, ['ask', 'anyParcel', 'problem'] as const).map(([k, words]) => [k, words.map((w) => cueTest(w.toLowerCase()))]),
) as Record<'ask' | 'anyParcel' | 'problem', ((padded: string) => boolean)[]>;

/** "notify me if any of our parcels gets held in customs", "如果有包裹被海关扣了也告诉我", "avísame si algún paquete queda retenido en aduana". */
export function asksAccountAlert(text: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return (['ask', 'anyParcel', 'problem'] as const).every((k) => ACCOUNT_ALERT[k].some((said) => said(padded)));
}

/**
 * An alert on the whole account ("notify me if any of our parcels gets held in customs"): the conversation hears of
 * every exception on the account's parcels, and is told which are held now. Never a search for held parcels, a customs
 * ticket nobody asked for, nor the parcel in focus subscribed again (found by an outside tester: all three happened).
 */
export const accountAlertRule: DecisionRule = {
  name: 'account alert',
  decide({ asLoaded: { text }, reading: { parse, facts, keepSearch }, chosen, go }) {
    if (!facts.linked || !chosen.account || parse.trackingNumbers.length || !asksAccountAlert(text)) return null;
    const d = go({ kind: 'watch_account', accountNumber: chosen.account }, keepSearch);
    return chosen.selectAccount ? { ...d, selectAccount: chosen.selectAccount } : d;
  },
};
