import { ExtractionPool, type ExtractionPoolOptions } from "@briefing/extract/pool";
import { z } from "zod";

// One pool of extraction workers per server process, configured from the environment. It lives on
// globalThis: the start script creates it with Node's own module loading (in Next's bundle the
// pool's worker file would not be found), and Next may load this module once per route bundle.

const KEY = Symbol.for("briefing.web.extraction-pool");
type Holder = { [KEY]?: ExtractionPool };

const setting = (max: number) =>
  z.string().regex(/^\d+$/, "must be a whole number").transform(Number).pipe(z.number().int().min(1).max(max)).optional();

const PoolEnvSchema = z.object({
  BRIEFING_EXTRACT_TIME_MS: setting(600_000),
  BRIEFING_EXTRACT_MEMORY_MB: setting(16_384),
  BRIEFING_EXTRACT_THREADS: setting(64),
  BRIEFING_EXTRACT_QUEUE: setting(10_000),
});

/** The pool's options from BRIEFING_EXTRACT_* settings (unset ones keep the pool's defaults). */
export function poolOptionsFromEnv(env: Record<string, string | undefined> = process.env): ExtractionPoolOptions {
  const parsed = PoolEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0])} ${issue?.message}`);
  }
  const { BRIEFING_EXTRACT_TIME_MS, BRIEFING_EXTRACT_MEMORY_MB, BRIEFING_EXTRACT_THREADS, BRIEFING_EXTRACT_QUEUE } = parsed.data;
  return {
    ...(BRIEFING_EXTRACT_TIME_MS ? { timeBudgetMs: BRIEFING_EXTRACT_TIME_MS } : {}),
    ...(BRIEFING_EXTRACT_MEMORY_MB ? { memoryBudgetMb: BRIEFING_EXTRACT_MEMORY_MB } : {}),
    ...(BRIEFING_EXTRACT_THREADS ? { threads: BRIEFING_EXTRACT_THREADS } : {}),
    ...(BRIEFING_EXTRACT_QUEUE ? { maxQueue: BRIEFING_EXTRACT_QUEUE } : {}),
  };
}

/** The process's extraction pool, created on first use. */
export function getExtractionPool(): ExtractionPool {
  const holder = globalThis as Holder;
  holder[KEY] ??= new ExtractionPool(poolOptionsFromEnv());
  return holder[KEY];
}

/** Closes and forgets the process's pool (tests, shutdown). */
export async function closeExtractionPool(): Promise<void> {
  const holder = globalThis as Holder;
  const pool = holder[KEY];
  delete holder[KEY];
  await pool?.close();
}
