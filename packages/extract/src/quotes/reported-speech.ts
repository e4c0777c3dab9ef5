// Reported speech: "X said (that) CLAUSE", "X told reporters CLAUSE", "CLAUSE, X said.",
// "according to NP, CLAUSE" and "CLAUSE, according to NP". The clause is what was reported.
import type { Token } from "../nlp.js";
import { accordingTo, type Credit, participleSubject } from "./attribution.js";
import { objectVerbs, reportVerbs } from "./lexicon.js";
import { phraseAfter, subjectAfter, subjectOf } from "./noun-phrase.js";
import { isParticiple, speechLemma } from "./speech-verb.js";
import { isBoundary, sentenceEnd, sentenceStart, type TokenContext } from "./token-context.js";

/** A reported clause (tokens `first..last`) and who reported it. */
export interface ReportedClause {
  first: number;
  last: number;
  credit: Credit;
}

const ADJUNCT_LEAD = new Set(["in", "on", "at", "during", "via", "through", "over", "after", "before", "to", "with", "last", "this"]);
const CLAUSE_SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "you"]);
const MIN_WORDS = 4;
const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
  "earlier",
  "later",
]);

const isFiniteVerb = (t: Token) => t.pos === "AUX" || (t.pos === "VERB" && !isParticiple(t));

function words(ctx: TokenContext, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (/[\p{L}\p{N}]/u.test((ctx.tokens[k] as Token).text)) n++;
  return n;
}

function hasFiniteVerb(ctx: TokenContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ctx.inQuote[k] === -1 && isFiniteVerb(ctx.tokens[k] as Token)) return true;
  return false;
}

// Past the hearer and adjuncts after the verb: "told The Courier in a statement on Monday".
function skipComplements(ctx: TokenContext, v: number, lemma: string, hi: number): number {
  let j = v + 1;
  if (objectVerbs.has(lemma)) {
    const hearer = phraseAfter(ctx, j, hi);
    if (hearer) j = hearer.last + 1;
  }
  for (let round = 0; round < 4 && j <= hi; round++) {
    const t = ctx.tokens[j] as Token;
    // "said Thursday that", "said again that".
    if (t.pos === "ADV" || TIME_WORDS.has(t.text.toLowerCase())) {
      j++;
      continue;
    }
    if (!ADJUNCT_LEAD.has(t.lemma.toLowerCase()) || t.pos === "PRON") break;
    const p = phraseAfter(ctx, j + 1, hi);
    if (!p || p.pronoun) break;
    j = p.last + 1;
  }
  return j;
}

// Where the reported clause starts after verb `v`, or -1 when nothing clausal follows.
function clauseStart(ctx: TokenContext, j: number, hi: number): number {
  const t = ctx.tokens[j];
  if (!t || j > hi || ctx.inQuote[j] !== -1) return -1;
  if (t.lemma === "that" && (t.pos === "SCONJ" || t.pos === "DET" || t.pos === "PRON")) return j + 1;
  if (t.pos === "PRON" && CLAUSE_SUBJECTS.has(t.text.toLowerCase())) return j;
  if (t.pos === "DET" || t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "NUM" || t.pos === "ADJ") {
    // "said the plan would fail": a finite verb before the next comma makes it a clause.
    for (let k = j + 1; k <= hi && k <= j + 12; k++) {
      const w = ctx.tokens[k] as Token;
      // "acknowledged X and expressed Y" coordinates two verbs; it reports no clause.
      if (w.text === "," || w.pos === "CCONJ" || ctx.inQuote[k] !== -1) return -1;
      if (isFiniteVerb(w)) return j;
    }
  }
  return -1;
}

// The clause runs to the end of the sentence, cut before a trailing ", according to" or ", saying".
function clauseEnd(ctx: TokenContext, c: number, hi: number): number {
  let e = c;
  for (let k = c; k <= hi; k++) {
    const t = ctx.tokens[k] as Token;
    const next = ctx.tokens[k + 1];
    if (t.text === "," && next && (next.text.toLowerCase() === "according" || (next.pos === "VERB" && isParticiple(next)))) break;
    e = k;
  }
  // Trailing punctuation is not part of the clause, but "%" is part of its figure ("rose 20%").
  while (
    e > c &&
    /^[\p{P}\s]+$/u.test((ctx.tokens[e] as Token).text) &&
    !/[%‰]/.test((ctx.tokens[e] as Token).text) &&
    ctx.inQuote[e] === -1
  )
    e--;
  return e;
}

function overlapsQuote(ctx: TokenContext, first: number, last: number, big: (q: number) => boolean): boolean {
  for (let k = first; k <= last; k++) {
    const q = ctx.inQuote[k] as number;
    if (q !== -1 && big(q)) return true;
  }
  return false;
}

// "LONDON (Wire) - Crews evacuated …": a dateline before a dash is not part of what was said.
function afterDateline(ctx: TokenContext, first: number, last: number): number {
  for (let k = first; k <= last && k < first + 10; k++) {
    const t = ctx.tokens[k] as Token;
    if (/^[-–—]$/.test(t.text)) return k > first ? k + 1 : first;
    if (!(t.pos === "PUNCT" || /^[\p{Lu}\p{N}]/u.test(t.text))) return first;
  }
  return first;
}

/** Every reported clause in the text; clauses that hold a direct quotation (`big`) are left to it. */
export function findReportedSpeech(ctx: TokenContext, big: (q: number) => boolean): ReportedClause[] {
  const found: ReportedClause[] = [];
  const take = (from: number, last: number, credit: Credit | null) => {
    if (from < 0 || last < from || last >= ctx.tokens.length) return;
    const first = afterDateline(ctx, from, last);
    if (!credit || last < first || words(ctx, first, last) < MIN_WORDS) return;
    if (!hasFiniteVerb(ctx, first, last) || overlapsQuote(ctx, first, last, big)) return;
    found.push({ first, last, credit });
  };

  for (let v = 0; v < ctx.tokens.length; v++) {
    const isAccording = (ctx.tokens[v] as Token).lemma === "accord" && ctx.inQuote[v] === -1;
    const according = isAccording ? accordingTo(ctx, v, sentenceEnd(ctx, v)) : null;
    if (according) {
      const lo = sentenceStart(ctx, v);
      const hi = sentenceEnd(ctx, v);
      if (v === lo) {
        // "According to NP, CLAUSE."
        let c = according.last + 1;
        while (c <= hi && (ctx.tokens[c] as Token).text !== ",") c++;
        if (c >= hi) continue;
        take(c + 1, clauseEnd(ctx, c + 1, hi), { ...according, hi });
      } else if ((ctx.tokens[v - 1] as Token).text === ",") {
        // "CLAUSE, according to NP."
        take(lo, clauseEnd(ctx, lo, v - 2), { ...according, lo });
      }
      continue;
    }

    const lemma = speechLemma(ctx, v, reportVerbs);
    if (!lemma) continue;
    const lo = sentenceStart(ctx, v);
    const hi = sentenceEnd(ctx, v);
    const verb = ctx.tokens[v] as Token;
    const j = skipComplements(ctx, v, lemma, hi);
    const c = clauseStart(ctx, j, hi);
    if (c >= 0) {
      const speaker = isParticiple(verb) ? participleSubject(ctx, lo, v) : subjectOf(ctx, v, lo);
      if (!speaker) continue;
      // A participle's subject may stand far back: credit the verb's own words, not the whole stretch.
      const first = isParticiple(verb) ? v : Math.min(speaker.first, v);
      take(c, clauseEnd(ctx, c, hi), { speaker, verb: v, first, last: c - 1, lo, hi });
      continue;
    }
    // "CLAUSE, NP said." / "CLAUSE, said NP." at the end of the sentence.
    if (j <= hi && !isBoundary(ctx, j)) {
      const inverted = (ctx.tokens[v - 1] as Token | undefined)?.text === "," ? subjectAfter(ctx, v + 1, hi) : null;
      if (!inverted || inverted.last < hi) continue;
      take(lo, clauseEnd(ctx, lo, v - 2), { speaker: inverted, verb: v, first: v, last: inverted.last, lo, hi });
      continue;
    }
    const speaker = subjectOf(ctx, v, lo);
    if (!speaker || speaker.first - 1 <= lo || (ctx.tokens[speaker.first - 1] as Token).text !== ",") continue;
    take(lo, clauseEnd(ctx, lo, speaker.first - 2), { speaker, verb: v, first: speaker.first, last: v, lo, hi });
  }
  return found;
}
