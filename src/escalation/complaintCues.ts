import { wordsInEveryLanguage } from '../locale/index.ts';

/** Words that make a request for a person a complaint (priority, and the complaint ticket category), in every language (src/locale/<lang>/words.ts). */
export const COMPLAINT_CUES: readonly string[] = wordsInEveryLanguage((w) => w.complaints);

/** Words asking how to reach customer service, in every language. */
export const CONTACT_ASK_CUES: readonly string[] = wordsInEveryLanguage((w) => w.contactAsks);

/** True when the message asks for customer service's phone line or contact details (not for a person here). */
export function asksForContactDetails(text: string): boolean {
  const lower = text.toLowerCase();
  return CONTACT_ASK_CUES.some((cue) => lower.includes(cue));
}

/** True when the message uses a complaint word in any of our languages. */
export function soundsLikeComplaint(text: string): boolean {
  const lower = text.toLowerCase();
  return COMPLAINT_CUES.some((cue) => lower.includes(cue));
}
