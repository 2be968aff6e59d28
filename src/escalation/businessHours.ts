/**
 * When people answer: weekly opening hours in one IANA zone ("Mon-Fri 09:00-18:00; Sat 10:00-14:00"
 * in Asia/Shanghai, or "24/7"). SLA clocks run only while open; outside them customers get a ticket
 * number and a callback promise instead of a queue position.
 */
import { addDays, isoWeekday, zonedParts, type LocalDate } from '../nlu/text/timeZone.ts';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MS_PER_MINUTE = 60_000;

/** Opening intervals per ISO weekday (1 = Monday), in minutes after local midnight, [open, close). */
export interface BusinessHours {
  readonly spec: string;
  readonly timeZone: string;
  readonly week: ReadonlyMap<number, readonly (readonly [number, number])[]>;
}

export class BusinessHoursError extends Error {}

const minutesOf = (hhmm: string, spec: string): number => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) throw new BusinessHoursError(`"${hhmm}" in "${spec}" is not a time (HH:MM, 00:00–24:00)`);
  return minutes;
};

const dayOf = (name: string, spec: string): number => {
  const i = DAY_NAMES.indexOf(name.toLowerCase().slice(0, 3) as (typeof DAY_NAMES)[number]);
  if (i < 0 || name.length < 3) throw new BusinessHoursError(`"${name}" in "${spec}" is not a weekday (Mon … Sun)`);
  return i + 1;
};

/**
 * Parses "Mon-Fri 09:00-18:00; Sat 10:00-14:00" (day ranges or lists, then one or more HH:MM-HH:MM
 * ranges separated by commas) or "24/7". Throws BusinessHoursError naming what is wrong.
 */
export function parseBusinessHours(spec: string, timeZone: string): BusinessHours {
  const week = new Map<number, [number, number][]>();
  const text = spec.trim();
  if (/^(24\/7|always)$/i.test(text)) {
    for (let d = 1; d <= 7; d++) week.set(d, [[0, 24 * 60]]);
    return { spec: text, timeZone, week };
  }
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z,\s-]+?)\s+(\d.*)$/.exec(part);
    if (!m) throw new BusinessHoursError(`"${part}" in "${spec}" should read like "Mon-Fri 09:00-18:00"`);
    const days = new Set<number>();
    for (const item of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [a, b, extra] = item.split('-').map((s) => s.trim());
      if (extra !== undefined) throw new BusinessHoursError(`"${item}" in "${spec}" should be one day or a range of two (Mon-Fri)`);
      const from = dayOf(a!, spec);
      const to = b ? dayOf(b, spec) : from;
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
    }
    for (const range of m[2]!.split(',').map((s) => s.trim())) {
      const [open, close, extra] = range.split('-').map((s) => minutesOf(s.trim(), spec));
      if (open === undefined || close === undefined || extra !== undefined || !(open < close)) throw new BusinessHoursError(`"${range}" in "${spec}" should be an opening before a closing time`);
      const interval: [number, number] = [open, close];
      for (const d of days) week.set(d, [...(week.get(d) ?? []), interval].sort((x, y) => x[0] - y[0]));
    }
  }
  if (!week.size) throw new BusinessHoursError(`"${spec}" names no opening hours`);
  return { spec: text, timeZone, week };
}

/** The UTC instant of a local wall-clock time (the later one in a DST fold, the shifted one in a gap). */
function instantOf(date: LocalDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const offsetAt = (ms: number) => zonedParts(new Date(ms), timeZone).offsetMinutes * MS_PER_MINUTE;
  // The offsets a day before and after: their instants that read `wall` are the candidates, whichever
  // side of UTC the zone lies (one guess from `wall` lands on the wrong side of a change west of UTC).
  const before = wall - offsetAt(wall - 86_400_000);
  const after = wall - offsetAt(wall + 86_400_000);
  const fits = [after, before].filter((t) => t + offsetAt(t) === wall);
  return fits.length ? Math.max(...fits) : before;
}

/** The opening intervals, as UTC instants, from the local day of `at` onwards (at most a year). */
function* intervalsFrom(hours: BusinessHours, at: Date): Generator<[number, number]> {
  let day: LocalDate = zonedParts(at, hours.timeZone);
  // Start one day back: a night shift opened yesterday may still be open.
  day = addDays(day, -1);
  for (let i = 0; i < 370; i++, day = addDays(day, 1)) {
    for (const [open, close] of hours.week.get(isoWeekday(day)) ?? []) {
      yield [instantOf(day, open, hours.timeZone), instantOf(day, close, hours.timeZone)];
    }
  }
}

export function isOpen(hours: BusinessHours, at: Date): boolean {
  const t = at.getTime();
  for (const [open, close] of intervalsFrom(hours, at)) {
    if (open > t) return false;
    if (t < close) return true;
  }
  return false;
}

/** `at` itself when open, else when people are next in. */
export function nextOpening(hours: BusinessHours, at: Date): Date {
  const t = at.getTime();
  for (const [open, close] of intervalsFrom(hours, at)) {
    if (t < close) return new Date(Math.max(open, t));
  }
  throw new BusinessHoursError(`"${hours.spec}" never opens`);
}

/** The instant `minutes` of opening hours after `at` (the SLA clock stops while closed). */
export function addBusinessMinutes(hours: BusinessHours, at: Date, minutes: number): Date {
  let left = minutes * MS_PER_MINUTE;
  const t = at.getTime();
  for (const [open, close] of intervalsFrom(hours, at)) {
    if (close <= t) continue;
    const start = Math.max(open, t);
    if (close - start >= left) return new Date(start + left);
    left -= close - start;
  }
  throw new BusinessHoursError(`"${hours.spec}": no ${minutes} open minutes within a year`);
}
