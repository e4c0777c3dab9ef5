// The channel words came through ("in a statement", "at a press conference", "on Twitter"), as
// written, looked for near the speech verb.
import type { Token } from "../nlp.js";
import { channelsByFirstWord, verbChannels } from "./lexicon.js";
import type { TokenContext } from "./token-context.js";

const WINDOW = 24;
const LEAD_INS = new Set(["in", "at", "on", "during", "via", "through", "over", "to", "with"]);

function matchAt(ctx: TokenContext, k: number): number {
  const t0 = ctx.tokens[k] as Token;
  // Most tokens start no channel: a cheap look-up by lemma rules them out before any lower-casing.
  if (!channelsByFirstWord.has(t0.lemma) && !channelsByFirstWord.has(t0.text)) return 0;
  const phrases = channelsByFirstWord.get(t0.text.toLowerCase());
  if (!phrases) return 0;
  for (const phrase of phrases) {
    let ok = true;
    for (let w = 0; w < phrase.words.length && ok; w++) {
      const t = ctx.tokens[k + w];
      const word = phrase.words[w] as string;
      ok = t !== undefined && ctx.inQuote[k + w] === -1 && (phrase.exact ? t.text === word : t.text.toLowerCase() === word);
    }
    if (ok) return phrase.words.length;
  }
  return 0;
}

// "in a televised address": a preposition at most three words before the channel.
function introduced(ctx: TokenContext, k: number, lo: number): boolean {
  for (let b = k - 1; b >= lo && b >= k - 3; b--) {
    const t = ctx.tokens[b] as Token;
    if (t.pos === "ADP" && LEAD_INS.has(t.lemma)) return true;
    if (t.pos === "VERB" && t.lemma !== "televise") return false;
  }
  return false;
}

/** The channel named in tokens `lo..hi` closest to `verb` (or implied by the verb), else null. */
export function findChannel(ctx: TokenContext, lo: number, hi: number, verb: number): string | null {
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  // The channel sits near its verb ("said in a statement", "In a letter …, X said").
  const from = Math.max(lo, 0, verb - WINDOW);
  const to = Math.min(hi, ctx.tokens.length - 1, verb + WINDOW);
  for (let k = from; k <= to; k++) {
    const length = matchAt(ctx, k);
    if (length === 0 || !introduced(ctx, k, lo)) continue;
    const d = Math.abs(k - verb);
    if (d < distance) {
      distance = d;
      const first = ctx.tokens[k] as Token;
      const last = ctx.tokens[k + length - 1] as Token;
      best = ctx.text.slice(first.start, last.end);
    }
  }
  if (best !== null) return best;
  const v = ctx.tokens[verb];
  return v ? (verbChannels.get(v.lemma) ?? null) : null;
}
