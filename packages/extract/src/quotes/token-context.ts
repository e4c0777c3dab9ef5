// The token view the attribution rules walk over: which tokens sit inside quotation marks, which
// paragraph each token is in, and where sentences end. Built once per text in linear time.
import type { Span } from "../candidates.js";
import type { Analysis, Token } from "../nlp.js";
import type { MarkedQuote } from "./quote-marks.js";

export interface TokenContext {
  text: string;
  tokens: Token[];
  quotes: MarkedQuote[];
  /** Index in `quotes` for tokens inside a quotation (its marks included), -1 outside. */
  inQuote: Int32Array;
  /** Paragraph number of each token. */
  paragraph: Int32Array;
  /** First and last token of each quotation, marks included (-1 when it holds none). */
  quoteTokens: { first: number; last: number }[];
  /** 1 for a sentence-ending mark or a line break outside any quotation. */
  boundary: Uint8Array;
}

const SENTENCE_END = new Set([".", "!", "?", "…"]);

/** Indexes the tokens of `analysis` against the quotations found in its text. */
export function buildTokenContext(analysis: Analysis, quotes: MarkedQuote[]): TokenContext {
  const { tokens, text } = analysis;
  const inQuote = new Int32Array(tokens.length).fill(-1);
  const paragraph = new Int32Array(tokens.length);
  const quoteTokens = quotes.map(() => ({ first: -1, last: -1 }));
  let q = 0;
  let para = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const gapStart = i > 0 ? (tokens[i - 1] as Token).end : 0;
    if (hasLineBreak(text, gapStart, t.start)) para++;
    paragraph[i] = para;
    if (hasLineBreak(t.text, 0, t.text.length)) para++;
    while (q < quotes.length && quoteEnd(quotes[q] as MarkedQuote) <= t.start) q++;
    const mq = quotes[q];
    if (mq && t.start >= mq.open && t.end <= quoteEnd(mq)) {
      inQuote[i] = q;
      const range = quoteTokens[q] as { first: number; last: number };
      if (range.first < 0) range.first = i;
      range.last = i;
    }
  }
  const boundary = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((inQuote[i] === -1 && SENTENCE_END.has(t.text)) || hasLineBreak(t.text, 0, t.text.length)) boundary[i] = 1;
  }
  return { text, tokens, quotes, inQuote, paragraph, quoteTokens, boundary };
}

function hasLineBreak(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === 10) return true;
  return false;
}

// Offset just past the closing mark (or the paragraph end of an unclosed part).
function quoteEnd(q: MarkedQuote): number {
  return q.closed ? q.close + 1 : q.close;
}

export function tok(ctx: TokenContext, i: number): Token | undefined {
  return ctx.tokens[i];
}

/** True for a sentence-ending mark or a line break outside any quotation (and past either end). */
export function isBoundary(ctx: TokenContext, i: number): boolean {
  return i < 0 || i >= ctx.tokens.length || ctx.boundary[i] === 1;
}

/** True when a quotation's words end a sentence ("… I am." or "… now?"). */
export function quoteEndsSentence(ctx: TokenContext, q: number): boolean {
  const mq = ctx.quotes[q];
  if (!mq) return false;
  let k = mq.close - 1;
  while (k > mq.open && /[\s"'’”)\]]/.test(ctx.text[k] as string)) k--;
  return /[.!?…]/.test(ctx.text[k] as string);
}

/** The text of tokens `first..last` as a span of the article. */
export function spanOf(ctx: TokenContext, first: number, last: number): Span {
  const start = (ctx.tokens[first] as Token).start;
  const end = (ctx.tokens[last] as Token).end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Token index holding character `offset`, or the first token after it. */
export function tokenAt(ctx: TokenContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First token of the sentence holding token `i`, walking back no further than `limit` tokens:
 * stops after a sentence end, a paragraph break or a quotation whose words end a sentence.
 */
export function sentenceStart(ctx: TokenContext, i: number, limit = 80): number {
  let k = i;
  for (let n = 0; n < limit && k > 0; n++) {
    const prev = k - 1;
    if (ctx.paragraph[prev] !== ctx.paragraph[k]) break;
    if (isBoundary(ctx, prev)) break;
    const q = ctx.inQuote[prev] as number;
    if (q >= 0 && ctx.quoteTokens[q]?.last === prev && ctx.quotes[q]?.closed && quoteEndsSentence(ctx, q) && ctx.inQuote[k] !== q) {
      // “… I am.” He said … : the closed quotation ends the previous sentence.
      const next = ctx.tokens[k];
      if (next && /^\p{Lu}/u.test(next.text)) break;
    }
    k = prev;
  }
  return k;
}

/** Last token of the sentence holding token `i` (before its closing mark), no further than `limit`. */
export function sentenceEnd(ctx: TokenContext, i: number, limit = 80): number {
  let k = i;
  for (let n = 0; n < limit && k < ctx.tokens.length - 1; n++) {
    const next = k + 1;
    if (ctx.paragraph[next] !== ctx.paragraph[k]) break;
    if (isBoundary(ctx, next)) break;
    k = next;
  }
  return k;
}
