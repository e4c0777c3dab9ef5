// The store's contract: what the CLI, the terminal UI and the web app may ask of it. SQLite and
// PostgreSQL implement it behind one query layer; no caller sees SQL.
import type { Briefing, ExtractorInfo, Source } from "@briefing/core";

/** One row of the briefing list. */
export interface BriefingSummary {
  id: string;
  title: string;
  /** Publication date of the first source, ISO, or null. */
  published: string | null;
  publishers: string[];
  sourceIds: string[];
  /** The first key figure as a reader writes it ("42%, according to PICSS"), or null. */
  keyFigure: string | null;
  extractor: ExtractorInfo;
  /** When it was stored (ISO timestamp). */
  storedAt: string;
  counts: { entities: number; statements: number; figures: number; events: number };
}

/** A piece of a search snippet; `match` marks the words that matched, so no screen parses markup. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  briefing: BriefingSummary;
  /** Where the match is: title, article text, entity name or quote. */
  field: "title" | "text" | "entity" | "quote";
  snippet: SnippetPart[];
  rank: number;
}

export interface PutResult {
  id: string;
  /** False when the same sources were already stored (re-ingest is idempotent). */
  created: boolean;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

export interface BriefingStore {
  /** Which backend this is. */
  readonly kind: "sqlite" | "postgres";
  /** Stores the briefing and its sources in one transaction; idempotent for the same sources. */
  putBriefing(briefing: Briefing): Promise<PutResult>;
  /** Replaces a stored briefing (rebuild by a newer extractor), keeping its sources. */
  replaceBriefing(briefing: Briefing): Promise<void>;
  getBriefing(id: string): Promise<Briefing | null>;
  getSource(id: string): Promise<Source | null>;
  /** Newest first. */
  listBriefings(options?: ListOptions): Promise<BriefingSummary[]>;
  countBriefings(): Promise<number>;
  /** Ranked full-text search over titles, article text, entity names and quotes. */
  search(query: string, options?: ListOptions): Promise<SearchHit[]>;
  /** Deletes a briefing (and sources no other briefing uses); false when there was none. */
  removeBriefing(id: string): Promise<boolean>;
  /** Every stored briefing id with its sources, for `briefing rebuild`. */
  listSourcesByBriefing(): AsyncIterable<{ id: string; sources: Source[]; extractor: ExtractorInfo }>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** SQLite file; default `BRIEFING_DB`, else the per-user data directory. */
  path?: string;
  /** PostgreSQL URL; default `BRIEFING_DATABASE_URL`. When set, PostgreSQL is used. */
  url?: string;
  /** Store the sample reference briefing when the store is empty (default true). */
  seedSample?: boolean;
  /** SQLite only: how long a write waits for another process's transaction before failing as `locked` (default 10 000 ms). */
  busyTimeoutMs?: number;
  /** PostgreSQL only: the schema to use (created if missing), so several stores can share one database. */
  schema?: string;
}
