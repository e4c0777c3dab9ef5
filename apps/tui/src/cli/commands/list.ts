import type { BriefingSummary } from "@briefing/store";
import { terminalJson, terminalLine } from "../../terminal-safe.js";
import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { withStore } from "../store.js";
import { colorFor, outputWidth, paint } from "../terminal.js";

/** "2025-04-07" or "undated". */
export function shortDate(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "undated   ";
}

/** One briefing per line: id, date, title, then publishers and key figure. */
export function summaryLine(s: BriefingSummary, color: ReturnType<typeof paint>, width: number): string {
  const details = terminalLine([s.publishers.join(", "), s.keyFigure].filter(Boolean).join(" · "));
  const head = terminalLine(`${s.id}  ${shortDate(s.published)}  `);
  const shownTitle = terminalLine(s.title);
  const line = `${head}${shownTitle}${details ? `  ${details}` : ""}`;
  const cut = Number.isFinite(width) && line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line;
  const title = cut.slice(head.length, head.length + shownTitle.length);
  return `${color.dim(head)}${color.bold(title)}${color.dim(cut.slice(head.length + title.length))}`;
}

/** `briefing list`: stored briefings, newest first. */
export async function listCommand(opts: { limit?: number; json?: boolean }, ctx: CommandContext): Promise<ExitCode> {
  return withStore(ctx, async (store) => {
    const list = await store.listBriefings(opts.limit ? { limit: opts.limit } : {});
    if (opts.json) {
      ctx.stdout.write(`${terminalJson(list)}\n`);
      return EXIT.ok;
    }
    const color = paint(colorFor(ctx.stdout), Boolean(ctx.stdout.isTTY));
    const width = outputWidth(ctx.stdout);
    for (const s of list) ctx.stdout.write(`${summaryLine(s, color, width)}\n`);
    if (ctx.stdout.isTTY) {
      const total = await store.countBriefings();
      ctx.stderr.write(color.dim(`${list.length < total ? `${list.length} of ${total}` : total} briefing${total === 1 ? "" : "s"}\n`));
    }
    return EXIT.ok;
  });
}
