// The one coreference resolver of the extractor, shared by quotes, figures and the credit linker:
// a speaker pronoun ("she said") or a person described by age ("the 56-year-old said") stands for
// the one the text was just talking about: the subject of its own sentence when that comes first
// ("X was arrested …, in which he said …"), else the subject of the nearest sentence before it that
// has a fitting one. It answers null when the text gives none, so a credit is left empty, not guessed.
import type { Token } from "../nlp.js";
import { mainSubject } from "./attribution.js";
import { reportVerbs } from "./lexicon.js";
import { isNameLike, type Phrase, phraseBefore, subjectOf } from "./noun-phrase.js";
import { speechLemma } from "./speech-verb.js";
import { sentenceStart, type TokenContext } from "./token-context.js";

const MAX_SENTENCES_BACK = 5;
const PERSONAL = new Set(["he", "she"]);
const POSSESSIVE = new Set(["’s", "'s"]);
const AGE = /^\d{1,3}$/;

/** What a reference needs of its antecedent: a person's name, or any holder ("it", "they"). */
type Wanted = "person" | "any";

// A person needs a name (in "X's plan is late. He …", X); "it"/"they" may stand for "the ministry".
function fitting(ctx: TokenContext, wanted: Wanted, p: Phrase | null): Phrase | null {
  if (!p || p.pronoun) return null;
  if (wanted === "any" || isNameLike(ctx, p)) return p;
  for (let k = p.first + 1; k <= p.last; k++) {
    if (!POSSESSIVE.has((ctx.tokens[k] as Token).text)) continue;
    const owner = phraseBefore(ctx, k - 1, p.first);
    return owner && isNameLike(ctx, owner) ? owner : null;
  }
  return null;
}

// "…, Roe said.": a sentence's closing attribution names who is talking, like a main subject.
function lastSpeaker(ctx: TokenContext, start: number, end: number, wanted: Wanted): Phrase | null {
  for (let k = end; k > start; k--) {
    if (!speechLemma(ctx, k, reportVerbs)) continue;
    const s = fitting(ctx, wanted, subjectOf(ctx, k, start));
    if (s) return s;
  }
  return null;
}

function antecedent(ctx: TokenContext, at: number, wanted: Wanted): Phrase | null {
  let start = sentenceStart(ctx, at);
  const own = fitting(ctx, wanted, mainSubject(ctx, start, at));
  if (own && own.last < at) return own;
  for (let n = 0; n < MAX_SENTENCES_BACK && start > 0; n++) {
    let end = start - 1;
    while (end > 0 && (ctx.tokens[end] as Token).text.trim() === "") end--;
    start = sentenceStart(ctx, end);
    const subject = fitting(ctx, wanted, mainSubject(ctx, start, end + 1)) ?? lastSpeaker(ctx, start, end, wanted);
    if (subject) return subject;
  }
  return null;
}

/** The phrase the pronoun at token `at` stands for, or null when the text gives none. */
export function resolvePronoun(ctx: TokenContext, at: number): Phrase | null {
  const pronoun = (ctx.tokens[at] as Token).text.toLowerCase();
  if (pronoun === "i" || pronoun === "we") return null;
  return antecedent(ctx, at, PERSONAL.has(pronoun) ? "person" : "any");
}

/** True for "the 56-year-old" or "the 35-year-old striker": a person named before, described by age. */
export function isAgeDescription(ctx: TokenContext, p: Phrase): boolean {
  const t = (k: number) => ctx.tokens[k]?.text.toLowerCase() ?? "";
  if (p.pronoun || t(p.first) !== "the") return false;
  const n = p.first + 1;
  return AGE.test(t(n)) && t(n + 1) === "-" && t(n + 2) === "year" && t(n + 3) === "-" && t(n + 4) === "old" && p.last <= n + 6;
}

/** The person an age description ("the 56-year-old") at phrase `p` stands for, or null when the text gives none. */
export function resolveDescription(ctx: TokenContext, p: Phrase): Phrase | null {
  return isAgeDescription(ctx, p) ? antecedent(ctx, p.first, "person") : null;
}
