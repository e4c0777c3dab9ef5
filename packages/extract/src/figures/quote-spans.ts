// Which tokens sit inside quotation marks, found in one pass: a figure inside a quote is vouched
// for by whoever the quote is attributed to, even when that attribution is in another sentence.
import type { Token } from "../nlp.js";

/** Quotations by token index: `quoteOf[i]` is the quotation holding token i, or -1. */
export interface QuoteSpans {
  quoteOf: Int32Array;
  /** Token index of each quotation's opening and closing mark (closing -1 when never closed). */
  open: number[];
  close: number[];
}

const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);

/** Marks the tokens inside curly or straight double quotation marks; paragraphs end open quotes of straight marks. */
export function quoteSpans(tokens: readonly Token[]): QuoteSpans {
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const open: number[] = [];
  const close: number[] = [];
  let current = -1;
  let straight = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const mark = t.text;
    if (t.type === "tabCRLF" && straight && current >= 0) {
      current = -1;
      straight = false;
      continue;
    }
    if (current < 0 && (OPENING.has(mark) || mark === '"')) {
      current = open.length;
      open.push(i);
      close.push(-1);
      straight = mark === '"';
      continue;
    }
    if (current >= 0 && (CLOSING.has(mark) || (straight && mark === '"'))) {
      close[current] = i;
      current = -1;
      straight = false;
      continue;
    }
    if (current >= 0) quoteOf[i] = current;
  }
  return { quoteOf, open, close };
}
