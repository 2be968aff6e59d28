import type { Parse } from '../nlu/types.ts';
import { COMPLAINT_TASK, FOLLOW_UP_MAX_CONFIDENCE, PARCEL_TASKS, type ParcelTask } from './decision.ts';
import { asksToComplain } from './discourse/discourseAct.ts';
import { frameOfMessage } from './discourse/queryFrame.ts';

/**
 * A complaint about a parcel: "你们太慢了！我的包裹在洛杉矶海关卡了五天，我要投诉" complains in so many words
 * and is about a parcel (its topic is a parcel flow's, it describes one, names one, or points at one).
 * People take it, about that parcel: the parcel is found first. Only for a linked customer, whose parcels
 * can be looked up; anyone else's complaint goes to people as it is.
 */
export function complaintTask(text: string, parse: Parse, linked: boolean): ParcelTask | undefined {
  if (!linked || !asksToComplain(text)) return undefined;
  const topic = PARCEL_TASKS[parse.intent];
  const aboutParcel = topic !== undefined && topic !== 'status' && parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE / 2;
  return aboutParcel || frameOfMessage(parse) !== null || parse.trackingNumbers.length > 0 ? COMPLAINT_TASK : undefined;
}
