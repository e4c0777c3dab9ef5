// The tables as Kysely sees them (the search index is dialect-specific and lives in *-search.ts). Dates are ISO text and JSON is text in both dialects, so one set of
// queries serves SQLite and PostgreSQL alike.
import type { Generated } from "kysely";

export interface StoreMetaTable {
  key: string;
  value: string;
}

export interface SourcesTable {
  id: string;
  content_hash: string;
  text: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  language: string;
  retrieved_at: string | null;
  stored_at: string;
}

export interface BriefingsTable {
  /** Insertion order, never reused: "newest first" without clock ties. */
  seq: Generated<number>;
  id: string;
  title: string;
  published: string | null;
  /** JSON array of strings. */
  publishers: string;
  /** JSON array of source ids, in the briefing's order. */
  source_ids: string;
  key_figure: string | null;
  extractor_name: string;
  extractor_version: string;
  stored_at: string;
  updated_at: string;
  n_entities: number;
  n_statements: number;
  n_figures: number;
  n_events: number;
}

/** Kept apart from `briefings`, so listing and paging walk narrow rows. */
export interface BriefingBodiesTable {
  id: string;
  /** The briefing as JSON with its sources' metadata but not their texts, which live in `sources`. */
  body: string;
}

export interface BriefingSourcesTable {
  briefing_id: string;
  source_id: string;
  position: number;
}

export interface StoreTables {
  store_meta: StoreMetaTable;
  sources: SourcesTable;
  briefings: BriefingsTable;
  briefing_bodies: BriefingBodiesTable;
  briefing_sources: BriefingSourcesTable;
}
