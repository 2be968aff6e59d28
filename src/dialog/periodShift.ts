/**
 * A period named only next to the one the conversation was just about: "and the month before?", "那前一个月
 * 呢", "¿y la semana anterior?", "how does that compare with the year before?". The parser cannot know
 * which period that is; the dialog keeps the last period talked about (`DialogState.lastPeriod`) and gives
 * such a message the period next to it, as if the customer had named it, so every flow's follow-up reads it
 * as it reads "and in October?" (outside tester: "和上个月的碳排放…那前一个月呢" gave a parcel list).
 */
import { keyedWordsInEveryLanguage } from '../locale/words.ts';
import type { PeriodShiftKey } from '../locale/types.ts';
import { shiftPeriod, type PeriodUnit } from '../nlu/dates/shiftPeriod.ts';
import type { DateRange, Parse } from '../nlu/types.ts';
import type { DialogState } from './state.ts';

const SHIFTS: Readonly<Record<PeriodShiftKey, { unit: PeriodUnit; by: -1 | 1 }>> = {
  dayBefore: { unit: 'day', by: -1 },
  weekBefore: { unit: 'week', by: -1 },
  monthBefore: { unit: 'month', by: -1 },
  yearBefore: { unit: 'year', by: -1 },
  dayAfter: { unit: 'day', by: 1 },
  weekAfter: { unit: 'week', by: 1 },
  monthAfter: { unit: 'month', by: 1 },
  yearAfter: { unit: 'year', by: 1 },
};

const WORDS = keyedWordsInEveryLanguage((w) => w.periodShift, Object.keys(SHIFTS) as PeriodShiftKey[]);

/** The period the conversation was last about: the one last named, else the one a flow or search carried. */
export function lastPeriodOf(state: DialogState): DateRange | null {
  return state.lastPeriod ?? state.flowFrame?.frame.dateRange ?? state.lastQuery?.dateRange ?? null;
}

/**
 * The parse with the period next to the last one when the message names a period only so; unchanged when
 * it names no period so, or nothing was talked about in a period yet. The parser may have read the words
 * themselves as a date of its own ("the month before" as last month): that reading gives way, unless the
 * message without them still names one ("the week before christmas": `reparse` tells).
 */
export function withShiftedPeriod(text: string, parse: Parse, state: DialogState, reparse: (text: string) => Parse): Parse {
  const base = lastPeriodOf(state);
  if (!base) return parse;
  const said = WORDS.flatMap(([key, words]) => words.filter((w) => text.toLowerCase().includes(w)).map((w) => [key, w] as const)).sort((a, b) => b[1].length - a[1].length)[0];
  if (!said) return parse;
  const [key, words] = said;
  if (parse.dateRange && reparse(text.toLowerCase().replace(words, ' ')).dateRange) return parse;
  const { unit, by } = SHIFTS[key];
  const dateRange = shiftPeriod(base, unit, by);
  return { ...parse, dateRange, dateRole: parse.dateRole ?? 'shipped', periodsNamed: [...(parse.periodsNamed ?? []).filter((p) => p !== parse.dateRange), dateRange] };
}
