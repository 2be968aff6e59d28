import type { DialogState } from './state.ts';

/** The questions that narrow down which parcel the customer means: its answer finds the parcel. */
const PARCEL_QUESTIONS: ReadonlySet<DialogState['awaiting']> = new Set(['choice', 'slot_date', 'slot_destination', 'slot_origin', 'tracking_number']);

/** What keeps a question open: asked first and answered last in a message of several requests, it stays the question to answer. */
export type OpenQuestion = Pick<DialogState, 'awaiting' | 'candidates' | 'lastList' | 'lastQuery' | 'task' | 'flow' | 'confirming' | 'lastPrompt'>;

export function openQuestionOf(state: DialogState): OpenQuestion {
  const { awaiting, candidates, lastList, lastQuery, task, flow, confirming, lastPrompt } = state;
  return { awaiting, candidates, lastList, lastQuery, task, flow, confirming, lastPrompt };
}

/** The search after the message still carries what was described before it (an answer to "when?", "to where?"). */
function keepsDescription(after: DialogState): boolean {
  return Object.values(after.lastQuery?.sources ?? {}).includes('earlier');
}

/**
 * What becomes of the requests kept for a parcel not yet known, after the first request of the next
 * message: `run` once it answered the question and so found the parcel (one of those offered, or the
 * description it asked about narrowed to one: "the one I sent today"), `keep` while that description
 * still narrows ("2 parcels fit, which one?"), `drop` when the customer moved on (another parcel
 * described afresh, a cancellation, anything else).
 */
export function pendingAfter(before: DialogState, after: DialogState, found: string | null): 'run' | 'keep' | 'drop' {
  if (!PARCEL_QUESTIONS.has(before.awaiting)) return 'drop';
  if (found) return before.candidates.includes(found) || before.lastList.includes(found) || keepsDescription(after) ? 'run' : 'drop';
  return PARCEL_QUESTIONS.has(after.awaiting) && keepsDescription(after) ? 'keep' : 'drop';
}
