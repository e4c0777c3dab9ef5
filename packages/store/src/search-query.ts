// A user's search text becomes a query made only of words we quote ourselves, so quotes, operators
// and unbalanced syntax typed by a person can never reach the FTS parser as syntax.

/** A word of the query: its tokens (letters and digits) must appear together, in order. */
export type QueryWord = string[];

const MAX_WORDS = 32;
/** Shorter prefixes would expand to most of the vocabulary and make search slow. */
const MIN_PREFIX = 3;

/** The words of a user's query; empty when it has no letters or digits. */
export function queryWords(input: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const chunk of input.normalize("NFKC").split(/\s+/u)) {
    const tokens = chunk.toLowerCase().match(/[\p{L}\p{N}]+/gu);
    if (tokens) words.push(tokens);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** True when the last word should match as a prefix ("Rub" finds "Rubio"), as people type. */
function prefixLast(input: string, words: QueryWord[]): boolean {
  const last = words.at(-1)?.at(-1);
  return last !== undefined && last.length >= MIN_PREFIX && !/\s$/u.test(input);
}

/** An SQLite FTS5 MATCH expression: every word as a quoted phrase, all required. */
export function toFts5Query(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  const prefix = prefixLast(input, words);
  return words.map((w, i) => `"${w.join(" ")}"${prefix && i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** A PostgreSQL `to_tsquery` expression: tokens of a word adjacent (`<->`), words all required (`&`). */
export function toTsQuery(input: string): string | null {
  const words = queryWords(input);
  if (words.length === 0) return null;
  const prefix = prefixLast(input, words);
  return words
    .map((w, i) => {
      const tokens = w.map((t) => `'${t}'`);
      if (prefix && i === words.length - 1) tokens[tokens.length - 1] += ":*";
      return tokens.length > 1 ? `(${tokens.join(" <-> ")})` : tokens[0];
    })
    .join(" & ");
}
