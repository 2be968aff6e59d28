/**
 * The BUSINESS_HOURS setting: weekly opening hours in one IANA zone ("Mon-Fri 09:00-18:00; Sat
 * 10:00-14:00", or "24/7"), read from the environment by src/config.ts and used by the handoff desk's
 * clocks (src/escalation/businessHours.ts). A value of its own, so configuration does not import escalation.
 */
const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Opening intervals per ISO weekday (1 = Monday), in minutes after local midnight, [open, close). */
export interface BusinessHours {
  readonly spec: string;
  readonly timeZone: string;
  readonly week: ReadonlyMap<number, readonly (readonly [number, number])[]>;
  /** Local dates (YYYY-MM-DD) the desk is closed all day whatever the weekday: public holidays. */
  readonly closedOn?: ReadonlySet<string>;
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

const HOLIDAYS = /^closed\s+(.+)$/i;

/** "closed 2026-12-25, 2027-01-01": the holidays of a spec. */
function closedDates(part: string, spec: string): string[] {
  return HOLIDAYS.exec(part)![1]!.split(',').map((d) => {
    const date = d.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new BusinessHoursError(`"${date}" in "${spec}" is not a date (YYYY-MM-DD)`);
    return date;
  });
}

/**
 * Parses "Mon-Fri 09:00-18:00; Sat 10:00-14:00" (day ranges or lists, then one or more HH:MM-HH:MM
 * ranges separated by commas) or "24/7", and holidays as one more part: "closed 2026-12-25, 2027-01-01".
 * Throws BusinessHoursError naming what is wrong.
 */
export function parseBusinessHours(spec: string, timeZone: string): BusinessHours {
  const week = new Map<number, [number, number][]>();
  const parts = spec.split(';').map((p) => p.trim());
  const closedOn = new Set(parts.filter((p) => HOLIDAYS.test(p)).flatMap((p) => closedDates(p, spec)));
  const text = parts.filter((p) => !HOLIDAYS.test(p)).join('; ');
  if (/^(24\/7|always)$/i.test(text)) {
    for (let d = 1; d <= 7; d++) week.set(d, [[0, 24 * 60]]);
    return { spec: spec.trim(), timeZone, week, closedOn };
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
  return { spec: spec.trim(), timeZone, week, closedOn };
}
