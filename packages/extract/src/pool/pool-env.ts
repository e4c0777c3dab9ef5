// The pool's settings from the environment, shared by every process that extracts (web server, CLI),
// so the same BRIEFING_EXTRACT_* names mean the same thing everywhere and are checked the same way.
import { z } from "zod";
import type { ExtractionPoolOptions } from "./extraction-pool.js";

const setting = (max: number) => {
  const message = `must be a whole number from 1 to ${max}`;
  return z.string().regex(/^\d+$/, message).transform(Number).pipe(z.number().int().min(1, message).max(max, message)).optional();
};

const PoolEnvSchema = z.object({
  BRIEFING_EXTRACT_TIME_MS: setting(600_000),
  BRIEFING_EXTRACT_MEMORY_MB: setting(16_384),
  BRIEFING_EXTRACT_THREADS: setting(64),
  BRIEFING_EXTRACT_QUEUE: setting(10_000),
});

/** A BRIEFING_EXTRACT_* setting that is not a whole number in its range; the message names it. */
export class PoolSettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PoolSettingError";
  }
}

/** The pool's options from BRIEFING_EXTRACT_TIME_MS, _MEMORY_MB, _THREADS and _QUEUE; unset ones keep the pool's defaults. */
export function poolOptionsFromEnv(env: Record<string, string | undefined> = process.env): ExtractionPoolOptions {
  const parsed = PoolEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PoolSettingError(`${String(issue?.path[0])} ${issue?.message}`);
  }
  const {
    BRIEFING_EXTRACT_TIME_MS: time,
    BRIEFING_EXTRACT_MEMORY_MB: memory,
    BRIEFING_EXTRACT_THREADS: threads,
    BRIEFING_EXTRACT_QUEUE: queue,
  } = parsed.data;
  return {
    ...(time ? { timeBudgetMs: time } : {}),
    ...(memory ? { memoryBudgetMb: memory } : {}),
    ...(threads ? { threads } : {}),
    ...(queue ? { maxQueue: queue } : {}),
  };
}
