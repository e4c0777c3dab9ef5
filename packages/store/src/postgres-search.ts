// PostgreSQL: one row per briefing (keyed by briefings.seq) whose tsvector weighs titles (A), entity
// names (B), quotes (C) and article text (D), GIN-indexed and ranked by ts_rank. ts_headline, slow
// on long texts, runs only for the page returned.
import { sql } from "kysely";
import type { SearchDocument } from "./briefing-rows.js";
import { pageSnippets, type RawHit, type SearchIndex } from "./search-backend.js";
import { queryWords, toTsQuery } from "./search-query.js";
import { MATCH_END, MATCH_START } from "./snippet.js";

const marks = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const TITLE_OPTIONS = `${marks}, HighlightAll=true`;
const SHORT_OPTIONS = `${marks}, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "`;
const TEXT_OPTIONS = `${marks}, MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;

export const postgresSearchIndex: SearchIndex = {
  async create(trx) {
    await sql`CREATE TABLE search_index (
      seq integer PRIMARY KEY REFERENCES briefings (seq) ON DELETE CASCADE,
      title text NOT NULL,
      entities text NOT NULL,
      quotes text NOT NULL,
      text text NOT NULL,
      tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', entities), 'B') ||
        setweight(to_tsvector('english', quotes), 'C') ||
        setweight(to_tsvector('english', text), 'D')
      ) STORED
    )`.execute(trx);
    await sql`CREATE INDEX search_index_tsv ON search_index USING gin (tsv)`.execute(trx);
  },

  async add(trx, seq, doc) {
    await sql`INSERT INTO search_index (seq, title, entities, quotes, text) VALUES (${seq}, ${doc.title}, ${doc.entities}, ${doc.quotes}, ${doc.text})`.execute(
      trx,
    );
  },

  async remove(trx, seq) {
    await sql`DELETE FROM search_index WHERE seq = ${seq}`.execute(trx);
  },

  async search(db, input, limit, offset) {
    const tsquery = toTsQuery(input);
    if (!tsquery) return [];
    const ranked = await sql<{ seq: number; score: number }>`
      SELECT s.seq, ts_rank(s.tsv, q.query) AS score
      FROM search_index s, to_tsquery('english', ${tsquery}) AS q(query)
      WHERE s.tsv @@ q.query
      ORDER BY score DESC, s.seq DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
    if (ranked.rows.length === 0) return [];
    const seqs = sql.join(ranked.rows.map((r) => r.seq));
    const short = await sql<Omit<SearchDocument, "text"> & { seq: number }>`
      SELECT s.seq,
        ts_headline('english', s.title, q.query, ${TITLE_OPTIONS}) AS title,
        ts_headline('english', s.entities, q.query, ${SHORT_OPTIONS}) AS entities,
        ts_headline('english', s.quotes, q.query, ${SHORT_OPTIONS}) AS quotes
      FROM search_index s, to_tsquery('english', ${tsquery}) AS q(query)
      WHERE s.seq IN (${seqs})`.execute(db);
    const snippets = await pageSnippets(short.rows, queryWords(input).length, async (need) => {
      const r = await sql<{ seq: number; text: string }>`
        SELECT s.seq, ts_headline('english', s.text, q.query, ${TEXT_OPTIONS}) AS text
        FROM search_index s, to_tsquery('english', ${tsquery}) AS q(query)
        WHERE s.seq IN (${sql.join(need)})`.execute(db);
      return r.rows;
    });
    return ranked.rows.flatMap((r): RawHit[] => {
      const h = snippets.get(Number(r.seq));
      return h ? [{ seq: Number(r.seq), rank: Number(r.score), ...h }] : [];
    });
  },
};
