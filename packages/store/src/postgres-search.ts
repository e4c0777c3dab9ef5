// PostgreSQL search: ts_rank over the GIN-indexed tsvector, weighted by field, best piece per
// briefing; ts_headline (slow on long texts) only for the page returned.
import { sql } from "kysely";
import { FIELD_WEIGHT, type SearchField } from "./briefing-rows.js";
import type { RawHit, SearchBackend } from "./search-backend.js";
import { toTsQuery } from "./search-query.js";
import { MATCH_END, MATCH_START } from "./snippet.js";

const weightCase = sql.raw(
  `CASE d.field ${Object.entries(FIELD_WEIGHT)
    .map(([field, w]) => `WHEN '${field}' THEN ${w}`)
    .join(" ")} ELSE 1 END`,
);

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=28, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "`;

export const postgresSearch: SearchBackend = async (db, input, limit, offset) => {
  const tsquery = toTsQuery(input);
  if (!tsquery) return [];
  const best = await sql<{ doc_id: number; briefing_id: string; field: SearchField; score: number }>`
    WITH q AS (SELECT to_tsquery('english', ${tsquery}) AS query),
    best AS (
      SELECT DISTINCT ON (d.briefing_id) d.id AS doc_id, d.briefing_id, d.field,
        ts_rank(d.tsv, q.query) * ${weightCase} AS score
      FROM search_docs d, q
      WHERE d.tsv @@ q.query
      ORDER BY d.briefing_id, score DESC
    )
    SELECT * FROM best ORDER BY score DESC, briefing_id LIMIT ${limit} OFFSET ${offset}`.execute(db);
  if (best.rows.length === 0) return [];
  const ids = best.rows.map((r) => r.doc_id);
  const heads = await sql<{ id: number; snip: string }>`
    SELECT id, ts_headline('english', content, to_tsquery('english', ${tsquery}), ${HEADLINE_OPTIONS}) AS snip
    FROM search_docs WHERE id IN (${sql.join(ids)})`.execute(db);
  const byId = new Map(heads.rows.map((r) => [Number(r.id), r.snip]));
  return best.rows.map(
    (r): RawHit => ({ briefingId: r.briefing_id, field: r.field, marked: byId.get(Number(r.doc_id)) ?? "", rank: Number(r.score) }),
  );
};
