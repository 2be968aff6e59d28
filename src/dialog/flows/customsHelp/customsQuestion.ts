import { wordsInEveryLanguage } from '../../../locale/index.ts';

/** A Latin phrase as whole words, a Han one anywhere (the flows' words are read the same way in complaintReading.ts, which imports the flows). */
const phraseTest = (phrase: string): ((padded: string) => boolean) => {
  if (!/^[a-z]/.test(phrase)) return (padded) => padded.includes(phrase);
  const pattern = new RegExp(`(?:[^\\p{L}]|\\p{Script=Han})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|\\p{Script=Han})`, 'u');
  return (padded) => pattern.test(padded);
};

const CUSTOMS_STATE_ASKS = wordsInEveryLanguage((w) => w.customsStateAsks).map((w) => phraseTest(w.toLowerCase()));
const CUSTOMS_HELP_ASKS = wordsInEveryLanguage((w) => w.customsHelpAsks).map((w) => phraseTest(w.toLowerCase()));

/**
 * The message asks a parcel's customs state ("and what about customs on the first one", "清关了吗", "¿y el de México
 * tiene algún problema con aduanas?"): the customs flow on that parcel answers it from the data and offers an advisor;
 * it opens no ticket nobody asked for (found by an outside tester: a status card, or customs ticket CA-000002).
 */
export function asksCustomsState(text: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return CUSTOMS_STATE_ASKS.some((said) => said(padded));
}

/**
 * The message asks for the customs team's help on the parcel ("can an advisor help me clear it", "帮我清关", "ayúdame con
 * la aduana"): a customs ticket is opened. A hold described alone ("my parcel is stuck in customs", "我的包裹在海关被扣了",
 * "mi paquete está retenido en aduana") is answered and an advisor offered, never a ticket opened unasked (outside testers, round 8).
 */
export function asksCustomsHelp(text: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return CUSTOMS_HELP_ASKS.some((said) => said(padded));
}
