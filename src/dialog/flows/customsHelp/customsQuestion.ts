import { wordsInEveryLanguage } from '../../../locale/index.ts';

/** A Latin phrase as whole words, a Han one anywhere (the flows' words are read the same way in complaintReading.ts, which imports the flows). */
const phraseTest = (phrase: string): ((padded: string) => boolean) => {
  if (!/^[a-z]/.test(phrase)) return (padded) => padded.includes(phrase);
  const pattern = new RegExp(`(?:[^\\p{L}]|\\p{Script=Han})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|\\p{Script=Han})`, 'u');
  return (padded) => pattern.test(padded);
};

const CUSTOMS_STATE_ASKS = wordsInEveryLanguage((w) => w.customsStateAsks).map((w) => phraseTest(w.toLowerCase()));

/**
 * The message asks a parcel's customs state ("and what about customs on the first one", "清关了吗", "¿y el de México
 * tiene algún problema con aduanas?"): the customs flow on that parcel answers it from the data and offers an advisor;
 * it opens no ticket nobody asked for (found by an outside tester: a status card, or customs ticket CA-000002).
 */
export function asksCustomsState(text: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return CUSTOMS_STATE_ASKS.some((said) => said(padded));
}
