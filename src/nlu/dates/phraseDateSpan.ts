import type { DateSpan, ParsingContext } from '../pipeline/types.ts';
import type { DateRange } from '../types.ts';

/** The date span of a regex match read as `value`; `future`, when it differs, is the reading for rescheduling. */
export function phraseDateSpan(
  ctx: ParsingContext,
  m: RegExpMatchArray,
  value: DateRange,
  future: DateRange | null,
  source: string,
  impliedPast: boolean,
): DateSpan {
  const index = m.index!;
  const end = index + m[0].length;
  return {
    kind: 'date',
    index,
    end,
    text: ctx.text.slice(index, end),
    value,
    ...(impliedPast ? { impliedPast: true } : {}),
    ...(future && future.from !== value.from ? { futureValue: future } : {}),
    source,
  };
}
