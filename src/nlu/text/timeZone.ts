export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The last answer of zonedParts: a batch parses many messages against one now and zone, and Intl is slow. */
let lastZoned: { ms: number; timeZone: string; parts: Readonly<LocalDate & { offsetMinutes: number }> } | null = null;

/** The wall-clock fields of `instant` in `timeZone` and its offset from UTC in minutes. */
export function zonedParts(instant: Date, timeZone: string): LocalDate & { offsetMinutes: number } {
  const ms = instant.getTime();
  if (lastZoned && lastZoned.ms === ms && lastZoned.timeZone === timeZone) return { ...lastZoned.parts };
  const result = zonedPartsUncached(instant, timeZone);
  lastZoned = { ms, timeZone, parts: Object.freeze({ ...result }) };
  return result;
}

function zonedPartsUncached(instant: Date, timeZone: string): LocalDate & { offsetMinutes: number } {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const wall = Date.UTC(year, month - 1, day, get('hour'), get('minute'), get('second'));
  const offsetMinutes = Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  return { year, month, day, offsetMinutes };
}

/** Calendar arithmetic on local dates, done in UTC so no DST can shift a day. */
export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: LocalDate): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatDate(d: LocalDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function isRealDate(d: LocalDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}
