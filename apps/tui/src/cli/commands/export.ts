import type { Briefing } from "@briefing/core";
import type { CommandContext } from "../context.js";
import { CliError, EXIT, type ExitCode } from "../exit-codes.js";
import { type Format, formatBriefing, formatBriefings } from "../formats.js";
import { notFound } from "../not-found.js";
import { withStore } from "../store.js";

const PAGE = 200;

/** `briefing export <id...|--all>`: briefings for another program, nothing printed unless all exist. */
export async function exportCommand(ids: string[], opts: { all?: boolean; format: Format }, ctx: CommandContext): Promise<ExitCode> {
  if (opts.all && ids.length > 0) throw new CliError(EXIT.usage, "give ids or --all, not both");
  if (!opts.all && ids.length === 0) throw new CliError(EXIT.usage, "give a briefing id, or --all for every stored briefing");
  return withStore(ctx, async (store) => {
    const briefings: Briefing[] = [];
    if (opts.all) {
      for (let offset = 0; ; offset += PAGE) {
        const page = await store.listBriefings({ limit: PAGE, offset });
        for (const s of page) {
          const b = await store.getBriefing(s.id);
          if (b) briefings.push(b);
        }
        if (page.length < PAGE) break;
      }
    } else {
      for (const id of ids) {
        const b = await store.getBriefing(id);
        if (!b) throw notFound(id);
        briefings.push(b);
      }
    }
    const single = !opts.all && briefings.length === 1 && briefings[0];
    ctx.stdout.write(single ? formatBriefing(single, opts.format) : formatBriefings(briefings, opts.format));
    return EXIT.ok;
  });
}
