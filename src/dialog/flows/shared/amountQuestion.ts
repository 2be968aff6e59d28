/** A question of what something costs ("how much is it", "多少钱", "¿cuánto es?"), in any language. */
import { saysAny, wordsInEveryLanguage } from '../../../locale/index.ts';

const AMOUNT_WORDS = wordsInEveryLanguage((w) => w.amountQuestion);

/**
 * The message asks what something costs. Right after an invoice or the VIP fee was shown, such a
 * question with nothing else named is asked of that (found by an outside tester: "多少钱" after one
 * invoice was answered with the VIP programme, "¿cuánto nos costaría?" after the VIP answer not understood).
 */
export function asksAmount(text: string): boolean {
  return saysAny(text, AMOUNT_WORDS);
}

const APPLY_WORDS = wordsInEveryLanguage((w) => w.applyRequest);

/** The message asks to be signed up for what was just offered ("帮我申请一下", "can you apply for it for us?", "solicítalo"). */
export function asksToApply(text: string): boolean {
  return saysAny(text, APPLY_WORDS);
}
