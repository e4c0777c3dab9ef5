// Batch ingest reads articles in worker threads with a time and memory budget each, so one
// pathological file fails alone (with its reason) and the batch goes on. The budgets are the web
// server's settings, under the same names.
import type { ExtractionPool } from "@briefing/extract/pool";
import { CliError, EXIT } from "./exit-codes.js";

/** A pool of extraction workers configured from BRIEFING_EXTRACT_TIME_MS, _MEMORY_MB and _THREADS. */
export async function openExtractionPool(env: NodeJS.ProcessEnv = process.env): Promise<ExtractionPool> {
  // Loaded here only: the pool (and piscina) is for the commands that extract many articles.
  const { ExtractionPool, PoolSettingError, poolOptionsFromEnv } = await import("@briefing/extract/pool");
  try {
    // The batch feeds the pool a bounded window of its own, so the web server's queue limit does not apply.
    const { maxQueue: _queue, ...options } = poolOptionsFromEnv(env);
    return new ExtractionPool(options);
  } catch (error) {
    if (error instanceof PoolSettingError) throw new CliError(EXIT.usage, error.message);
    throw error;
  }
}
