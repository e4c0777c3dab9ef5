// SQLite FTS5: one row per briefing (rowid = briefings.seq) with a column per kind of match, ranked by
// bm25 weighted per column. Snippets are computed only for the page returned.
import { sql } from "kysely";
import type { SearchDocument } from "./briefing-rows.js";
import { pageSnippets, type RawHit, type SearchIndex } from "./search-backend.js";
import { queryWords, toFts5Query } from "./search-query.js";
import { MATCH_END, MATCH_START } from "./snippet.js";

export const sqliteSearchIndex: SearchIndex = {
  async create(trx) {
    // Porter stemming so "attacks" finds "attack"; diacritics removed so "Quebec" finds "Québec".
    await sql`CREATE VIRTUAL TABLE search_index USING fts5(title, entities, quotes, text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
      trx,
    );
    // A title match says more than one word deep in a long article.
    await sql`INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 2.0, 1.5, 1.0)')`.execute(trx);
  },

  async add(trx, seq, doc) {
    await sql`INSERT INTO search_index (rowid, title, entities, quotes, text) VALUES (${seq}, ${doc.title}, ${doc.entities}, ${doc.quotes}, ${doc.text})`.execute(
      trx,
    );
  },

  async remove(trx, seq) {
    await sql`DELETE FROM search_index WHERE rowid = ${seq}`.execute(trx);
  },

  async search(db, input, limit, offset) {
    const match = toFts5Query(input);
    if (!match) return [];
    const ranked = await sql<{ seq: number; rank: number }>`
      SELECT rowid AS seq, rank FROM search_index WHERE search_index MATCH ${match} ORDER BY rank LIMIT ${limit} OFFSET ${offset}`.execute(
      db,
    );
    if (ranked.rows.length === 0) return [];
    const seqs = sql.join(ranked.rows.map((r) => r.seq));
    const short = await sql<Omit<SearchDocument, "text"> & { seq: number }>`
      SELECT rowid AS seq,
        snippet(search_index, 0, ${MATCH_START}, ${MATCH_END}, '…', 64) AS title,
        snippet(search_index, 1, ${MATCH_START}, ${MATCH_END}, '…', 16) AS entities,
        snippet(search_index, 2, ${MATCH_START}, ${MATCH_END}, '…', 24) AS quotes
      FROM search_index WHERE search_index MATCH ${match} AND rowid IN (${seqs})`.execute(db);
    const snippets = await pageSnippets(short.rows, queryWords(input).length, async (need) => {
      const r = await sql<{ seq: number; text: string }>`
        SELECT rowid AS seq, snippet(search_index, 3, ${MATCH_START}, ${MATCH_END}, '…', 24) AS text
        FROM search_index WHERE search_index MATCH ${match} AND rowid IN (${sql.join(need)})`.execute(db);
      return r.rows;
    });
    return ranked.rows.flatMap((r): RawHit[] => {
      const s = snippets.get(Number(r.seq));
      // bm25 is negative, more negative being better; callers get higher-is-better.
      return s ? [{ seq: Number(r.seq), rank: -r.rank, ...s }] : [];
    });
  },
};
