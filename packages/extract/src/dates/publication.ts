// The publication day every relative time is read against: the outlet's own calendar day. "Tonight"
// in a story stamped 02:59Z about an evening game in New York means the evening before in UTC terms,
// so a UTC stamp gives way to a local date the outlet writes (the date in its URL), and any other
// timestamp is read in its own offset, not converted.
import { z } from "zod";
import { type Day, daysBetween, isCalendarDay } from "./calendar.js";

const PublishedSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);
// "/2019/11/19/", "/2019-11-19-title": the date an outlet files a story under.
const URL_DATE = /(?:^|\/)((?:19|20)\d{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;
/** A stamp in UTC ("Z", "+00:00") or a bare date, which may be the UTC day rather than the outlet's. */
const UTC_OR_DAY = /^\d{4}-\d{2}-\d{2}(?:$|T.*(?:Z|[+-]00:?00)$)/i;

/**
 * The publication day of `published` (YYYY-MM-DD or an ISO timestamp), read as the outlet's local
 * day: a timestamp's own offset, or for a UTC stamp or bare date the date in `url` when that lies
 * within a day of it. Null when `published` is absent or not a date.
 */
export function publicationDay(published: string | null, url: string | null = null): Day | null {
  const written = published?.trim() ?? "";
  if (!PublishedSchema.safeParse(written).success) return null;
  const [year, month, day] = written.slice(0, 10).split("-").map(Number) as [number, number, number];
  if (!isCalendarDay(year, month, day)) return null;
  const stamped: Day = { year, month, day };
  if (!UTC_OR_DAY.test(written)) return stamped;
  const local = urlDay(url);
  return local && Math.abs(daysBetween(stamped, local)) <= 1 ? local : stamped;
}

/** The calendar date an article URL is filed under, or null. */
export function urlDay(url: string | null): Day | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}
