// Which calendar reading a date without a year, or a bare weekday, means. News style writes the year
// only when it is not the current one, so the publication year is the default; the next year is
// taken only when the words point forward ("scheduled for Feb. 14"), the previous one only when the
// publication-year reading would lie more than half a year ahead.
import { addDays, type Day, daysBetween, type Month, weekdayOf } from "./calendar.js";

/** The year of a yearless month (and day) relative to the publication day. */
export function yearFor(month: number, day: number | null, published: Day, forward: boolean): number {
  const years = forward ? [published.year - 1, published.year, published.year + 1] : [published.year - 1, published.year];
  let best = published.year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of years) {
    const distance = Math.abs(distanceTo({ year, month }, day, published));
    // Ties go to the earlier year: the past is the safer reading of news.
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** Days from the publication day to a reading; 0 when the month holds the publication day. */
function distanceTo(m: Month, day: number | null, published: Day): number {
  if (day !== null) return daysBetween(published, { year: m.year, month: m.month, day });
  const first = { year: m.year, month: m.month, day: 1 };
  if (m.year === published.year && m.month === published.month) return 0;
  return daysBetween(published, first);
}

/** "last", "next", "this" or nothing in front of a weekday. */
export type WeekdayModifier = "last" | "next" | "this" | null;

/**
 * The day a weekday name means: the most recent such day on or before publication, or the next one
 * on or after it when the words point forward; "last"/"next" exclude the publication day itself,
 * "this" takes the nearest.
 */
export function dayForWeekday(weekday: number, published: Day, modifier: WeekdayModifier, forward: boolean): Day {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  switch (modifier) {
    case "last":
      return addDays(published, -(back === 0 ? 7 : back));
    case "next":
      return addDays(published, ahead === 0 ? 7 : ahead);
    case "this":
      return addDays(published, ahead <= back ? ahead : -back);
    default:
      return forward ? addDays(published, ahead) : addDays(published, -back);
  }
}
