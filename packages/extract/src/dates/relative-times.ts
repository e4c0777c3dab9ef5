// Times stated relative to the publication date ("yesterday", "last week", "last fall", "three
// years ago", "over the weekend") or to an earlier time in the same sentence ("the preceding
// month", "a year later"). "today" counts only when a day is clearly meant; "now" never does.
import type { Analysis } from "../nlp.js";
import { addDays, addMonths, type Day, isoDay, isoMonth, isoSpan, isoYear, mondayOf, weekdayOf } from "./calendar.js";
import { MONTH_NAMES, monthNumber } from "./calendar-names.js";
import { clauseIsPast, pointsForward } from "./context.js";
import { type Draft, fromPublication, NO_PUBLICATION_DATE, type Relation, type Resolution, unresolved } from "./draft.js";
import { anaphoricModifiers, deicticModifiers, nearDayWords, numberWords, type Season, seasons, todayDayMarkers } from "./lexicon.js";
import type { Segment } from "./segments.js";

const UNITS = "day|week|month|year";
const NUMBER = `\\d{1,3}|${Object.keys(numberWords).join("|")}`;
const SEASON = Object.keys(seasons).join("|");

const ANAPHORIC = new RegExp(`\\bthe\\s+(${Object.keys(anaphoricModifiers).join("|")})\\s+(${UNITS})\\b`, "gi");
const ELAPSED_FROM_TIME = new RegExp(`\\b(${NUMBER})\\s+(${UNITS})s?\\s+(earlier|later)\\b`, "gi");
const AGO = new RegExp(`\\b(${NUMBER})\\s+(${UNITS})s?\\s+ago\\b`, "gi");
const DEICTIC = new RegExp(`\\b(last|this past|this|next)\\s+(${UNITS}|weekend)\\b`, "gi");
const DEICTIC_SEASON = new RegExp(`\\b(last|this|next)\\s+(${SEASON})\\b`, "gi");
const SEASON_OF_YEAR = new RegExp(`\\b(${SEASON})\\s+(?:of\\s+)?(\\d{4})\\b`, "gi");
const DEICTIC_MONTH = new RegExp(`\\b([Ll]ast|[Tt]his past|[Tt]his|[Nn]ext)\\s+(${MONTH_NAMES.join("|")})\\b`, "g");
const WEEKEND = /\bthe\s+weekend\b/gi;
/** An approximator before "a year ago", kept in the words ("nearly a year ago"). */
const APPROXIMATE = /\b(?:nearly|almost|about|roughly|more than|less than|over|just over|just under|barely)\s+$/i;
const NEAR_DAY = new RegExp(`\\b(${Object.keys(nearDayWords).join("|")})\\b`, "gi");
const TODAY = /\btoday\b/gi;
/** Every pattern above holds one of these words; a sentence without any is skipped at once. */
const MIGHT_HOLD_RELATIVE = new RegExp(
  `\\b(?:${[...Object.keys(anaphoricModifiers), ...Object.keys(deicticModifiers), ...Object.keys(nearDayWords), SEASON, "ago", "earlier", "later", "weekend", "today"].join("|")})\\b`,
  "i",
);

/** Relative times in one segment. */
export function relativeTimes(analysis: Analysis, segment: Segment, published: Day | null): Draft[] {
  const out: Draft[] = [];
  const text = segment.text;
  if (!MIGHT_HOLD_RELATIVE.test(text)) return out;
  const add = (m: RegExpExecArray, resolution: Resolution | null, relation?: Relation) => {
    const start = segment.start + m.index;
    const draft: Draft = { start, end: start + m[0].length, resolution };
    if (relation) draft.relation = relation;
    out.push(draft);
  };
  const before = (m: RegExpExecArray) => text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();

  for (const m of text.matchAll(ANAPHORIC)) {
    const modifier = (m[1] as string).toLowerCase();
    const unit = (m[2] as string).toLowerCase() as Relation["unit"];
    const offset = anaphoricModifiers[modifier] ?? 0;
    // With no earlier time in the sentence, "the previous year" is read from the publication date;
    // "the next week" then is a duration ("for the next week"), not a date.
    add(m, offset < 0 ? deictic(unit, offset, published) : null, { unit, offset });
  }
  for (const m of text.matchAll(ELAPSED_FROM_TIME)) {
    const n = count(m[1] as string);
    if (n === null) continue;
    const unit = (m[2] as string).toLowerCase() as Relation["unit"];
    const offset = (m[3] as string).toLowerCase() === "earlier" ? -n : n;
    add(m, null, { unit, offset });
  }
  for (const m of text.matchAll(AGO)) {
    const n = count(m[1] as string);
    if (n === null) continue;
    const unit = (m[2] as string).toLowerCase() as Relation["unit"];
    // "down 10 percent from a year ago": the same month a year back (of the sentence's month, when
    // it names one); "four years ago" is only a year.
    if (unit === "year" && n === 1) {
      const start = segment.start + m.index - (APPROXIMATE.exec(before(m))?.[0].length ?? 0);
      out.push({
        start,
        end: segment.start + m.index + m[0].length,
        resolution: deictic("month", -12, published),
        relation: { unit: "month", offset: -12, fallback: true },
      });
    } else add(m, deictic(unit, -n, published));
  }
  for (const m of text.matchAll(DEICTIC)) {
    // "the last year", "for the next week": durations, not dates.
    if (/\b(?:the|for|over|past)\s+$/.test(before(m))) continue;
    const offset = deicticModifiers[(m[1] as string).toLowerCase()] ?? 0;
    const unit = (m[2] as string).toLowerCase();
    add(m, unit === "weekend" ? weekend(offset, published) : deictic(unit as Relation["unit"], offset, published));
  }
  for (const m of text.matchAll(DEICTIC_SEASON)) {
    if (/\b(?:the|for|over|past)\s+$/.test(before(m))) continue;
    const season = seasons[(m[2] as string).toLowerCase()] as Season;
    add(m, seasonFromPublication(season, deicticModifiers[(m[1] as string).toLowerCase()] ?? 0, published));
  }
  for (const m of text.matchAll(SEASON_OF_YEAR)) {
    const season = seasons[(m[1] as string).toLowerCase()] as Season;
    add(m, { ...seasonSpan(season, Number(m[2])), anchor: { kind: "absolute" } });
  }
  for (const m of text.matchAll(DEICTIC_MONTH)) {
    const month = monthNumber(m[2] as string);
    const modifier = (m[1] as string).toLowerCase();
    add(m, monthFromPublication(month, modifier === "this past" ? "last" : modifier, published));
  }
  for (const m of text.matchAll(WEEKEND)) {
    if (/\b(?:last|this|next)\s+$/.test(before(m))) continue;
    const forward = pointsForward(analysis, segment.start + m.index, segment.start + m.index + m[0].length);
    add(m, weekend(forward ? 1 : 0, published, true));
  }
  for (const m of text.matchAll(NEAR_DAY)) {
    const offset = nearDayWords[(m[1] as string).toLowerCase()] ?? 0;
    add(m, published ? fromPublication(isoDay(addDays(published, offset)), "day", published) : unresolved("day", NO_PUBLICATION_DATE));
  }
  for (const m of text.matchAll(TODAY)) {
    const start = segment.start + m.index;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const pre = before(m);
    const meansDay =
      /^['’]s/.test(after) ||
      todayDayMarkers.some((w) => pre.endsWith(`${w} `)) ||
      (!/\bof\s+$/.test(pre) && clauseIsPast(analysis, start));
    if (!meansDay) continue;
    add(m, published ? fromPublication(isoDay(published), "day", published) : unresolved("day", NO_PUBLICATION_DATE));
  }
  return out;
}

function count(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return numberWords[word.toLowerCase()] ?? null;
}

function precisionOf(unit: Relation["unit"]): Resolution["precision"] {
  return unit === "week" ? "span" : unit;
}

/** The period `offset` units from the publication date: last week, this month, three years ago. */
export function deictic(unit: Relation["unit"], offset: number, published: Day | null): Resolution {
  if (!published) return unresolved(precisionOf(unit), NO_PUBLICATION_DATE);
  return fromPublication(shifted(published, unit, offset), precisionOf(unit), published);
}

/** The ISO value of the `unit` that lies `offset` units from `day`. */
export function shifted(day: Day, unit: Relation["unit"], offset: number): string {
  switch (unit) {
    case "day":
      return isoDay(addDays(day, offset));
    case "week": {
      const monday = mondayOf(addDays(day, 7 * offset));
      return isoSpan(isoDay(monday), isoDay(addDays(monday, 6)));
    }
    case "month":
      return isoMonth(addMonths(day, offset));
    case "year":
      return isoYear(day.year + offset);
  }
}

/**
 * A weekend: "last weekend" / "the weekend" is the latest Saturday-Sunday that has begun by the
 * publication day; "next weekend" (or "the weekend" spoken of as ahead) the first one after it.
 */
function weekend(offset: number, published: Day | null, bare = false): Resolution {
  if (!published) return unresolved("span", NO_PUBLICATION_DATE);
  const sinceSaturday = (weekdayOf(published) + 1) % 7;
  const lastSaturday = addDays(published, -sinceSaturday);
  let saturday = lastSaturday;
  if (offset > 0) saturday = addDays(lastSaturday, 7);
  // "last weekend" said on a Saturday or Sunday means the one before.
  if (offset < 0 && !bare && sinceSaturday <= 1) saturday = addDays(lastSaturday, -7);
  if (offset === 0 && !bare) saturday = addDays(mondayOf(published), 5);
  return fromPublication(isoSpan(isoDay(saturday), isoDay(addDays(saturday, 1))), "span", published);
}

function seasonSpan(season: Season, year: number): Pick<Resolution, "value" | "precision"> {
  const endYear = season.last < season.first ? year + 1 : year;
  return { value: isoSpan(isoMonth({ year, month: season.first }), isoMonth({ year: endYear, month: season.last })), precision: "span" };
}

/** "last fall": the latest such season over before the publication month; "this"/"next" the current or coming one. */
function seasonFromPublication(season: Season, offset: number, published: Day | null): Resolution {
  if (!published) return unresolved("span", NO_PUBLICATION_DATE);
  const index = published.year * 12 + published.month - 1;
  const startIndex = (year: number) => year * 12 + season.first - 1;
  const endIndex = (year: number) => startIndex(year) + ((season.last - season.first + 12) % 12);
  const distance = (year: number) => Math.max(0, startIndex(year) - index, index - endIndex(year));
  const years = [published.year - 2, published.year - 1, published.year, published.year + 1];
  let year: number;
  if (offset < 0) year = years.filter((y) => endIndex(y) < index).at(-1) as number;
  else if (offset > 0) year = years.find((y) => startIndex(y) > index) as number;
  else year = years.reduce((best, y) => (distance(y) < distance(best) ? y : best));
  return { ...seasonSpan(season, year), anchor: { kind: "publication", date: isoDay(published) } };
}

/** "last February": the latest February before the publication month; "next March" the first after it. */
function monthFromPublication(month: number, modifier: string, published: Day | null): Resolution {
  if (!published) return unresolved("month", NO_PUBLICATION_DATE);
  let year = published.year;
  if (modifier === "last" && month >= published.month) year--;
  if (modifier === "next" && month <= published.month) year++;
  return fromPublication(isoMonth({ year, month }), "month", published);
}
