// The one place that talks to wink-nlp: everything else works on plain offsets into the text.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface Token {
  /** Index in `Analysis.tokens`. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, NUM, PUNCT, …). */
  pos: string;
  /** wink token type: word, number, punctuation, currency, symbol, email, url, tabCRLF, … */
  type: string;
  /** Lower-case lemma ("held" -> "hold"). */
  lemma: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token index range [firstToken, lastToken] inclusive. */
  firstToken: number;
  lastToken: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

interface WinkItems {
  out(f?: unknown): unknown;
  each(f: (item: WinkItems) => void): void;
}
interface WinkDoc {
  tokens(): WinkItems;
  sentences(): WinkItems;
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let wink: Wink | undefined;

/**
 * The annotations the rules read: sentences, and POS with lemmas. wink's own named entities,
 * negation and sentiment are never read here and cost about half of each readDoc.
 */
const PIPE = ["sbd", "pos"];

/** Loads the model once per process (about 150-300 ms); later calls are free. */
export function loadNlp(): Wink {
  if (!wink) {
    const winkNLP = require("wink-nlp") as (model: unknown, pipe: string[]) => Wink;
    wink = winkNLP(require("wink-eng-lite-web-model"), PIPE);
  }
  return wink;
}

/** Tokens with exact offsets, POS, lemmas and sentences. wink round-trips the text, so offsets are exact. */
export function analyze(text: string): Analysis {
  const nlp = loadNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const types = all.out(its.type) as string[];
  const lemmas = all.out(its.lemma) as string[];

  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] as string).length;
    const value = values[i] as string;
    tokens.push({
      index: i,
      start: offset,
      end: offset + value.length,
      text: value,
      pos: pos[i] as string,
      type: types[i] as string,
      lemma: (lemmas[i] as string).toLowerCase(),
      sentence: 0,
    });
    offset += value.length;
  }

  const sentences: Sentence[] = [];
  doc.sentences().each((s) => {
    const [first, last] = s.out(its.span) as [number, number];
    const index = sentences.length;
    for (let i = first; i <= last; i++) (tokens[i] as Token).sentence = index;
    sentences.push({ index, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, firstToken: first, lastToken: last });
  });
  return { text, tokens, sentences };
}
