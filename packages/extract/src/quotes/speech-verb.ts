// Whether a token is a verb of saying, by lemma. wink sometimes tags "states"/"says" as a plural
// noun ("As the report states:"), so a noun in -s right before ":", ",", "that" or a quotation
// counts when its stem is a speech verb.
import type { Token } from "../nlp.js";
import type { TokenContext } from "./token-context.js";

const CUE_AFTER = new Set([":", ",", "that"]);

/** The speech-verb lemma of token `i` when it is in `verbs` and outside quotation marks, else null. */
export function speechLemma(ctx: TokenContext, i: number, verbs: ReadonlySet<string>): string | null {
  const t = ctx.tokens[i];
  if (!t || ctx.inQuote[i] !== -1) return null;
  if (t.pos === "VERB") return verbs.has(t.lemma) ? t.lemma : null;
  if (t.pos === "NOUN" && /^\p{Ll}+s$/u.test(t.text)) {
    const next = ctx.tokens[i + 1];
    const cued = next !== undefined && (CUE_AFTER.has(next.text.toLowerCase()) || ctx.inQuote[i + 1] !== -1);
    const prev = ctx.tokens[i - 1] as Token | undefined;
    const subject = prev !== undefined && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "PRON");
    const stem = t.text.slice(0, -1);
    if (cued && subject && verbs.has(stem)) return stem;
  }
  return null;
}

/** True for "-ing" forms ("saying", "adding"): their subject is the main clause's. */
export function isParticiple(t: Token): boolean {
  return /ing$/i.test(t.text) && t.lemma !== t.text.toLowerCase();
}
