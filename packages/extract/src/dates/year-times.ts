// Years, year spans and decades, which chrono does not read: "in 2021", "a 2022 report",
// "2013-18", "2011 to 2013", "between 2010 and 2015", "the 1990s". A four-digit number is a year
// only in a year-like context: after a preposition of time, or between a determiner and a singular
// noun; "2000 troops" and "$1900" are not years.
import type { Analysis, Token } from "../nlp.js";
import { isoSpan, isoYear } from "./calendar.js";
import { absolute, type Draft } from "./draft.js";
import { asYearAdverbs, compareLemmas, yearApproximators, yearOfNouns, yearPrepositions, yearSubjectVerbs } from "./lexicon.js";

const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "'s", "’s"]);
const NOT_AFTER_YEAR = new Set(["%", "percent", "per", "cent"]);
const SPAN_JOINERS = new Set(["-", "–", "—", "to", "through", "until", "till", "/"]);
const JOINED_SPAN = /^(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})$/;
const DECADE = /^(?:(?:mid|early|late)-)?(\d{3})0['’]?s$/i;
const SHORT_DECADE = /^['’](\d)0s$/;
const PREFIXED_YEAR = /^(?:mid|early|late)-(\d{4})$/i;

const plausible = (n: number) => Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;
const isFourDigits = (t: Token | undefined) => t !== undefined && /^\d{4}$/.test(t.text);
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const isPlural = (t: Token) => t.pos === "NOUN" && t.text.toLowerCase() !== t.lemma;

/** Years, spans and decades among the tokens of the analysis. */
export function yearTimes(analysis: Analysis, publishedYear: number | null): Draft[] {
  const tokens = analysis.tokens;
  const out: Draft[] = [];
  const accepted = new Set<number>();
  const sameSentence = (i: number, j: number): Token | undefined => {
    const t = tokens[j];
    return t && t.sentence === (tokens[i] as Token).sentence ? t : undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Every form read here starts with a digit, an apostrophe or "mid-"/"early-"/"late-".
    if (!/^[\d'’mel]/i.test(t.text)) continue;
    const prev = sameSentence(i, i - 1);
    const next = sameSentence(i, i + 1);

    const decade = DECADE.exec(t.text) ?? SHORT_DECADE.exec(t.text);
    if (decade) {
      const first = decadeStart(decade[1] as string, publishedYear);
      if (first !== null) out.push(span(t.start, t.end, first, first + 9));
      continue;
    }

    const prefixed = PREFIXED_YEAR.exec(t.text);
    if (prefixed && plausible(Number(prefixed[1]))) {
      out.push({ start: t.start, end: t.end, resolution: absolute(isoYear(Number(prefixed[1])), "year") });
      accepted.add(i);
      continue;
    }

    const joined = JOINED_SPAN.exec(t.text);
    if (joined && t.type === "number" && !isCurrency(prev)) {
      const first = Number(joined[1]);
      const last = expandEnd(first, joined[2] as string);
      if (last !== null) out.push(span(t.start, t.end, first, last));
      continue;
    }

    if (!isFourDigits(t) || !plausible(Number(t.text))) continue;
    const year = Number(t.text);

    // Y1 (to|–|through) Y2, or between Y1 and Y2.
    const joiner = next;
    const second = sameSentence(i, i + 2);
    const between = lower(prev) === "between" && lower(joiner) === "and";
    if (joiner && second && (SPAN_JOINERS.has(lower(joiner)) || between) && /^\d{2}(\d{2})?$/.test(second.text)) {
      const shortEnd = second.text.length === 2;
      const last = shortEnd && !/^[-–—/]$/.test(joiner.text) ? null : expandEnd(year, second.text);
      const after = sameSentence(i, i + 3);
      if (last !== null && !isCurrency(prev) && !(after && isPlural(after))) {
        const start = t.start;
        out.push(span(start, second.end, year, last));
        i += 2;
        continue;
      }
    }

    if (isYearContext(tokens, i, prev, next, accepted)) {
      out.push({ start: t.start, end: t.end, resolution: absolute(isoYear(year), "year") });
      accepted.add(i);
    }
  }
  return out;
}

function isYearContext(tokens: Token[], i: number, prev: Token | undefined, next: Token | undefined, accepted: Set<number>): boolean {
  const year = Number((tokens[i] as Token).text);
  if (isCurrency(prev)) return false;
  if (next && (NOT_AFTER_YEAR.has(lower(next)) || next.type === "currency")) return false;
  // "2019's turmoil": a number with a possessive is a year.
  if (lower(next) === "'s" || lower(next) === "’s") return true;
  // "2019 was the hottest year" at the start of a sentence.
  if (!prev) return next !== undefined && yearSubjectVerbs.has(lower(next));
  // "2000 troops": a round number before a plural noun is a count.
  const countLike = next !== undefined && isPlural(next) && year % 100 === 0;
  // "until at least 2026": read the preposition before the approximator.
  const skipped = approximatorBefore(tokens, i);
  if (skipped > 0) {
    const before = tokens[i - skipped - 1];
    return before !== undefined && before.sentence === prev.sentence && yearPrepositions.has(lower(before)) && !countLike;
  }
  const p = lower(prev);
  if (yearPrepositions.has(p) || yearPrepositions.has(prev.lemma)) return !countLike;
  // "compared with 2019", "against 2019 levels".
  if ((p === "with" || p === "to") && tokens[i - 2] && compareLemmas.has((tokens[i - 2] as Token).lemma)) return !countLike;
  if (compareLemmas.has(prev.lemma)) return !countLike;
  // "as recently as 2015", "as early as 1990".
  if (p === "as") {
    const before = tokens[i - 2];
    return before !== undefined && before.sentence === prev.sentence && asYearAdverbs.has(before.lemma);
  }
  if (p === "of") {
    const before = tokens[i - 2];
    const b = lower(before);
    return !countLike && before !== undefined && before.sentence === prev.sentence && (yearOfNouns.has(before.lemma) || b === "as");
  }
  // "a 2022 report", "the 2016 presidential election", "the 2019 elections".
  if (DETERMINERS.has(p) && next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN")) {
    return !isPlural(next) || year % 100 !== 0;
  }
  // "in 2011, 2012 and 2013": later members of a list of years.
  if ((p === "," || p === "and" || p === "or") && accepted.has(i - 2)) return !countLike;
  // "(2019)": a year in brackets after a title.
  if (p === "(" && lower(next) === ")") return true;
  return false;
}

/** How many tokens of a year approximator ("at least") end right before token `i`; 0 when none. */
function approximatorBefore(tokens: Token[], i: number): number {
  for (const phrase of yearApproximators) {
    const start = i - phrase.length;
    if (start >= 0 && phrase.every((w, k) => lower(tokens[start + k]) === w)) return phrase.length;
  }
  return 0;
}

function isCurrency(t: Token | undefined): boolean {
  return t !== undefined && (t.type === "currency" || /^[$£€¥₹#№]$/.test(t.text) || /^no\.?$/i.test(t.text));
}

/** "18" after 2013 is 2018; "2018" is itself. Null unless the end comes after the start. */
function expandEnd(first: number, end: string): number | null {
  let last = Number(end);
  if (end.length === 2) {
    last = Math.floor(first / 100) * 100 + last;
    if (last <= first) last += 100;
  }
  return plausible(last) && last > first && last - first <= 100 ? last : null;
}

/** "199" of "1990s" is 1990; "9" of "'90s" is the 1990s before the publication year's decade, else the 1900s. */
function decadeStart(digits: string, publishedYear: number | null): number | null {
  if (digits.length === 3) {
    const first = Number(digits) * 10;
    return plausible(first) ? first : null;
  }
  const reference = publishedYear ?? 2000;
  const decade = Number(digits) * 10;
  const century = Math.floor(reference / 100) * 100;
  return century + decade <= reference ? century + decade : century - 100 + decade;
}

function span(start: number, end: number, first: number, last: number): Draft {
  return { start, end, resolution: absolute(isoSpan(isoYear(first), isoYear(last)), "span") };
}
