import { terminalJson, terminalLine } from "../../terminal-safe.js";
import type { CommandContext } from "../context.js";
import { CliError, EXIT, type ExitCode } from "../exit-codes.js";
import { withStore } from "../store.js";
import { colorFor, outputWidth, paint } from "../terminal.js";
import { summaryLine } from "./list.js";

const FIELD_NAMES = { title: "title", text: "text", entity: "name", quote: "quote" } as const;

/** `briefing search <query>`: ranked hits, each with the snippet that matched. */
export async function searchCommand(query: string, opts: { limit?: number; json?: boolean }, ctx: CommandContext): Promise<ExitCode> {
  if (!query.trim()) throw new CliError(EXIT.usage, "give some words to search for");
  return withStore(ctx, async (store) => {
    const hits = await store.search(query, { limit: opts.limit ?? 20 });
    if (opts.json) {
      ctx.stdout.write(`${terminalJson(hits)}\n`);
      return EXIT.ok;
    }
    const color = paint(colorFor(ctx.stdout), Boolean(ctx.stdout.isTTY));
    const width = outputWidth(ctx.stdout);
    for (const hit of hits) {
      ctx.stdout.write(`${summaryLine(hit.briefing, color, width)}\n`);
      const snippet = hit.snippet
        .map((p) => {
          const text = terminalLine(p.text).replace(/\s+/g, " ");
          return p.match ? color.match(text) : text;
        })
        .join("");
      ctx.stdout.write(`    ${color.dim(`${FIELD_NAMES[hit.field] ?? hit.field}:`)} ${snippet}\n`);
    }
    if (hits.length === 0) ctx.stderr.write(`No briefing matches “${terminalLine(query)}”.\n`);
    return EXIT.ok;
  });
}
