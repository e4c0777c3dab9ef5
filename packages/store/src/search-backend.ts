import type { Kysely, Transaction } from "kysely";
import { SEARCH_COLUMNS, type SearchDocument, type SearchField } from "./briefing-rows.js";
import { MATCH_END, MATCH_START } from "./snippet.js";
import type { StoreTables } from "./tables.js";

/** One briefing's match, before its summary is attached. */
export interface RawHit {
  /** The briefing's `seq`, which is also its row in the search index. */
  seq: number;
  field: SearchField;
  /** Snippet text with MATCH_START/MATCH_END around matched words. */
  marked: string;
  /** Higher is better. */
  rank: number;
}

type Db = Kysely<StoreTables> | Transaction<StoreTables>;

/** The dialect-specific half of search: one index row per briefing, keyed by its `seq`. */
export interface SearchIndex {
  create(trx: Db): Promise<void>;
  add(trx: Db, seq: number, doc: SearchDocument): Promise<void>;
  remove(trx: Db, seq: number): Promise<void>;
  search(db: Db, input: string, limit: number, offset: number): Promise<RawHit[]>;
}

/** How many distinct words a marked snippet shows matched. */
export function matchedWords(marked: string): number {
  const words = new Set<string>();
  for (const piece of marked.split(MATCH_START).slice(1)) {
    const end = piece.indexOf(MATCH_END);
    words.add((end < 0 ? piece : piece.slice(0, end)).toLowerCase());
  }
  return words.size;
}

/** The snippet to show: the column with the most distinct matched words, titles first on a tie. */
export function bestSnippet(snippets: Record<keyof SearchDocument, string>): { field: SearchField; marked: string } {
  let best: { field: SearchField; marked: string; words: number } | null = null;
  for (const [column, field] of SEARCH_COLUMNS) {
    const marked = snippets[column] ?? "";
    const words = matchedWords(marked);
    if (!best || words > best.words) best = { field, marked, words };
  }
  return best ?? { field: "title", marked: snippets.title ?? "" };
}

type ShortColumns = Omit<SearchDocument, "text">;

/**
 * Snippets for a page of hits. The short columns come first; the article text, whose snippet costs
 * most (it tokenizes the whole article), is fetched only for hits whose short columns do not already
 * show every word of the query.
 */
export async function pageSnippets(
  short: ReadonlyArray<ShortColumns & { seq: number }>,
  queryWordCount: number,
  textSnippets: (seqs: number[]) => Promise<ReadonlyArray<{ seq: number; text: string }>>,
): Promise<Map<number, { field: SearchField; marked: string }>> {
  const needText = short.filter((r) => Math.max(matchedWords(r.title), matchedWords(r.entities), matchedWords(r.quotes)) < queryWordCount);
  const texts = needText.length ? await textSnippets(needText.map((r) => Number(r.seq))) : [];
  const textOf = new Map(texts.map((t) => [Number(t.seq), t.text]));
  return new Map(short.map((r) => [Number(r.seq), bestSnippet({ ...r, text: textOf.get(Number(r.seq)) ?? "" })]));
}
