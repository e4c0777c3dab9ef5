// Month names standing alone ("postponed to May", "in March and April"). chrono reads some of them
// and skips others, so they are read here too; a month alone counts only after a preposition of
// time and not before a name ("According to April Ryan").
import type { Analysis, Token } from "../nlp.js";
import { type Day, isoMonth } from "./calendar.js";
import { MONTH_NAMES } from "./calendar-names.js";
import { pointsForward, previousToken, tokenIndexAt } from "./context.js";
import { type Draft, fromPublication, NO_PUBLICATION_DATE, unresolved } from "./draft.js";
import { monthDeterminers, monthPrepositions } from "./lexicon.js";
import { yearFor } from "./readings.js";

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MODIFIED = /^(?:mid|early|late)-(\p{Lu}\p{Ll}+)$/u;

/** Whether a month name alone between `start` and `end` stands where a month is meant. */
export function monthAloneFits(analysis: Analysis, start: number, end: number, modified: boolean): boolean {
  // "Theresa May" elsewhere in the article: "according to May" is the person.
  if (namesInText(analysis).has(analysis.text.slice(start, end).toLowerCase())) return false;
  const next = analysis.tokens[tokenIndexAt(analysis, end)];
  const here = analysis.tokens[tokenIndexAt(analysis, start)];
  // A capitalized word or a number right after: a name ("April Ryan") or a date chrono reads whole.
  if (next && here && next.sentence === here.sentence && (/^\p{Lu}/u.test(next.text) || next.type === "number")) return false;
  if (modified) return true;
  const before = previousToken(analysis, start);
  if (before === undefined) return false;
  if (monthPrepositions.has(before.lemma)) return true;
  // "the March high", "its October report": a month modifying a lower-case noun.
  const sameSentence = next !== undefined && here !== undefined && next.sentence === here.sentence;
  return monthDeterminers.has(before.text.toLowerCase()) && sameSentence && (next.pos === "NOUN" || next.pos === "ADJ");
}

const namesCache = new WeakMap<Analysis, Set<string>>();

/** Month names the article uses as names: right after a capitalized word that is not a time word ("Theresa May", "Brian May"). */
function namesInText(analysis: Analysis): Set<string> {
  let names = namesCache.get(analysis);
  if (names) return names;
  names = new Set();
  const tokens = analysis.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (!MONTHS.includes(t.text.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && next.type === "number") continue;
    if (before.sentence === t.sentence && before.pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !isTimeWord(before))
      names.add(t.text.toLowerCase());
  }
  namesCache.set(analysis, names);
  return names;
}

function isTimeWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return monthPrepositions.has(w) || MONTHS.includes(w) || /day$/.test(w);
}

/** Capitalized month names alone, resolved like any yearless date. */
export function monthNameTimes(analysis: Analysis, published: Day | null): Draft[] {
  const out: Draft[] = [];
  for (const t of analysis.tokens) {
    const modified = MODIFIED.exec(t.text);
    const name = modified ? (modified[1] as string) : t.text;
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    if (month === 0 || !/^\p{Lu}/u.test(name)) continue;
    if (!monthAloneFits(analysis, t.start, t.end, modified !== null)) continue;
    const resolution = published
      ? fromPublication(
          isoMonth({ year: yearFor(month, null, published, pointsForward(analysis, t.start, t.end)), month }),
          "month",
          published,
        )
      : unresolved("month", `no year written; ${NO_PUBLICATION_DATE}`);
    out.push({ start: t.start, end: t.end, resolution, inYear: (year) => isoMonth({ year, month }) });
  }
  return out;
}
