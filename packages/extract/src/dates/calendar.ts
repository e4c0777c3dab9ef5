// Calendar arithmetic on plain year/month/day numbers (UTC), so results never depend on the
// machine's time zone.

/** A calendar day; month is 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A calendar month; month is 1-12. */
export interface Month {
  year: number;
  month: number;
}

const MS_PER_DAY = 86_400_000;

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (before when negative). */
export function addDays(d: Day, n: number): Day {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** The month `n` months after `m`. */
export function addMonths(m: Month, n: number): Month {
  const index = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whether year/month/day name a real calendar day (rejects February 30). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = fromUtc(Date.UTC(year, month - 1, day));
  return d.year === year && d.month === month && d.day === day && month >= 1 && month <= 12;
}

/** The Monday starting the ISO week that holds `d`. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export const isoYear = (year: number): string => pad(year, 4);
export const isoMonth = (m: Month): string => `${pad(m.year, 4)}-${pad(m.month)}`;
export const isoDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
/** An ISO 8601 interval of two values of any precision ("2013/2018", "2019-11-11/2019-11-17"). */
export const isoSpan = (start: string, end: string): string => `${start}/${end}`;
