// What the words around a time expression say: whether it points forward, whether the clause is in
// the past. Read from the tokens of its own clause only, so a "will" in another clause does not count.
import type { Analysis, Token } from "../nlp.js";
import { futureSignalLemmas, futureSignalPhrases, scheduleVerbs } from "./lexicon.js";

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

/** Whether the clause leading up to `offset` speaks of the future ("will", "scheduled for", "set to"). */
export function pointsForward(analysis: Analysis, offset: number): boolean {
  const before = clauseBefore(analysis, offset);
  if (before.some((t) => futureSignalLemmas.has(t.lemma))) return true;
  // "The Senate votes Tuesday": a scheduling verb in the present tense speaks of what is ahead.
  const lower = (t: Token) => t.text.toLowerCase();
  if (before.some((t) => scheduleVerbs.has(t.lemma) && (lower(t) === `${t.lemma}s` || lower(t) === `${t.lemma}es`))) return true;
  const words = ` ${before.map((t) => t.text.toLowerCase()).join(" ")} `;
  return futureSignalPhrases.some((p) => words.includes(` ${p} `));
}

/** Whether a verb in the clause before `offset` is in a past or perfect form ("fell", "have fallen"). */
export function clauseIsPast(analysis: Analysis, offset: number): boolean {
  return clauseBefore(analysis, offset).some((t) => {
    if (t.pos !== "VERB" && t.pos !== "AUX") return false;
    const text = t.text.toLowerCase();
    if (t.lemma === "have" || t.lemma === "be") return text === "had" || text === "was" || text === "were";
    return text !== t.lemma && !text.endsWith("ing") && text !== `${t.lemma}s` && text !== `${t.lemma}es`;
  });
}
