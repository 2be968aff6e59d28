import { wordsInEveryLanguage } from '../locale/index.ts';

/** Words that make a request for a person a complaint (priority, and the complaint ticket category), in every language (src/locale/<lang>/words.ts). */
export const COMPLAINT_CUES: readonly string[] = wordsInEveryLanguage((w) => w.complaints);

/** True when the message uses a complaint word in any of our languages. */
export function soundsLikeComplaint(text: string): boolean {
  const lower = text.toLowerCase();
  return COMPLAINT_CUES.some((cue) => lower.includes(cue));
}
