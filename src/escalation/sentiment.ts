/**
 * A rough sentiment signal for the agent's first glance: complaint words, other negative and
 * positive words (src/locale/<lang>/words.ts), shouting and repeated punctuation in the customer's messages. It ranks nothing;
 * it only tells the agent how the customer feels before they read the transcript.
 */
import { wordsInEveryLanguage } from '../locale/index.ts';
import { COMPLAINT_CUES } from './complaintCues.ts';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  label: SentimentLabel;
  /** -1 (angry) … 1 (happy). */
  score: number;
  /** What it is based on, as found in the messages. */
  cues: string[];
}

const NEGATIVE = wordsInEveryLanguage((w) => w.unhappy);
const POSITIVE = wordsInEveryLanguage((w) => w.pleased);
const COMPLAINT = COMPLAINT_CUES;

/** The signal over the customer's messages, newest weighing most. */
export function sentimentOf(customerTexts: readonly string[]): Sentiment {
  let score = 0;
  const cues = new Set<string>();
  const texts = customerTexts.slice(-6);
  texts.forEach((text, i) => {
    const weight = (i + 1) / texts.length;
    const lower = text.toLowerCase();
    for (const w of COMPLAINT) if (lower.includes(w)) (score -= 2 * weight), cues.add(w);
    for (const w of NEGATIVE) if (lower.includes(w)) (score -= 0.5 * weight), cues.add(w);
    for (const w of POSITIVE) if (lower.includes(w)) (score += 1 * weight), cues.add(w);
    if (/[!?！？]{2,}/.test(text)) (score -= 0.5 * weight), cues.add('!!');
    const shouted = text.match(/\b[A-Z]{4,}\b/g)?.filter((w) => !/^1Z/.test(w) && !/\d/.test(w));
    if (shouted?.length) (score -= 0.5 * weight), cues.add('CAPITALS');
  });
  const clamped = Math.max(-1, Math.min(1, score / 3));
  const label: SentimentLabel = clamped <= -0.25 ? 'negative' : clamped >= 0.25 ? 'positive' : 'neutral';
  return { label, score: Math.round(clamped * 100) / 100, cues: [...cues] };
}
