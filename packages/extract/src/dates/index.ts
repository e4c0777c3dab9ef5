// Time expressions of an article: chrono-node for calendar dates and weekdays, patterns for years,
// spans and relative phrases, all resolved against the publication date (or an earlier time of the
// same sentence when the words say so). See README.md beside this file for the rules.
import type { Span, TimeCandidate } from "../candidates.js";
import type { Analysis, Token } from "../nlp.js";
import { addMonths, type Day, isoDay, isoMonth, isoYear } from "./calendar.js";
import { chronoTimes } from "./chrono-times.js";
import { pointsForward, spokenOfAsPast, tokenIndexAt } from "./context.js";
import type { Draft, Relation, Resolution } from "./draft.js";
import { holidayTimes } from "./holidays.js";
import { monthNameTimes } from "./month-names.js";
import { publicationDay } from "./publication.js";
import { joinedRanges } from "./ranges.js";
import { relativeTimes, shifted } from "./relative-times.js";
import { segmentsOf } from "./segments.js";
import { yearTimes } from "./year-times.js";

/**
 * Dates, months, years and spans, resolved against the publication date (YYYY-MM-DD or ISO
 * timestamp) when given, read as the outlet's local day (the article's URL may say which).
 */
export function findTimes(analysis: Analysis, published: string | null, url: string | null = null): TimeCandidate[] {
  const day = publicationDay(published, url);
  const drafts: Draft[] = [];
  for (const segment of segmentsOf(analysis)) {
    drafts.push(...chronoTimes(analysis, segment, day), ...relativeTimes(analysis, segment, day), ...holidayTimes(analysis, segment, day));
  }
  drafts.push(...yearTimes(analysis, day?.year ?? null), ...monthNameTimes(analysis, day));

  const out: TimeCandidate[] = [];
  const sentences: number[] = [];
  for (const draft of joinedRanges(analysis.text, withoutOverlaps(drafts))) {
    const sentence = sentenceAt(analysis, draft.start);
    let resolution = draft.resolution;
    if (draft.relation) {
      const relation = draft.relation;
      // "The next year, …" opening a sentence continues the story of the sentence before.
      const from = opensSentence(analysis, draft.start) ? sentence - 1 : sentence;
      for (let j = out.length - 1; j >= Math.max(0, out.length - MAX_LOOKBACK) && (sentences[j] ?? -1) >= from; j--) {
        const earlier = out[j] as TimeCandidate;
        if (earlier.value === null) continue;
        if (sentences[j] !== sentence && !sameParagraph(analysis.text, earlier.words.end, draft.start)) break;
        const value = related(earlier.value, relation);
        const precision = relation.unit === "week" ? "span" : relation.unit;
        if (!value && relation.fallback) break;
        resolution = value
          ? { value, precision, anchor: { kind: "time", index: j } }
          : { value: null, precision, anchor: { kind: "unresolved", reason: `relative to "${earlier.words.text}", which is too coarse` } };
        break;
      }
    }
    if (draft.inYear) {
      const j = lastIndexWhere(out, sentences, sentence, (t) => t.anchor.kind === "absolute" && t.value !== null);
      const earlier = out[j];
      const year = earlier && setsTheYear(analysis, earlier.words, draft) ? Number(earlier.value?.slice(0, 4)) : null;
      const value = year === null ? null : draft.inYear(year);
      if (value) resolution = { value, precision: resolution?.precision ?? "day", anchor: { kind: "time", index: j } };
    }
    if (
      resolution &&
      draft.inYear &&
      !draft.weekdayWritten &&
      day &&
      liesAhead(resolution, day) &&
      !pointsForward(analysis, draft.start, draft.end)
    ) {
      if (spokenOfAsPast(analysis, draft.start, draft.end)) resolution = storyYear(out, draft, day) ?? resolution;
    }
    if (!resolution) continue;
    out.push({ words: { start: draft.start, end: draft.end, text: analysis.text.slice(draft.start, draft.end) }, ...resolution });
    sentences.push(sentence);
  }
  return out;
}

/**
 * Whether an earlier time of the sentence gives its year to a yearless date: when it opens the
 * sentence ("In 2013, … on Oct. 1"), or stands in the same clause and the date is not spoken of as
 * ahead. "Inflation, which peaked in October 2022, had fallen by July" keeps July in the current year.
 */
function setsTheYear(analysis: Analysis, earlier: Span, draft: Draft): boolean {
  const first = analysis.tokens[tokenIndexAt(analysis, earlier.start)];
  const sentence = first ? analysis.sentences[first.sentence] : undefined;
  if (first && sentence && first.index - sentence.firstToken <= 2) return true;
  return !CLAUSE_BREAK.test(analysis.text.slice(earlier.end, draft.start)) && !pointsForward(analysis, draft.start);
}

/**
 * A yearless date in a past clause cannot lie after publication ("But by December, his symptoms
 * worsened" in a November article): it continues the year of the story's last written date before
 * it (the next year when its month comes earlier), else it is the previous year's.
 */
function storyYear(out: TimeCandidate[], draft: Draft, day: Day): Resolution | null {
  const inYear = draft.inYear as (year: number) => string | null;
  const published = isoDay(day);
  for (let j = out.length - 1; j >= Math.max(0, out.length - MAX_LOOKBACK); j--) {
    const earlier = out[j] as TimeCandidate;
    if (earlier.anchor.kind !== "absolute" || !earlier.value || !/^\d{4}-\d{2}/.test(earlier.value)) continue;
    const year = Number(earlier.value.slice(0, 4));
    for (const y of [year, year + 1]) {
      const value = inYear(y);
      if (value && value >= earlier.value.slice(0, value.length) && value <= published) {
        return { value, precision: value.length > 7 ? "day" : "month", anchor: { kind: "time", index: j } };
      }
    }
    break;
  }
  const value = inYear(day.year - 1);
  return value ? { value, precision: value.length > 7 ? "day" : "month", anchor: { kind: "publication", date: published } } : null;
}

/** Whether a resolution read from the publication day lies after it. */
function liesAhead(resolution: Resolution, day: Day): boolean {
  if (resolution.anchor.kind !== "publication" || !resolution.value) return false;
  const value = resolution.value.slice(0, 10);
  return value > isoDay(day).slice(0, value.length);
}

/** Whether the time at `offset` is among the first words of its sentence ("The next year, …"). */
function opensSentence(analysis: Analysis, offset: number): boolean {
  const i = tokenIndexAt(analysis, offset);
  const t = analysis.tokens[i];
  const sentence = t ? analysis.sentences[t.sentence] : undefined;
  return t !== undefined && sentence !== undefined && i - sentence.firstToken <= 1;
}

/** No blank line between two offsets: a paragraph break ends a story's thread. */
function sameParagraph(text: string, from: number, to: number): boolean {
  return !/\n\s*\n/.test(text.slice(from, to));
}

const CLAUSE_BREAK = /[,;:()—–]/;
/** How many earlier times of a sentence a relative time looks back over: keeps run-on text linear. */
const MAX_LOOKBACK = 20;

/** Index of the last candidate of `sentence` that satisfies `test`, or -1. */
function lastIndexWhere(out: TimeCandidate[], sentences: number[], sentence: number, test: (t: TimeCandidate) => boolean): number {
  for (let j = out.length - 1; j >= Math.max(0, out.length - MAX_LOOKBACK) && sentences[j] === sentence; j--) {
    if (test(out[j] as TimeCandidate)) return j;
  }
  return -1;
}

/** In text order; where two finders read overlapping words, the longer reading wins (one sweep, so linear after sorting). */
function withoutOverlaps(drafts: Draft[]): Draft[] {
  const ordered = drafts.filter((d) => d.end > d.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const d of ordered) {
    const last = kept.at(-1);
    if (!last || d.start >= last.end) kept.push(d);
    else if (d.end - d.start > last.end - last.start) kept[kept.length - 1] = d;
  }
  return kept;
}

function sentenceAt(analysis: Analysis, offset: number): number {
  const t = analysis.tokens[tokenIndexAt(analysis, offset)] ?? analysis.tokens.at(-1);
  return (t as Token | undefined)?.sentence ?? 0;
}

/** The value `relation` away from an earlier time's value; null when that value is too coarse. */
function related(value: string, relation: Relation): string | null {
  const [first, last] = value.split("/") as [string, string | undefined];
  const base = relation.offset > 0 && last ? last : first;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(base);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day: Day | null = month !== null && m[3] ? { year, month, day: Number(m[3]) } : null;
  switch (relation.unit) {
    case "year":
      return isoYear(year + relation.offset);
    case "month":
      return month === null ? null : isoMonth(addMonths({ year, month }, relation.offset));
    default:
      return day ? shifted(day, relation.unit, relation.offset) : null;
  }
}
