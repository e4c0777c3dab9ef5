// Topics: the noun phrases the article keeps returning to, each grounded where it is first used.
import { occupationSet, titleSet } from "./lexicons/index.js";
import type { Analysis, Token } from "./nlp.js";

export interface TopicDraft {
  label: string;
  spans: { start: number; end: number }[];
}

const MAX_TOPICS = 4;
const MAX_EVIDENCE = 3;
/** Nouns too general to be a topic. */
const GENERAL = new Set([
  "year",
  "time",
  "day",
  "week",
  "month",
  "people",
  "percent",
  "way",
  "thing",
  "part",
  "number",
  "lot",
  "official",
  "statement",
  "report",
  "country",
  "nation",
  "world",
  "man",
  "woman",
  "group",
  "area",
  "issue",
  "term",
  "end",
  "point",
  "case",
  "place",
  "side",
  "fact",
  "kind",
  "one",
  "other",
]);

/** Up to four topics: repeated noun phrases (noun compounds first), with evidence. */
export function findTopics(analysis: Analysis): TopicDraft[] {
  const counts = new Map<string, { n: number; spans: { start: number; end: number }[]; label: string; words: number }>();
  const add = (key: string, label: string, start: number, end: number, words: number) => {
    const c = counts.get(key) ?? { n: 0, spans: [], label, words };
    c.n++;
    if (c.spans.length < MAX_EVIDENCE) c.spans.push({ start, end });
    counts.set(key, c);
  };
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      t.pos !== "NOUN" ||
      t.type !== "word" ||
      t.text.length < 3 ||
      GENERAL.has(t.lemma) ||
      titleSet.has(t.lemma) ||
      occupationSet.has(t.lemma)
    )
      continue;
    add(t.lemma, t.text.toLowerCase(), t.start, t.end, 1);
    const prev = tokens[i - 1];
    if (
      prev &&
      (prev.pos === "NOUN" || prev.pos === "ADJ") &&
      prev.type === "word" &&
      prev.end + 1 === t.start &&
      prev.sentence === t.sentence &&
      !GENERAL.has(prev.lemma)
    ) {
      add(`${prev.lemma} ${t.lemma}`, analysis.text.slice(prev.start, t.end).toLowerCase(), prev.start, t.end, 2);
    }
  }
  const ranked = [...counts.values()]
    .filter((c) => c.n >= 2)
    .sort((a, b) => b.n * b.words - a.n * a.words || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  const out: TopicDraft[] = [];
  for (const c of ranked) {
    if (out.length >= MAX_TOPICS) break;
    if (out.some((o) => o.label.toLowerCase().includes(c.label) || c.label.includes(o.label.toLowerCase()))) continue;
    out.push({ label: c.label.charAt(0).toUpperCase() + c.label.slice(1), spans: c.spans });
  }
  return out;
}
