// What the words around a time expression say: whether it points forward, whether the clause is in
// the past. Read from the tokens of its own clause only, so a "will" in another clause does not count.
import type { Analysis, Token } from "../nlp.js";
import { forwardModals, futureSignalLemmas, futureSignalPhrases, scheduleVerbs } from "./lexicon.js";

/** How far back a signal word may stand from the time expression. */
const WINDOW = 8;
const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "—", "–", "“", "”", '"', "[", "]"]);

/** Index of the first token starting at or after `offset` (tokens are sorted by start). */
export function tokenIndexAt(analysis: Analysis, offset: number): number {
  const tokens = analysis.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens before `offset` in the same clause and sentence, nearest last, at most WINDOW of them. */
export function clauseBefore(analysis: Analysis, offset: number): Token[] {
  const first = tokenIndexAt(analysis, offset);
  const anchor = analysis.tokens[first] ?? analysis.tokens[first - 1];
  if (!anchor) return [];
  const out: Token[] = [];
  for (let i = first - 1; i >= 0 && out.length < WINDOW; i--) {
    const t = analysis.tokens[i] as Token;
    if (t.sentence !== anchor.sentence || CLAUSE_BREAKS.has(t.text)) break;
    out.unshift(t);
  }
  return out;
}

/** The token just before `offset` in the same sentence, if any. */
export function previousToken(analysis: Analysis, offset: number): Token | undefined {
  const i = tokenIndexAt(analysis, offset);
  const t = analysis.tokens[i - 1];
  const here = analysis.tokens[i] ?? t;
  return t && here && t.sentence === here.sentence ? t : undefined;
}

/**
 * Whether the clause around a time speaks of the future: "will", "scheduled for", "set to" before it,
 * or a future auxiliary right after it ("On Thursday, the committee will vote"; "X on Friday will").
 */
export function pointsForward(analysis: Analysis, offset: number, end = offset): boolean {
  const before = clauseBefore(analysis, offset);
  if (before.some((t) => futureSignalLemmas.has(t.lemma))) return true;
  if (end > offset && futureAfter(analysis, offset, end)) return true;
  // "The Senate votes Tuesday": a scheduling verb in the present tense speaks of what is ahead.
  const lower = (t: Token) => t.text.toLowerCase();
  if (before.some((t) => scheduleVerbs.has(t.lemma) && (lower(t) === `${t.lemma}s` || lower(t) === `${t.lemma}es`))) return true;
  // "The wind should ease by Thursday": a modal before a bare verb; "should have left" is past.
  for (let k = 0; k + 1 < before.length; k++) {
    const modal = before[k] as Token;
    const verb = before[k + 1] as Token;
    if (modal.pos === "AUX" && forwardModals.has(lower(modal)) && verb.pos === "VERB" && lower(verb) === verb.lemma) return true;
  }
  const words = ` ${before.map((t) => t.text.toLowerCase()).join(" ")} `;
  return futureSignalPhrases.some((p) => words.includes(` ${p} `));
}

/**
 * Whether the clause of a time speaks of the past: a past verb before it in its clause, or after it
 * ("But by December, his symptoms worsened": the comma after an opening time is crossed).
 */
export function spokenOfAsPast(analysis: Analysis, offset: number, end: number): boolean {
  // The nearest verb before decides, within the part after a conjunction: "took effect on April
  // 5th and rises on April 9th" is not past at April 9th.
  const before = clauseBefore(analysis, offset);
  const verb = before.slice(before.findLastIndex((t) => t.pos === "CCONJ") + 1).findLast((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verb) return isPastVerb(verb);
  const first = tokenIndexAt(analysis, offset);
  const opener = analysis.tokens[first];
  if (!opener) return false;
  const sentence = analysis.sentences[opener.sentence];
  const opensSentence = sentence !== undefined && first - sentence.firstToken <= 3;
  let i = tokenIndexAt(analysis, end);
  if (opensSentence && analysis.tokens[i]?.text === ",") i++;
  for (let n = 0; n < WINDOW; n++, i++) {
    const t = analysis.tokens[i];
    if (!t || t.sentence !== opener.sentence || CLAUSE_BREAKS.has(t.text)) return false;
    if (t.lemma === "will" || t.lemma === "shall" || forwardModals.has(t.text.toLowerCase())) return false;
    if (isPastVerb(t)) return true;
  }
  return false;
}

/** Whether a verb in the clause before `offset` is in a past or perfect form ("fell", "have fallen"). */
export function clauseIsPast(analysis: Analysis, offset: number): boolean {
  return clauseBefore(analysis, offset).some(isPastVerb);
}

function isPastVerb(t: Token): boolean {
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  const text = t.text.toLowerCase();
  if (t.lemma === "have" || t.lemma === "be") return text === "had" || text === "was" || text === "were";
  return text !== t.lemma && !text.endsWith("ing") && text !== `${t.lemma}s` && text !== `${t.lemma}es`;
}

/**
 * A future auxiliary among the few tokens after the time, before any past verb: the comma after a
 * sentence-opening time is crossed, other clause breaks are not. "On Monday, he said he will" is past.
 */
function futureAfter(analysis: Analysis, offset: number, end: number): boolean {
  const first = tokenIndexAt(analysis, offset);
  const opener = analysis.tokens[first];
  if (!opener) return false;
  const sentence = analysis.sentences[opener.sentence];
  const opensSentence = sentence !== undefined && first - sentence.firstToken <= 1;
  let i = tokenIndexAt(analysis, end);
  if (opensSentence && analysis.tokens[i]?.text === ",") i++;
  for (let n = 0; n < WINDOW; n++, i++) {
    const t = analysis.tokens[i];
    if (!t || t.sentence !== opener.sentence || CLAUSE_BREAKS.has(t.text) || isPastVerb(t)) return false;
    if (t.lemma === "will" || t.lemma === "shall" || t.text.toLowerCase() === "’ll" || t.text.toLowerCase() === "'ll") return true;
  }
  return false;
}
