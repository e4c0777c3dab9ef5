import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { notFound } from "../not-found.js";
import { storeLibrary, withStore } from "../store.js";
import { colorFor } from "../terminal.js";

/** Opens the interactive reader on the store: the list, or one briefing when `openId` is given. */
export async function readCommand(ctx: CommandContext, openId: string | undefined): Promise<ExitCode> {
  return withStore(ctx, async (store) => {
    const library = storeLibrary(store);
    // Read before Ink starts, so the first frame is the full list rather than "Loading…".
    const [entries, opened] = await Promise.all([openId ? undefined : library.list(), openId ? store.getBriefing(openId) : undefined]);
    if (openId && !opened) throw notFound(openId);
    const { runReader } = await import("../../ui/run.js");
    await runReader({ library, color: colorFor(ctx.stdout), ...(openId ? { openId } : {}), ...(entries ? { entries } : {}) });
    return EXIT.ok;
  });
}
