// Holidays on a fixed calendar day ("on Christmas Eve", "before Halloween"), read like a date
// without a year. Only after a preposition of time: "Christmas shopping" names no day.
import type { Analysis } from "../nlp.js";
import { type Day, isoDay } from "./calendar.js";
import { pointsForward, previousToken } from "./context.js";
import { type Draft, fromPublication, NO_PUBLICATION_DATE, unresolved } from "./draft.js";
import { fixedHolidays, holidayPrepositions } from "./lexicon.js";
import { yearFor } from "./readings.js";
import type { Segment } from "./segments.js";

// Longest names first, so "Christmas Eve" wins over "Christmas".
const NAMES = Object.keys(fixedHolidays).sort((a, b) => b.length - a.length);
const HOLIDAY = new RegExp(`\\b(?:${NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g");

/** Fixed-day holidays in one segment. */
export function holidayTimes(analysis: Analysis, segment: Segment, published: Day | null): Draft[] {
  const out: Draft[] = [];
  for (const m of segment.text.matchAll(HOLIDAY)) {
    const start = segment.start + m.index;
    const before = previousToken(analysis, start);
    if (!m[0].startsWith("the ") && (!before || !holidayPrepositions.has(before.lemma))) continue;
    const [month, day] = fixedHolidays[m[0]] as [number, number];
    const resolution = published
      ? fromPublication(
          isoDay({ year: yearFor(month, day, published, pointsForward(analysis, start, start + m[0].length)), month, day }),
          "day",
          published,
        )
      : unresolved("day", `no year written; ${NO_PUBLICATION_DATE}`);
    out.push({ start, end: start + m[0].length, resolution, inYear: (year) => isoDay({ year, month, day }) });
  }
  return out;
}
