// A speaker pronoun ("she said") stands for the person the text was just talking about: the
// subject of its own sentence when that comes first ("X was arrested …, in which he said …"),
// else the subject of the nearest sentence before it that has a named one.
import type { Token } from "../nlp.js";
import { mainSubject } from "./attribution.js";
import { isNameLike, type Phrase, phraseBefore } from "./noun-phrase.js";
import { sentenceStart, type TokenContext } from "./token-context.js";

const MAX_SENTENCES_BACK = 5;
const PERSONAL = new Set(["he", "she"]);
const POSSESSIVE = new Set(["’s", "'s"]);

// "he"/"she" need a name (in "X's plan is late. He …", X); "it"/"they" may stand for "the ministry".
function fitting(ctx: TokenContext, pronoun: string, p: Phrase | null): Phrase | null {
  if (!p || p.pronoun) return null;
  if (!PERSONAL.has(pronoun) || isNameLike(ctx, p)) return p;
  for (let k = p.first + 1; k <= p.last; k++) {
    if (!POSSESSIVE.has((ctx.tokens[k] as Token).text)) continue;
    const owner = phraseBefore(ctx, k - 1, p.first);
    return owner && isNameLike(ctx, owner) ? owner : null;
  }
  return null;
}

/** The phrase the pronoun at token `at` stands for, or null when the text gives none. */
export function resolvePronoun(ctx: TokenContext, at: number): Phrase | null {
  const pronoun = (ctx.tokens[at] as Token).text.toLowerCase();
  if (pronoun === "i" || pronoun === "we") return null;
  let start = sentenceStart(ctx, at);
  const own = fitting(ctx, pronoun, mainSubject(ctx, start, at));
  if (own && own.last < at) return own;
  for (let n = 0; n < MAX_SENTENCES_BACK && start > 0; n++) {
    let end = start - 1;
    while (end > 0 && (ctx.tokens[end] as Token).text.trim() === "") end--;
    start = sentenceStart(ctx, end);
    const subject = fitting(ctx, pronoun, mainSubject(ctx, start, end + 1));
    if (subject) return subject;
  }
  return null;
}
