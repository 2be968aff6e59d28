import { isValidUpsTrackingNumber, normalizeTrackingNumber } from '../../shipments/trackingNumber.ts';
import type { Extractor, ParsingContext, TrackingSpan } from '../pipeline/types.ts';

/** Characters allowed between groups of a number typed with spaces or dashes. */
const SEPARATORS = new Set([' ', '-', '–', '—', '.']);
const ALNUM = /[0-9a-z]/;
/** A 1Z with at least this many characters after it is reported, even if malformed. */
const MIN_REPORTED_BODY = 10;
const BODY_LENGTH = 16;

/**
 * UPS 1Z numbers, tolerant of spaces, dashes and lower case. A wrong check digit or length goes to
 * `invalidTrackingNumbers` so the bot can say the number looks wrong.
 */
export class TrackingNumberExtractor implements Extractor {
  readonly name = 'TrackingNumberExtractor';

  extract(ctx: ParsingContext): TrackingSpan[] {
    const { lower, text } = ctx;
    const found: TrackingSpan[] = [];
    let from = 0;
    for (;;) {
      const at = lower.indexOf('1', from);
      if (at < 0) break;
      from = at + 1;
      if (at > 0 && ALNUM.test(lower[at - 1]!)) continue;
      let i = at + 1;
      while (SEPARATORS.has(lower[i] ?? '') && i < at + 3) i++;
      if (lower[i] !== 'z') continue;
      const scanned = this.scanBody(lower, i + 1);
      if (scanned.body.length < MIN_REPORTED_BODY) continue;
      const raw = text.slice(at, scanned.end);
      const value = normalizeTrackingNumber(`1Z${scanned.body}`);
      const valid = scanned.body.length === BODY_LENGTH && isValidUpsTrackingNumber(value);
      found.push({
        kind: 'tracking',
        index: at,
        end: scanned.end,
        text: raw,
        value,
        valid,
        source: `${this.name}:${valid ? 'mod10 ok' : scanned.body.length === BODY_LENGTH ? 'check digit wrong' : `length ${scanned.body.length + 2}`}`,
      });
      from = scanned.end;
    }
    return found;
  }

  /** Reads characters after "1Z"; crosses a separator only into a code-like group (has a digit). */
  private scanBody(lower: string, start: number): { body: string; end: number } {
    let body = '';
    let i = start;
    let end = start;
    while (i < lower.length && body.length < BODY_LENGTH + 4) {
      const ch = lower[i]!;
      if (ALNUM.test(ch)) {
        body += ch;
        i++;
        end = i;
        continue;
      }
      if (!SEPARATORS.has(ch) || body.length >= BODY_LENGTH) break;
      let j = i;
      while (SEPARATORS.has(lower[j] ?? '')) j++;
      let group = '';
      while (j < lower.length && ALNUM.test(lower[j]!)) group += lower[j++];
      if (!group || !/[0-9]/.test(group) || body.length + group.length > BODY_LENGTH) break;
      i = j - group.length;
    }
    return { body, end };
  }
}
