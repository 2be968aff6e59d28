/**
 * Local calendar arithmetic in IANA time zones without a date library. Intl gives the UTC offset of
 * an instant; to keep 100,000+ shipments fast we ask Intl once per zone per day of the demo window
 * and find each DST change to the minute by bisection, so every later lookup is a small array scan.
 */
import { zonedParts } from '../nlu/text/timeZone.ts';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date: the unit in which local dates are counted here. */
export type DayNumber = number;

function intlOffsetMs(timeZone: string, utcMs: number): number {
  return zonedParts(new Date(utcMs), timeZone).offsetMinutes * MS_PER_MINUTE;
}

interface Segment {
  fromMs: number;
  offsetMs: number;
}

/** Offsets of the zones used by one generation run, exact inside [fromMs, toMs]. */
export class TimeZones {
  private readonly segments = new Map<string, Segment[]>();

  constructor(
    private readonly fromMs: number,
    private readonly toMs: number,
  ) {}

  private build(timeZone: string): Segment[] {
    const segs: Segment[] = [{ fromMs: -Infinity, offsetMs: intlOffsetMs(timeZone, this.fromMs) }];
    let prevMs = this.fromMs;
    let prevOff = segs[0]!.offsetMs;
    for (let t = this.fromMs + MS_PER_DAY; t <= this.toMs + MS_PER_DAY; t += MS_PER_DAY) {
      const off = intlOffsetMs(timeZone, t);
      if (off !== prevOff) {
        // The change lies in (prevMs, t]: bisect to the minute.
        let lo = prevMs;
        let hi = t;
        while (hi - lo > MS_PER_MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
          if (intlOffsetMs(timeZone, mid) === prevOff) lo = mid;
          else hi = mid;
        }
        segs.push({ fromMs: hi, offsetMs: off });
        prevOff = off;
      }
      prevMs = t;
    }
    return segs;
  }

  /** UTC offset of `timeZone` at the instant `utcMs`, in ms (east positive). */
  offsetMs(timeZone: string, utcMs: number): number {
    if (utcMs < this.fromMs - MS_PER_DAY || utcMs > this.toMs + MS_PER_DAY) {
      return intlOffsetMs(timeZone, utcMs);
    }
    let segs = this.segments.get(timeZone);
    if (!segs) {
      segs = this.build(timeZone);
      this.segments.set(timeZone, segs);
    }
    let off = segs[0]!.offsetMs;
    for (let i = 1; i < segs.length && segs[i]!.fromMs <= utcMs; i++) off = segs[i]!.offsetMs;
    return off;
  }

  /** The local calendar day of an instant. */
  localDay(timeZone: string, utcMs: number): DayNumber {
    return Math.floor((utcMs + this.offsetMs(timeZone, utcMs)) / MS_PER_DAY);
  }

  /** The instant of a local wall-clock time (`minutes` after local midnight of `day`). */
  toUtc(timeZone: string, day: DayNumber, minutes: number): number {
    const wall = day * MS_PER_DAY + minutes * MS_PER_MINUTE;
    const guess = wall - this.offsetMs(timeZone, wall);
    return wall - this.offsetMs(timeZone, guess);
  }
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** `n` business days (Monday to Friday) after `day`. */
export function addBusinessDays(day: DayNumber, n: number): DayNumber {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    if (!isWeekend(d)) left--;
  }
  return d;
}

/** YYYY-MM-DD of a day number. */
export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
/** "HH:MM:" for every minute of a day and "SS.000Z" for every second: toISOString is the hot spot otherwise. */
const HH_MM = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:`);
const SS_Z = Array.from({ length: 60 }, (_, s) => `${pad2(s)}.000Z`);
const datePrefixes = new Map<number, string>();

/**
 * ISO 8601 UTC in `Date.toISOString()` form with whole seconds (2026-03-20T09:00:00.000Z), the form
 * the rest of the code writes, so instants compare correctly as strings.
 */
export function isoInstant(utcMs: number): string {
  const secs = Math.floor(utcMs / 1000);
  const day = Math.floor(secs / 86400);
  const inDay = secs - day * 86400;
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = `${isoDate(day)}T`;
    datePrefixes.set(day, prefix);
  }
  return prefix + HH_MM[Math.floor(inDay / 60)]! + SS_Z[inDay % 60]!;
}
