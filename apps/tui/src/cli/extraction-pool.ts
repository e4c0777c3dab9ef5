// Batch ingest reads articles in worker threads with a time and memory budget each, so one
// pathological file fails alone (with its reason) and the batch goes on. The budgets are the web
// server's settings, under the same names.
import type { ExtractionPool } from "@briefing/extract/pool";
import { z } from "zod";
import { CliError, EXIT } from "./exit-codes.js";

const setting = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from 1 to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(1, `must be a whole number from 1 to ${max}`).max(max, `must be a whole number from 1 to ${max}`))
    .optional();

const PoolEnvSchema = z.object({
  BRIEFING_EXTRACT_TIME_MS: setting(600_000),
  BRIEFING_EXTRACT_MEMORY_MB: setting(16_384),
  BRIEFING_EXTRACT_THREADS: setting(64),
});

/** A pool of extraction workers configured from BRIEFING_EXTRACT_TIME_MS, _MEMORY_MB and _THREADS. */
export async function openExtractionPool(env: NodeJS.ProcessEnv = process.env): Promise<ExtractionPool> {
  const parsed = PoolEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(EXIT.usage, `${String(issue?.path[0])} ${issue?.message}`);
  }
  const { BRIEFING_EXTRACT_TIME_MS: time, BRIEFING_EXTRACT_MEMORY_MB: memory, BRIEFING_EXTRACT_THREADS: threads } = parsed.data;
  // Loaded here only: the pool (and piscina) is for the commands that extract many articles.
  const { ExtractionPool } = await import("@briefing/extract/pool");
  return new ExtractionPool({
    ...(time ? { timeBudgetMs: time } : {}),
    ...(memory ? { memoryBudgetMb: memory } : {}),
    ...(threads ? { threads } : {}),
  });
}
