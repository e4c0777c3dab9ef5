import { ExtractionPool, poolOptionsFromEnv } from "@briefing/extract/pool";

// One pool of extraction workers per server process, configured from the environment. It lives on
// globalThis: the start script creates it with Node's own module loading (in Next's bundle the
// pool's worker file would not be found), and Next may load this module once per route bundle.

const KEY = Symbol.for("briefing.web.extraction-pool");
type Holder = { [KEY]?: ExtractionPool };

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
