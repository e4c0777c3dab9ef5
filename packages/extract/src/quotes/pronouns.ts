// A speaker pronoun ("she said") stands for the person the text was just talking about: the
// subject of its own sentence when that comes first ("X was arrested …, in which he said …"),
// else the subject of the nearest sentence before it that has a named one.
import type { Token } from "../nlp.js";
import { mainSubject } from "./attribution.js";
import { isNameLike, type Phrase } from "./noun-phrase.js";
import { sentenceStart, type TokenContext } from "./token-context.js";

const MAX_SENTENCES_BACK = 5;
const PERSONAL = new Set(["he", "she"]);

function fits(ctx: TokenContext, pronoun: string, p: Phrase | null): p is Phrase {
  if (!p || p.pronoun) return false;
  // "he"/"she" need a name; "it"/"they" may stand for "the ministry" or "officials".
  return PERSONAL.has(pronoun) ? isNameLike(ctx, p) || hasName(ctx, p) : true;
}

function hasName(ctx: TokenContext, p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}

/** The phrase the pronoun at token `at` stands for, or null when the text gives none. */
export function resolvePronoun(ctx: TokenContext, at: number): Phrase | null {
  const pronoun = (ctx.tokens[at] as Token).text.toLowerCase();
  if (pronoun === "i" || pronoun === "we") return null;
  let start = sentenceStart(ctx, at);
  const own = mainSubject(ctx, start, at);
  if (fits(ctx, pronoun, own) && own.last < at) return own;
  for (let n = 0; n < MAX_SENTENCES_BACK && start > 0; n++) {
    let end = start - 1;
    while (end > 0 && (ctx.tokens[end] as Token).text.trim() === "") end--;
    start = sentenceStart(ctx, end);
    const subject = mainSubject(ctx, start, end + 1);
    if (fits(ctx, pronoun, subject)) return subject;
  }
  return null;
}
