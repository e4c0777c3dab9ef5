// The tables as Kysely sees them. Dates are ISO text and JSON is text in both dialects, so one set of
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
  /** The briefing as JSON without its sources, which live verbatim in `sources`. */
  body: string;
}

export interface BriefingSourcesTable {
  briefing_id: string;
  source_id: string;
  position: number;
}

/** One searchable piece of a briefing: its title, an article text, an entity's names or a quote. */
export interface SearchDocsTable {
  id: Generated<number>;
  briefing_id: string;
  field: string;
  content: string;
}

export interface StoreTables {
  store_meta: StoreMetaTable;
  sources: SourcesTable;
  briefings: BriefingsTable;
  briefing_sources: BriefingSourcesTable;
  search_docs: SearchDocsTable;
}
