import type { AccountSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { ACCOUNT_CUES } from '../locales/accountCues.ts';

/** Six letters/digits with at least one digit, standing alone. */
const ACCOUNT_TOKEN = /(?<![0-9a-z])([0-9a-z]{6})(?![0-9a-z])/g;
const DIGIT = /[0-9]/;
/** How far after a cue the number may sit ("account number is: A1B2C3"). */
const CUE_WINDOW = 24;

/**
 * UPS account numbers (6 alphanumerics) when the user states one: after a cue word in any of our
 * languages, or as the whole message (an answer to "what is your account number?").
 */
export class AccountNumberExtractor implements Extractor {
  readonly name = 'AccountNumberExtractor';

  extract(ctx: ParsingContext): AccountSpan[] {
    const { lower, text } = ctx;
    const found: AccountSpan[] = [];
    // Every account number has a digit: most messages have none.
    if (!DIGIT.test(lower)) return found;
    const trimmed = lower.trim();
    for (const m of lower.matchAll(ACCOUNT_TOKEN)) {
      const token = m[1]!;
      if (!DIGIT.test(token)) continue;
      const index = m.index;
      const cue = this.cueBefore(lower, index);
      const whole = trimmed === token;
      if (!cue && !whole) continue;
      found.push({
        kind: 'account',
        index,
        end: index + 6,
        text: text.slice(index, index + 6),
        value: token.toUpperCase(),
        cued: Boolean(cue),
        source: `${this.name}:${cue ? `cue "${cue}"` : 'whole message'}`,
      });
    }
    return found;
  }

  private cueBefore(lower: string, index: number): string | null {
    const window = lower.slice(Math.max(0, index - CUE_WINDOW), index);
    let best: string | null = null;
    for (const cue of ACCOUNT_CUES) if (window.includes(cue) && (!best || cue.length > best.length)) best = cue;
    return best;
  }
}
