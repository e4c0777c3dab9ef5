import { type BriefingStore, openStore } from "@briefing/store";

// One store per server process. Next may load this module once per route bundle, so the handle
// lives on globalThis rather than in a module variable.

const KEY = Symbol.for("briefing.web.store");
type Holder = { [KEY]?: Promise<BriefingStore> };

/** The process's store: BRIEFING_DB (or the per-user default), seeded with the sample when empty. */
export function getStore(): Promise<BriefingStore> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = Promise.resolve(openStore()).catch((error: unknown) => {
      delete holder[KEY];
      throw error;
    });
  }
  return holder[KEY];
}

/** Closes and forgets the process's store (tests switch BRIEFING_DB between files). */
export async function closeStore(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  delete holder[KEY];
  if (pending) await (await pending).close();
}
