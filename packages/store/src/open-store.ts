import { resolveDatabasePath, resolveDatabaseUrl } from "./database-path.js";
import type { BriefingStore, OpenStoreOptions } from "./types.js";

/**
 * Opens the store: PostgreSQL when `url` or `BRIEFING_DATABASE_URL` is set, else the SQLite file at
 * `path`, `BRIEFING_DB` or the per-user data directory. Migrates the schema and, on first use of an
 * empty store, stores the sample briefing.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<BriefingStore> {
  const seed = options.seedSample ?? true;
  const url = resolveDatabaseUrl(options.url);
  if (url) {
    // Loaded only when asked for, so the SQLite path starts without pg.
    const { openPostgresStore } = await import("./postgres-store.js");
    return openPostgresStore(url, seed, options.schema);
  }
  const { openSqliteStore } = await import("./sqlite-store.js");
  return openSqliteStore(resolveDatabasePath(options.path), seed, options.busyTimeoutMs);
}
