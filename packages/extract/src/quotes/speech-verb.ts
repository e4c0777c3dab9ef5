// Whether a token is a verb of saying, by lemma. wink sometimes tags "states"/"says" as a plural
// noun ("As the report states:"), so a noun in -s right before ":", ",", "that" or a quotation
// counts when its stem is a speech verb.
import type { Token } from "../nlp.js";
import { documentNouns } from "./lexicon.js";
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
  // "issued a statement warning that": wink tags the participle after a document as a noun.
  const stem = ingStem(t);
  if (stem && documentNouns.has(ctx.tokens[i - 1]?.text.toLowerCase() ?? "")) {
    for (const lemma of [stem, `${stem}e`]) if (verbs.has(lemma)) return lemma;
  }
  return null;
}

/** "warning" -> "warn", "noting" -> "not" (the caller also tries "note"); null when not an -ing noun. */
function ingStem(t: Token): string | null {
  return t.pos === "NOUN" && /^\p{Ll}+ing$/u.test(t.text) ? t.text.slice(0, -3) : null;
}

/** True for "-ing" forms ("saying", "adding"): their subject is the main clause's. */
export function isParticiple(t: Token): boolean {
  return /ing$/i.test(t.text) && (t.lemma !== t.text.toLowerCase() || ingStem(t) !== null);
}
