// A user's search text becomes a query made only of words we quote ourselves, so quotes, brackets and
// unbalanced syntax typed by a person can never reach the FTS parser as syntax. The operators a
// search box is expected to know are read here, the same way for both backends: words are all
// required, `OR` (in capitals) between two words makes either enough, and `NOT` (in capitals) before
// a word or a `-` glued to its front leaves out what contains it.

/** A word of the query: its tokens (letters and digits) must appear together, in order. */
export type QueryWord = string[];

/** A word as searched for: whether its last token also matches as a prefix ("geoth" → geothermal). */
export interface QueryTerm {
  tokens: QueryWord;
  prefix: boolean;
}

/** What a query asks for: every clause (any one of its terms) must match, and no excluded term. */
export interface ParsedQuery {
  clauses: QueryTerm[][];
  excluded: QueryTerm[];
}

const MAX_WORDS = 32;
/** Shorter prefixes would expand to most of the vocabulary and make search slow. */
const MIN_PREFIX = 3;

/** Reads a user's query; null when it has no word to look for (empty, punctuation, only exclusions). */
export function parseQuery(input: string): ParsedQuery | null {
  const clauses: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let pending: "or" | "not" | null = null;
  let lastWasRequired = false;
  let last: QueryTerm | undefined;
  let count = 0;
  for (const chunk of input.normalize("NFKC").split(/\s+/u)) {
    // Operators only in capitals, so "war or peace" and "not guilty" stay ordinary words.
    if (chunk === "OR") {
      if (lastWasRequired) pending = "or";
      continue;
    }
    if (chunk === "NOT") {
      pending = "not";
      continue;
    }
    if (chunk === "AND") continue;
    const tokens = chunk.toLowerCase().match(/[\p{L}\p{N}]+/gu);
    if (!tokens) continue;
    const term: QueryTerm = { tokens, prefix: false };
    if (pending === "not" || chunk.startsWith("-")) {
      excluded.push(term);
      lastWasRequired = false;
    } else if (pending === "or") {
      clauses.at(-1)?.push(term);
    } else {
      clauses.push([term]);
      lastWasRequired = true;
    }
    pending = null;
    last = term;
    if (++count === MAX_WORDS) break;
  }
  // The last word typed also matches as a prefix, as people type, unless the query ends in a space.
  const lastToken = last?.tokens.at(-1);
  if (last && lastToken && lastToken.length >= MIN_PREFIX && !/\s$/u.test(input)) last.prefix = true;
  return clauses.length > 0 ? { clauses, excluded } : null;
}

/** The words a query looks for (not the ones it excludes), to highlight them elsewhere. */
export function queryWords(input: string): QueryWord[] {
  return (parseQuery(input)?.clauses ?? []).flat().map((t) => t.tokens);
}

const fts5Term = (t: QueryTerm) => `"${t.tokens.join(" ")}"${t.prefix ? "*" : ""}`;
const fts5Any = (terms: QueryTerm[]) => (terms.length > 1 ? `(${terms.map(fts5Term).join(" OR ")})` : fts5Term(terms[0]!));

/** An SQLite FTS5 MATCH expression: each word a quoted phrase. */
export function toFts5Query(input: string): string | null {
  const query = parseQuery(input);
  if (!query) return null;
  const required = query.clauses.map(fts5Any).join(" AND ");
  return query.excluded.length > 0 ? `(${required}) NOT ${fts5Any(query.excluded)}` : required;
}

function tsTerm(t: QueryTerm): string {
  const tokens = t.tokens.map((token) => `'${token}'`);
  if (t.prefix) tokens[tokens.length - 1] += ":*";
  return tokens.length > 1 ? `(${tokens.join(" <-> ")})` : tokens[0]!;
}

/** A PostgreSQL `to_tsquery` expression: tokens of a word adjacent (`<->`), `|` within a clause, `&` between, `!` excluded. */
export function toTsQuery(input: string): string | null {
  const query = parseQuery(input);
  if (!query) return null;
  const required = query.clauses.map((terms) => (terms.length > 1 ? `(${terms.map(tsTerm).join(" | ")})` : tsTerm(terms[0]!)));
  return [...required, ...query.excluded.map((t) => `!${tsTerm(t)}`)].join(" & ");
}
