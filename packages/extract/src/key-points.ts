// Key points: a few extractive sentences that carry the story (who, what, figures, dates), in text order.
// A key point must read on its own: a sentence that opens with "But", "Also" or a pronoun whose name is
// not at hand leans on the one before and is passed over for one that stands alone.
import { z } from "zod";
import words from "./lexicons/key-points.json" with { type: "json" };
import type { Analysis, Sentence } from "./nlp.js";

const KeyPointWordsSchema = z.object({
  connectives: z.array(z.string().min(1)),
  leadingPhrases: z.array(z.string().min(1)),
  personPronouns: z.array(z.string().min(1)),
  otherPronouns: z.array(z.string().min(1)),
});
const lexicon = KeyPointWordsSchema.parse(words);
const connectives = new Set(lexicon.connectives);
const personPronouns = new Set(lexicon.personPronouns);
const otherPronouns = new Set(lexicon.otherPronouns);

/** How a sentence opens: on its own, with a person pronoun a name can stand in for, or leaning on what came before. */
export type Opening = "standalone" | "person-pronoun" | "dependent";

/** Reads the opening of a sentence ("But he…" is dependent; "He said…" a person pronoun; "The board…" standalone). */
export function openingOf(sentence: string): Opening {
  const lower = sentence.trimStart().toLowerCase();
  if (lexicon.leadingPhrases.some((p) => lower.startsWith(`${p} `) || lower.startsWith(`${p},`))) return "dependent";
  const first = lower.match(/^[\p{L}']+/u)?.[0] ?? "";
  if (connectives.has(first)) return "dependent";
  if (personPronouns.has(first)) return "person-pronoun";
  if (otherPronouns.has(first)) return "dependent";
  return "standalone";
}

export interface SentenceFacts {
  entities: number;
  figures: number;
  times: number;
  quoted: boolean;
  /** For a sentence opening with "he"/"she": whether the previous sentence names a person it can refer to. */
  antecedent: boolean;
}

/** What leaning on the previous sentence costs a candidate: enough to prefer any sentence that stands alone. */
const DEPENDENT_PENALTY = 4;

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
    const opening = openingOf(text);
    const leans = opening === "dependent" || (opening === "person-pronoun" && !f.antecedent);
    const score =
      position + Math.min(f.entities, 4) * 0.6 + f.figures * 0.8 + f.times * 0.4 - (f.quoted ? 1.5 : 0) - (leans ? DEPENDENT_PENALTY : 0);
    scored.push({ s, score });
  }
  scored.sort((a, b) => b.score - a.score || a.s.index - b.s.index);
  const count = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.ceil(analysis.sentences.length / 8)));
  return scored
    .slice(0, count)
    .map((x) => x.s)
    .sort((a, b) => a.index - b.index);
}
