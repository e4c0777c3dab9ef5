// FTS5 search: bm25 per searchable piece, weighted by field, best piece per briefing; snippets are
// computed only for the page returned, since snippet() over thousands of matches is the slow part.
import { sql } from "kysely";
import { FIELD_WEIGHT, type SearchField } from "./briefing-rows.js";
import type { RawHit, SearchBackend } from "./search-backend.js";
import { toFts5Query } from "./search-query.js";
import { MATCH_END, MATCH_START } from "./snippet.js";

const weightCase = sql.raw(
  `CASE d.field ${Object.entries(FIELD_WEIGHT)
    .map(([field, w]) => `WHEN '${field}' THEN ${w}`)
    .join(" ")} ELSE 1 END`,
);

export const sqliteSearch: SearchBackend = async (db, input, limit, offset) => {
  const match = toFts5Query(input);
  if (!match) return [];
  // bm25 is negative (more negative is better); min() with bare columns picks the best piece.
  const best = await sql<{ doc_id: number; briefing_id: string; field: SearchField; score: number }>`
    SELECT d.id AS doc_id, d.briefing_id AS briefing_id, d.field AS field, min(f.rank * ${weightCase}) AS score
    FROM search_fts f JOIN search_docs d ON d.id = f.rowid
    WHERE search_fts MATCH ${match}
    GROUP BY d.briefing_id
    ORDER BY score, d.briefing_id
    LIMIT ${limit} OFFSET ${offset}`.execute(db);
  if (best.rows.length === 0) return [];
  const ids = best.rows.map((r) => r.doc_id);
  const snippets = await sql<{ id: number; snip: string }>`
    SELECT rowid AS id, snippet(search_fts, 0, ${MATCH_START}, ${MATCH_END}, '…', 24) AS snip
    FROM search_fts WHERE search_fts MATCH ${match} AND rowid IN (${sql.join(ids)})`.execute(db);
  const byId = new Map(snippets.rows.map((r) => [Number(r.id), r.snip]));
  return best.rows.map(
    (r): RawHit => ({ briefingId: r.briefing_id, field: r.field, marked: byId.get(Number(r.doc_id)) ?? "", rank: -r.score }),
  );
};
