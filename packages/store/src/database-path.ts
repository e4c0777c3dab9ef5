import { join } from "node:path";
import envPaths from "env-paths";

/** Where the embedded store lives when nothing is configured: the per-user data directory (XDG on Linux). */
export function defaultDatabasePath(): string {
  return join(envPaths("briefing", { suffix: "" }).data, "briefing.db");
}

/** The SQLite file to use: the option, else `BRIEFING_DB`, else the per-user default. */
export function resolveDatabasePath(path?: string): string {
  return path || process.env.BRIEFING_DB || defaultDatabasePath();
}

/** The PostgreSQL URL to use, if any: the option, else `BRIEFING_DATABASE_URL`. */
export function resolveDatabaseUrl(url?: string): string | undefined {
  return url || process.env.BRIEFING_DATABASE_URL || undefined;
}
