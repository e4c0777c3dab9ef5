import type { Kysely } from "kysely";
import type { SearchField } from "./briefing-rows.js";
import type { StoreTables } from "./tables.js";

/** One briefing's best match, before its summary is attached. */
export interface RawHit {
  briefingId: string;
  field: SearchField;
  /** Snippet text with MATCH_START/MATCH_END around matched words. */
  marked: string;
  /** Higher is better. */
  rank: number;
}

/** The dialect-specific half of search: everything else is shared. */
export type SearchBackend = (db: Kysely<StoreTables>, input: string, limit: number, offset: number) => Promise<RawHit[]>;
