// Calendar dates, months and weekdays read by chrono-node. chrono finds the words and tells which
// components were written; the reading of what was left out (the year of "April 9th", the week of
// "Monday") is ours (readings.ts), because chrono picks the closest reading and news does not.
// Casual and relative phrases ("today", "last week") are left to relative-times.ts.
import { createRequire } from "node:module";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import type * as ChronoEn from "chrono-node/en";
import type { Analysis } from "../nlp.js";
import { type Day, isCalendarDay, isoDay, isoMonth, isoSpan, isoYear, weekdayOf } from "./calendar.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar-names.js";
import { pointsForward, previousToken } from "./context.js";
import { absolute, type Draft, fromPublication, NO_PUBLICATION_DATE, type Resolution, unresolved } from "./draft.js";
import { dayPartModifiers, namedDayWords } from "./lexicon.js";
import { monthAloneFits } from "./month-names.js";
import { dayForWeekday, type WeekdayModifier, yearFor } from "./readings.js";
import type { Segment } from "./segments.js";

// Relative and casual phrases are read by relative-times.ts; chrono's parsers for them only cost time
// (and would swallow "April 9th" into "a week after April 9th").
const SKIPPED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENCasualDateParser",
  "ENEndOfCurrentMonthParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);
type Parser = ReturnType<typeof ChronoEn.casual.clone>;
let parser: Parser | undefined;

/** chrono takes about a third of the package's import time: loaded on the first text that may hold a date. */
function chronoParser(): Parser {
  if (!parser) {
    const { casual } = createRequire(import.meta.url)("chrono-node/en") as typeof ChronoEn;
    parser = casual.clone();
    parser.parsers = parser.parsers.filter((p) => !SKIPPED_PARSERS.has(p.constructor.name));
  }
  return parser;
}

/** chrono needs some reference; without a publication date a fixed one keeps output deterministic, and implied parts are ignored. */
const FIXED_REFERENCE = new Date(2000, 0, 1, 12);

const LEADING_WORDS = /^(?:(?:on|in|at|by|from|since|until|of|during)\s+)+/i;
const TRAILING = /[\s,;:)]+$/;
// Abbreviations with a full stop ("Oct.", "Sept.", "Tues."); the longer forms AP style uses come first.
const SHORT_NAMES = [...MONTH_NAMES, ...WEEKDAY_NAMES].filter((n) => n.length > 3).map((n) => n.slice(0, 3).toLowerCase());
const ABBREVIATION = new RegExp(`\\b(?:sept|tues|thurs|thur|${SHORT_NAMES.join("|")})\\.$`, "i");
const FULL_WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.join("|")})\\b`, "i");
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_NAMES.join("|")}|(?:sept|${MONTH_NAMES.map((n) => n.slice(0, 3)).join("|")})\\.)`, "i");
// Capitalized or upper case, as the names must be to be kept (see draftOf).
const NAME_STARTS = [...MONTH_NAMES, ...WEEKDAY_NAMES].map((n) => n.slice(0, 3));
const MIGHT_HOLD_DATE = new RegExp(`\\b(?:${NAME_STARTS.flatMap((n) => [n, n.toUpperCase()]).join("|")})|\\d[/.-]\\d`);
const SLASH_WITHOUT_YEAR = /^\d{1,2}[/.-]\d{1,2}$/;

/** Dates, months and weekdays chrono finds in one segment. */
export function chronoTimes(analysis: Analysis, segment: Segment, published: Day | null): Draft[] {
  const reference = published ? new Date(published.year, published.month - 1, published.day, 12) : FIXED_REFERENCE;
  const out: Draft[] = [];
  // chrono is the costly step; most sentences name no month, weekday or numeric date.
  if (!MIGHT_HOLD_DATE.test(segment.text)) return out;
  for (const result of chronoParser().parse(segment.text, { instant: reference }, { forwardDate: false })) {
    const draft = draftOf(analysis, segment, result, published);
    if (draft) out.push(draft);
  }
  return out;
}

function draftOf(analysis: Analysis, segment: Segment, result: ParsedResult, published: Day | null): Draft | null {
  const tags = result.tags();
  // "today", "now", "last week", "three years ago": relative-times.ts reads these with their own rules.
  if (tags.has("parser/ENCasualDateParser") || tags.has("result/relativeDate")) return null;
  let text = result.text;
  let start = segment.start + result.index;
  const lead = LEADING_WORDS.exec(text)?.[0] ?? "";
  text = text.slice(lead.length);
  start += lead.length;
  text = text.replace(TRAILING, "");
  if (text.endsWith(".") && !ABBREVIATION.test(text)) text = text.slice(0, -1);
  if (!text || /weekend/i.test(text)) return null;
  // Lower-case words only ("sun-drenched", "may"): not a date.
  if (!/[A-Z0-9]/.test(text)) return null;
  if (SLASH_WITHOUT_YEAR.test(text)) return null;

  const c = result.start;
  const has = (k: "year" | "month" | "day" | "weekday") => c.isCertain(k);
  if (!has("year") && !has("month") && !has("weekday")) return null;
  if (has("weekday") && !has("month")) {
    if (!FULL_WEEKDAY.test(text)) return null;
    // "Black Friday", "Super Tuesday": names of days, not dates.
    const before = previousToken(analysis, start);
    if (before && namedDayWords.has(before.text.toLowerCase())) return null;
  }
  // "mid-November", "late Thursday": the modifier belongs to the words, not the value.
  const modified = dayPartModifierBefore(analysis.text, start);
  if (has("month") && !has("day") && !has("year")) {
    // A month alone must look like one ("in May", "since March"), not a modal verb or a name.
    if (!MONTH_WORD.test(text)) return null;
    if (!monthAloneFits(analysis, start, start + text.length, modified !== null)) return null;
  }

  const modifier = modifierOf(text);
  const forward = pointsForward(analysis, start, start + text.length);
  const end = result.end;
  /** The value read with the given publication day, or in the given year. */
  const read = (day: Day | null, year: number | null): Resolution | null => {
    const first = resolve(c, day, modifier, forward, year);
    if (!end || !first) return first;
    // "March to May 2020": the start takes its year from the end.
    const again = !has("year") && end.isCertain("year") ? resolve(c, day, modifier, forward, end.get("year")) : null;
    const from = again ?? first;
    let to = resolve(end, day, null, forward, yearOf(from));
    // "Dec. 28 to Jan. 3": the end is in the next year.
    if (to?.value && from.value && to.value < from.value && !end.isCertain("year"))
      to = resolve(end, day, null, forward, (yearOf(from) ?? 0) + 1);
    if (!to) return null;
    if (!from.value || !to.value) return unresolved("span", NO_PUBLICATION_DATE);
    const anchor = from.anchor.kind === "publication" ? from.anchor : to.anchor;
    // A span is of days: the schema has no clock times inside an interval.
    const dayOnly = (v: string) => v.replace(/T.*$/, "");
    return { value: isoSpan(dayOnly(from.value), dayOnly(to.value)), precision: "span", anchor };
  };
  const resolution = read(published, null);
  if (!resolution) return null;
  const draft: Draft = { start, end: start, resolution };
  // A date without a year takes the year of an earlier time in its sentence ("In 2013 … on Oct. 1").
  if (has("month") && !has("year") && !end?.isCertain("year")) draft.inYear = (year) => read(null, year)?.value ?? null;
  if (has("weekday") && has("day")) draft.weekdayWritten = true;
  if (modified) {
    start -= modified.length;
    text = modified + text;
  }
  draft.start = start;
  draft.end = start + text.length;
  return draft;
}

/** The "mid-", "early " or "late " written right before `start`, as written. */
function dayPartModifierBefore(text: string, start: number): string | null {
  const prefix = text.slice(Math.max(0, start - 6), start);
  for (const m of dayPartModifiers) {
    for (const joiner of ["-", " "]) {
      const written = prefix.slice(-(m.length + 1));
      const boundary = text.charAt(start - written.length - 1);
      if (written.toLowerCase() === m + joiner && !/\p{L}/u.test(boundary)) return written;
    }
  }
  return null;
}

function modifierOf(text: string): WeekdayModifier {
  const m = /^(last|next|this|coming)\s/i.exec(text)?.[1]?.toLowerCase();
  if (m === "coming") return "next";
  return m === "last" || m === "next" || m === "this" ? m : null;
}

function yearOf(r: Resolution): number | null {
  const m = r.value ? /^(\d{4})/.exec(r.value) : null;
  return m ? Number(m[1]) : null;
}

/** Value of one set of chrono components; `yearHint` gives a range's other end its year. */
function resolve(
  c: ParsedComponents,
  published: Day | null,
  modifier: WeekdayModifier,
  forward: boolean,
  yearHint: number | null,
): Resolution | null {
  const year = c.isCertain("year") ? c.get("year") : null;
  const month = c.isCertain("month") ? c.get("month") : null;
  const day = c.isCertain("day") ? c.get("day") : null;
  const weekday = c.isCertain("weekday") ? c.get("weekday") : null;
  const timed = c.isCertain("hour");

  let date: Day | null = null;
  let precision: Resolution["precision"];
  let fromPub = false;
  if (month !== null) {
    let y = year ?? yearHint;
    if (y === null) {
      if (!published) return unresolved(day === null ? "month" : "day", `no year written; ${NO_PUBLICATION_DATE}`);
      y = yearFor(month, day, published, forward);
      // "Wednesday, March 18": the written weekday picks the year when the default reading disagrees.
      if (day !== null && weekday !== null) y = yearMatchingWeekday(y, month, day, weekday);
      fromPub = true;
    }
    if (day === null) {
      if (timed) return null;
      const value = isoMonth({ year: y, month });
      return fromPub && published ? fromPublication(value, "month", published) : absolute(value, "month");
    }
    if (!isCalendarDay(y, month, day)) return null;
    date = { year: y, month, day };
    precision = "day";
  } else if (weekday !== null) {
    if (!published) return unresolved(timed ? "instant" : "day", `a weekday; ${NO_PUBLICATION_DATE}`);
    date = dayForWeekday(weekday, published, modifier, forward);
    fromPub = true;
    precision = "day";
  } else if (year !== null) {
    return absolute(isoYear(year), "year");
  } else {
    return null;
  }
  let value = isoDay(date);
  if (timed) {
    precision = "instant";
    value += `T${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}`;
    const offset = c.isCertain("timezoneOffset") ? c.get("timezoneOffset") : null;
    if (offset !== null) value += offsetText(offset);
  }
  return fromPub && published ? fromPublication(value, precision, published) : absolute(value, precision);
}

function yearMatchingWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const y of [year, year - 1, year + 1]) {
    if (isCalendarDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday) return y;
  }
  return year;
}

function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
