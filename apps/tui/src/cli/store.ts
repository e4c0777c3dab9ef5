import { type BriefingStore, openStore } from "@briefing/store";
import type { Library } from "../library.js";
import type { CommandContext } from "./context.js";

/** Opens the store the global options point at, runs `fn`, and always closes it. */
export async function withStore<T>(ctx: CommandContext, fn: (store: BriefingStore) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.db ? { path: ctx.db } : {});
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** How many briefings the reader's list holds; search reaches the rest. */
const LIST_LIMIT = 1000;

/** The reader's view of the store. */
export function storeLibrary(store: BriefingStore): Library {
  return {
    list: () => store.listBriefings({ limit: LIST_LIMIT }),
    search: (query) => store.search(query, { limit: 50 }),
    get: (id) => store.getBriefing(id),
  };
}
