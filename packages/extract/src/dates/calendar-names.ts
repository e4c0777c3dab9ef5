// English month and weekday names from the runtime's own locale data (ICU), not a hand-written list.

const monthFormat = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" });
const weekdayFormat = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: "UTC" });

/** "January" … "December"; index 0 is January. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) => monthFormat.format(Date.UTC(2000, i, 1)));
/** "Sunday" … "Saturday"; index 0 is Sunday (2000-01-02 was a Sunday). */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, i) => weekdayFormat.format(Date.UTC(2000, 0, 2 + i)));

/** Month (1-12) of a full English month name in any case, or 0. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.toLowerCase() === lower) + 1;
}
