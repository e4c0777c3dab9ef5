// Key points: a few extractive sentences that carry the story (who, what, figures, dates), in text order.
import type { Analysis, Sentence } from "./nlp.js";

export interface SentenceFacts {
  entities: number;
  figures: number;
  times: number;
  quoted: boolean;
}

const MIN_WORDS = 8;
const MAX_WORDS = 45;
const MAX_POINTS = 5;
const MIN_POINTS = 3;

/** Indexes of the key sentences, in text order. */
export function pickKeySentences(analysis: Analysis, facts: (s: Sentence) => SentenceFacts, skipBefore: number): Sentence[] {
  const scored: { s: Sentence; score: number }[] = [];
  for (const s of analysis.sentences) {
    if (s.end <= skipBefore) continue;
    const n = s.lastToken - s.firstToken + 1;
    if (n < MIN_WORDS || n > MAX_WORDS) continue;
    const text = analysis.text.slice(s.start, s.end);
    if (/^["“‘]/.test(text) || !/[.!?”"]$/.test(text)) continue;
    const f = facts(s);
    if (f.entities === 0) continue;
    const position = 3 / (1 + s.index * 0.5);
    const score = position + Math.min(f.entities, 4) * 0.6 + f.figures * 0.8 + f.times * 0.4 - (f.quoted ? 1.5 : 0);
    scored.push({ s, score });
  }
  scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const count = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.ceil(analysis.sentences.length / 8)));
  return scored
    .slice(0, count)
    .map((x) => x.s)
    .sort((a, b) => a.index - b.index);
}
