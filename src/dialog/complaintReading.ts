import { INTENTS } from '../../intents/index.ts';
import type { IntentName, Parse } from '../nlu/types.ts';
import { billingActionOf } from './flows/billing/billingWords.ts';
import { PARCEL_FLOWS } from './flows/registry.ts';
import { COMPLAINT_TASK, FOLLOW_UP_MAX_CONFIDENCE, PARCEL_TASKS, type ParcelTask } from './decision.ts';
import { asksToComplain, complainsAboutStaff } from './discourse/discourseAct.ts';
import { frameOfMessage } from './discourse/queryFrame.ts';

/**
 * A complaint about a parcel: "你们太慢了！我的包裹在洛杉矶海关卡了五天，我要投诉" complains in so many words
 * and is about a parcel (its topic is a parcel flow's, it describes one, names one, or points at one).
 * People take it, about that parcel: the parcel is found first. Only for a linked customer, whose parcels
 * can be looked up; anyone else's complaint goes to people as it is.
 */
export function complaintTask(text: string, parse: Parse, linked: boolean): ParcelTask | undefined {
  if (!linked || !asksToComplain(text)) return undefined;
  // "2月份的账单运费不对，我要申诉": an invoice disputed, not a parcel complained about (its month is the invoice's).
  if (parse.intent === 'billing' && billingActionOf(text) === 'dispute') return undefined;
  const aboutParcel = parcelTopicOf(text, parse) !== null;
  // "the agent i spoke to yesterday was rude": about our staff, so no parcel is looked for (its day is the talk's).
  if (!aboutParcel && !parse.trackingNumbers.length && complainsAboutStaff(text)) return undefined;
  return aboutParcel || frameOfMessage(parse) !== null || parse.trackingNumbers.length > 0 ? COMPLAINT_TASK : undefined;
}

/** A catalogue cue as a test on lower-cased, space-padded text: a whole word or phrase in Latin script, anywhere in Chinese. */
export function cueTest(cue: string): (lower: string) => boolean {
  if (!/^[a-z]/.test(cue)) return (padded) => padded.includes(cue);
  // A Han character next to a Latin word ends it ("VIP多少钱"): Chinese writes no space there.
  const pattern = new RegExp(`(?:[^\\p{L}]|\\p{Script=Han})${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|\\p{Script=Han})`, 'u');
  return (padded) => pattern.test(padded);
}

/** The parcel flows' own words (the catalogue's cues), per intent, compiled once. */
const FLOW_CUES: readonly (readonly [IntentName, readonly ((lower: string) => boolean)[]])[] = INTENTS.filter((i) => PARCEL_FLOWS[i.name]).map(
  (i) => [i.name, Object.values(i.cues).flat().map((c) => cueTest(c.toLowerCase()))] as const,
);

/**
 * What parcel trouble a message is about: the parcel flow the classifier chose when it is fairly sure,
 * else the first whose own words the message uses ("held at customs" is a customs matter, whatever a
 * complaint's other words did to the classifier). Null when it names no parcel trouble.
 */
export function parcelTopicOf(text: string, parse: Parse): IntentName | null {
  const task = PARCEL_TASKS[parse.intent];
  if (task !== undefined && task !== 'status' && parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE / 2) return parse.intent;
  const padded = ` ${text.toLowerCase()} `;
  return FLOW_CUES.find(([, cues]) => cues.some((said) => said(padded)))?.[0] ?? null;
}
