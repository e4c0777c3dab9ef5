// Noun phrases that name a speaker, read from POS tags around a speech verb: the subject before it
// ("Pentagon spokesman Dana Reyes said"), with appositions ("Jane Doe, the president of …,
// said"), or the phrase after it ("said Sam Okoro, the chief economist").
import type { Token } from "../nlp.js";
import { speakerPronouns } from "./lexicon.js";
import { isBoundary, type TokenContext } from "./token-context.js";

/** Tokens `first..last` naming a speaker; `pronoun` when it is a lone pronoun ("she"). */
export interface Phrase {
  first: number;
  last: number;
  pronoun: boolean;
  /** First token of the whole subject when an apposition surrounds the name ("The leader of Y, X,"). */
  from?: number;
}

const MAX_PHRASE = 16;
const MAX_APPOSITIONS = 4;
// Prepositions that stay inside a noun phrase: "a spokesman for the ministry", "the president of X".
const INNER_ADPOSITIONS = new Set(["of", "for", "at", "from", "with", "in", "on", "to", "around", "across"]);
// Relative pronouns: "analysts who have done the calculations say" — the subject is before "who".
const RELATIVES = new Set(["who", "that", "which"]);
// Lower-case particles inside names: "Anna van Dijk", "Yusuf al-Amin".
const NAME_PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "del",
  "della",
  "di",
  "da",
  "du",
  "la",
  "le",
  "al",
  "el",
  "bin",
  "ibn",
  "abu",
  "ter",
]);
const CONTENT = new Set(["PROPN", "NOUN", "NUM", "ADJ", "X"]);
const POSSESSIVE = new Set(["’s", "'s", "’", "'"]);
// Words a phrase cannot start with once its walk is done ("of the ministry" -> "the ministry").
const LEADING_JUNK = new Set(["ADP", "CCONJ", "PUNCT", "PART", "SYM"]);

const isName = (t: Token | undefined) => t !== undefined && t.pos === "PROPN";
// wink sometimes tags a capitalised word inside a name as a verb or adverb ("the Met Office").
const FUNCTION_POS = new Set(["PRON", "DET", "PUNCT", "CCONJ", "ADP", "SCONJ", "PART", "AUX", "SPACE", "SYM"]);
const isCapitalisedWord = (t: Token) => !FUNCTION_POS.has(t.pos) && /^\p{Lu}/u.test(t.text);
const isNominal = (t: Token | undefined) => t !== undefined && (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ");
// "purchases" before "Mr. Marlow" starts a new phrase (a relative clause without "that").
const isPluralCommon = (t: Token) => t.pos === "NOUN" && /s$/i.test(t.text) && t.lemma !== t.text.toLowerCase();

/**
 * A capitalised word wink tags as a verb right after a name or right before a speech verb is a
 * surname that is also a word ("Ann Baker said", "“…,” Baker said"), not a verb.
 */
export function isNameVerb(ctx: TokenContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.pos !== "VERB" || !/^\p{Lu}\p{Ll}/u.test(t.text) || ctx.inQuote[k] !== -1) return false;
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  // Not a title-case headline verb ("Acme Buys Beta"): a verb or a comma must follow.
  if (after === undefined || !(after.pos === "VERB" || after.pos === "AUX" || after.text === ",")) return false;
  if (before && isName(before) && ctx.paragraph[k - 1] === ctx.paragraph[k] && !isBoundary(ctx, k)) return true;
  return after.text !== "," && (before === undefined || !/\p{L}/u.test(before.text));
}

function usable(ctx: TokenContext, k: number, from: number): boolean {
  return ctx.inQuote[k] === -1 && ctx.paragraph[k] === ctx.paragraph[from] && !isBoundary(ctx, k);
}

function hasNoun(ctx: TokenContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const pos = (ctx.tokens[k] as Token).pos;
    if (pos === "NOUN" || pos === "PROPN" || isNameVerb(ctx, k)) return true;
  }
  return false;
}

/** The noun phrase ending at token `end`, walking back no further than `lo`. */
export function phraseBefore(ctx: TokenContext, end: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  let first = -1;
  for (let k = end; k >= lo && k > end - MAX_PHRASE; k--) {
    if (!usable(ctx, k, end)) break;
    const t = tokens[k] as Token;
    const after = tokens[k + 1];
    if (t.pos === "PRON") {
      if (k === end && speakerPronouns.has(t.text.toLowerCase())) return { first: k, last: k, pronoun: true };
      // "He Wenbo": a capitalised pronoun-like word opening a name.
      if (k < end && isName(after) && /^\p{Lu}/u.test(t.text)) {
        first = k;
        continue;
      }
      break;
    }
    if (CONTENT.has(t.pos) || (k < end && isCapitalisedWord(t) && isNominal(after)) || isNameVerb(ctx, k)) {
      if (k < end && first === k + 1 && isName(after) && isPluralCommon(t)) break;
      first = k;
      continue;
    }
    if (t.pos === "DET") {
      if (k === end) break;
      first = k;
      const before = tokens[k - 1];
      // "the president of the Federal Reserve": keep walking through "of the".
      if (k - 1 >= lo && before && before.pos === "ADP" && INNER_ADPOSITIONS.has(before.lemma)) continue;
      break;
    }
    if (k < end && POSSESSIVE.has(t.text)) {
      first = k;
      continue;
    }
    if (k < end && t.pos === "ADP" && INNER_ADPOSITIONS.has(t.lemma) && isNominal(tokens[k - 1]) && k - 1 >= lo) {
      first = k;
      continue;
    }
    if (k < end && NAME_PARTICLES.has(t.text.toLowerCase()) && isName(after) && isName(tokens[k - 1])) {
      first = k;
      continue;
    }
    if (k < end && (t.text === "-" || t.text === "&")) {
      first = k;
      continue;
    }
    if (k < end && t.pos === "CCONJ" && t.lemma === "and" && isName(tokens[k - 1]) && isName(after)) {
      first = k;
      continue;
    }
    break;
  }
  if (first < 0) return null;
  while (first <= end && LEADING_JUNK.has((tokens[first] as Token).pos)) first++;
  if (first > end || !hasNoun(ctx, first, end)) return null;
  return { first, last: end, pronoun: false };
}

/** The noun phrase starting at token `start`, going no further than `hi`. */
export function phraseAfter(ctx: TokenContext, start: number, hi: number): Phrase | null {
  const { tokens } = ctx;
  const t0 = tokens[start];
  if (!t0 || !usable(ctx, start, start)) return null;
  if (t0.pos === "PRON") {
    if (speakerPronouns.has(t0.text.toLowerCase()) && !isName(tokens[start + 1])) return { first: start, last: start, pronoun: true };
  }
  let last = -1;
  for (let k = start; k <= hi && k < start + MAX_PHRASE; k++) {
    if (!usable(ctx, k, start)) break;
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (
      CONTENT.has(t.pos) ||
      (t.pos === "PRON" && k === start && isName(next)) ||
      (isCapitalisedWord(t) && next !== undefined && isNominal(next))
    ) {
      last = k;
      continue;
    }
    if (t.pos === "DET" && (k === start || (tokens[k - 1] as Token).pos === "ADP")) continue;
    if (last >= 0 && POSSESSIVE.has(t.text)) continue;
    if (last >= 0 && t.pos === "ADP" && INNER_ADPOSITIONS.has(t.lemma) && next && (next.pos === "DET" || isName(next))) continue;
    if (NAME_PARTICLES.has(t.text.toLowerCase()) && isName(next)) continue;
    if (last >= 0 && (t.text === "-" || t.text === "&")) continue;
    if (last >= 0 && t.pos === "CCONJ" && t.lemma === "and" && isName(tokens[k - 1]) && isName(next)) continue;
    break;
  }
  if (last < 0 || !hasNoun(ctx, start, last)) return null;
  return { first: start, last, pronoun: false };
}

/** A phrase that reads as a name: it ends in a proper noun and has no "of"/"’s" inside. */
export function isNameLike(ctx: TokenContext, p: Phrase): boolean {
  const last = ctx.tokens[p.last];
  // wink tags some capitalised surnames as nouns ("Helen Park"): after a proper noun they count.
  const named =
    isName(last) ||
    isNameVerb(ctx, p.last) ||
    (last?.pos === "NOUN" && /^\p{Lu}/u.test(last.text) && isName(ctx.tokens[p.last - 1]) && p.last > p.first);
  if (p.pronoun || !named) return false;
  for (let k = p.first; k <= p.last; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "ADP" || POSSESSIVE.has(t.text)) return false;
  }
  return true;
}

// Words between a subject and its verb: "has since said", "also noted", "did not say".
const BETWEEN = new Set(["ADV", "AUX", "PART"]);

/**
 * The subject of the verb at token `verb`, looking back no further than `lo`. Understands
 * appositions on either side of the name: "X, a professor, said" and "The leader of Y, X, said".
 */
export function subjectOf(ctx: TokenContext, verb: number, lo: number): Phrase | null {
  const { tokens } = ctx;
  let k = verb - 1;
  while (k >= lo && ctx.inQuote[k] === -1 && BETWEEN.has((tokens[k] as Token).pos)) {
    if ((tokens[k] as Token).lemma === "to") return null; // an infinitive has no subject of its own
    k--;
  }
  if (k < lo || ctx.inQuote[k] !== -1) return null;
  if ((tokens[k] as Token).text !== ",") return withName(ctx, outsideRelative(ctx, phraseBefore(ctx, k, lo), lo), lo);

  // "NAME, DESCRIPTION, said", "DESCRIPTION, NAME, said", "NAME, who …, said": read the
  // comma-separated parts leftwards and keep the leftmost name (else the leftmost phrase).
  const parts: Phrase[] = [];
  let end = k - 1;
  for (let n = 0; n < MAX_APPOSITIONS && end >= lo; n++) {
    let c = end;
    while (c >= lo && c > end - 30 && (tokens[c] as Token).text !== "," && ctx.inQuote[c] === -1 && !isBoundary(ctx, c)) c--;
    const comma = c >= lo && (tokens[c] as Token).text === ",";
    if (!comma) {
      // The first part: "In Washington, X, a senator, said" — a place after a preposition is no subject.
      const p = phraseBefore(ctx, end, lo);
      const lead = p ? tokens[p.first - 1] : undefined;
      if (p && (p.first === lo || !lead || lead.pos !== "ADP")) parts.push(p);
      break;
    }
    const p = phraseBefore(ctx, end, c + 1);
    if (p && p.first === c + 1) parts.push(p);
    else if (n > 0) break; // an adjunct ("In a letter to X in May,") ends the subject
    end = c - 1;
  }
  if (parts.length === 0) return null;
  const leftmost = parts[parts.length - 1] as Phrase;
  let pick: Phrase = leftmost;
  if (!leftmost.pronoun) {
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i] as Phrase;
      if (isNameLike(ctx, part)) {
        pick = part;
        break;
      }
    }
  }
  return { ...pick, from: leftmost.first };
}

/** The phrase after an inverted verb ("said Sam Okoro, the chief economist"), preferring a name. */
export function subjectAfter(ctx: TokenContext, start: number, hi: number): Phrase | null {
  const p = phraseAfter(ctx, start, hi);
  if (!p || p.pronoun || isNameLike(ctx, p)) return p;
  // "said the chief economist at X, Jane Doe": the name follows the comma.
  const comma = p.last + 1;
  if ((ctx.tokens[comma] as Token | undefined)?.text === ",") {
    const named = phraseAfter(ctx, comma + 1, hi);
    if (named && isNameLike(ctx, named)) return named;
  }
  return p;
}

// "Jane Doe, an oceanographer at X told Reuters": the apposition lost its closing comma, so the
// phrase before the verb is the description; the name stands before the comma.
function withName(ctx: TokenContext, p: Phrase | null, lo: number): Phrase | null {
  if (!p || p.pronoun || isNameLike(ctx, p)) return p;
  const det = ctx.tokens[p.first];
  const comma = p.first - 1;
  if (det?.pos !== "DET" || comma - 1 < lo || (ctx.tokens[comma] as Token).text !== ",") return p;
  const name = phraseBefore(ctx, comma - 1, lo);
  if (!name || !isNameLike(ctx, name)) return p;
  // "In Washington, a spokesman said": a place after a preposition is not the speaker.
  const before = ctx.tokens[name.first - 1];
  if (name.first > lo && before && before.pos === "ADP") return p;
  return name;
}

// A phrase right after a verb is that verb's object; when the verb sits in a relative clause
// ("analysts who have done the calculations say"), the subject is the phrase before "who".
function outsideRelative(ctx: TokenContext, p: Phrase | null, lo: number): Phrase | null {
  if (!p || p.pronoun) return p;
  const before = ctx.tokens[p.first - 1];
  if (!before || p.first - 1 < lo || (before.pos !== "VERB" && before.pos !== "AUX")) return p;
  for (let r = p.first - 2; r >= lo && r >= p.first - 10; r--) {
    const t = ctx.tokens[r] as Token;
    if (ctx.inQuote[r] !== -1 || isBoundary(ctx, r) || t.text === ",") break;
    if (RELATIVES.has(t.lemma) && (t.pos === "PRON" || t.pos === "DET" || t.pos === "SCONJ")) return phraseBefore(ctx, r - 1, lo) ?? p;
  }
  return p;
}
