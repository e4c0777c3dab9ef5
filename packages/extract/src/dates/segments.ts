// The pieces of text the finders scan: sentences, with overlong ones cut at token boundaries so that
// the work stays linear in the size of the text (chrono slows down sharply on very long strings).
import type { Analysis, Token } from "../nlp.js";

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const MAX_SEGMENT = 1500;

/** Sentences of the analysis as segments of at most about MAX_SEGMENT characters. */
export function segmentsOf(analysis: Analysis): Segment[] {
  const out: Segment[] = [];
  for (const s of analysis.sentences) {
    let start = s.start;
    for (let i = s.firstToken; i <= s.lastToken; i++) {
      const t = analysis.tokens[i] as Token;
      if (t.end - start > MAX_SEGMENT && t.start > start) {
        out.push({ start, end: t.start, text: analysis.text.slice(start, t.start) });
        start = t.start;
      }
    }
    out.push({ start, end: s.end, text: analysis.text.slice(start, s.end) });
  }
  return out;
}
