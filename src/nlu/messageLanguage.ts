import type { Language } from './types.ts';
import { detectLanguage } from './text/detectLanguage.ts';

/** Tracking numbers, account numbers, digits and symbols say nothing about the language. */
const NEUTRAL = /\b1z[\s-]*(?:[0-9a-z][\s-]*){15}[0-9]\b|[\d\p{P}\p{S}\s]+/giu;

/**
 * The language of a message when its words show one, or null when it holds no words at all
 * (a pasted tracking number, an emoji): the conversation then keeps the language it had.
 */
export function messageLanguage(text: string): Language | null {
  const lower = text.toLowerCase();
  const words = lower.replace(NEUTRAL, ' ').trim();
  if (!/\p{L}/u.test(words)) return null;
  return detectLanguage(lower).language;
}
