import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { type Format, formatBriefing } from "../formats.js";
import { notFound } from "../not-found.js";
import { withStore } from "../store.js";

/** `briefing show <id>`: the reader on a terminal, else the briefing as text (or --format). */
export async function showCommand(id: string, opts: { format?: Format }, ctx: CommandContext): Promise<ExitCode> {
  if (!opts.format && ctx.stdout.isTTY && ctx.stdin.isTTY) return (await import("./read.js")).readCommand(ctx, id);
  return withStore(ctx, async (store) => {
    const briefing = await store.getBriefing(id);
    if (!briefing) throw notFound(id);
    ctx.stdout.write(formatBriefing(briefing, opts.format ?? "text"));
    return EXIT.ok;
  });
}
