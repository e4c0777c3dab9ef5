// The publication date every relative time is read against.
import { z } from "zod";
import { type Day, isCalendarDay } from "./calendar.js";

// The calendar day as the publisher wrote it: the date part of an ISO timestamp, not converted to UTC,
// because "Monday" in the article means the publisher's Monday.
const PublishedSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

/** The publication day of `published` (YYYY-MM-DD or an ISO timestamp); null when absent or not a date. */
export function publicationDay(published: string | null): Day | null {
  if (published === null || !PublishedSchema.safeParse(published.trim()).success) return null;
  const [year, month, day] = published.trim().slice(0, 10).split("-").map(Number) as [number, number, number];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}
