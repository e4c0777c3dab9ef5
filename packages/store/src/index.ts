export { defaultDatabasePath, resolveDatabasePath, resolveDatabaseUrl } from "./database-path.js";
export { isStoreError, StoreError, type StoreErrorCode } from "./errors.js";
export { STORE_SCHEMA_VERSION } from "./migrations.js";
export { openStore } from "./open-store.js";
export { queryWords } from "./search-query.js";
export type { BriefingStore, BriefingSummary, ListOptions, OpenStoreOptions, PutResult, SearchHit, SnippetPart } from "./types.js";
