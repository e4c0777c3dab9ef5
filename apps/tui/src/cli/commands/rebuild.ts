import type { ExtractorInfo, Source } from "@briefing/core";
import { terminalJson, terminalLine } from "../../terminal-safe.js";
import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { openExtractionPool } from "../extraction-pool.js";
import { articleFailure, loadExtractor } from "../extractor.js";
import { inOrder } from "../in-order.js";
import { createProgress } from "../progress.js";
import { withStore } from "../store.js";

/** `briefing rebuild`: re-extracts stored briefings from their stored sources with this extractor. */
export async function rebuildCommand(opts: { outdated?: boolean; json?: boolean }, ctx: CommandContext): Promise<ExitCode> {
  const extractor = await loadExtractor();
  const current = extractor.EXTRACTOR;
  const pool = await openExtractionPool();
  try {
    return await withStore(ctx, async (store) => {
      // Read the whole list first: writing while a SQLite cursor is open on the same connection fails.
      const rows: { id: string; sources: Source[]; extractor: ExtractorInfo }[] = [];
      for await (const row of store.listSourcesByBriefing()) {
        if (opts.outdated && row.extractor.name === current.name && row.extractor.version === current.version) continue;
        rows.push(row);
      }
      const progress = createProgress(rows.length, ctx.stderr, "briefings");
      let failed = 0;
      const report = (id: string, error: string | null, from: ExtractorInfo) => {
        if (error) failed++;
        if (opts.json) ctx.stdout.write(`${terminalJson({ id, ok: !error, ...(error ? { error } : {}), from, to: current }, 0)}\n`);
        else if (error) progress.log(`failed  ${id}: ${terminalLine(error)}`);
        else if (!ctx.stderr.isTTY || rows.length < 2)
          ctx.stdout.write(`${terminalLine(`rebuilt  ${id}  (${from.name} ${from.version} → ${current.name} ${current.version})`)}\n`);
      };
      /** One stored article re-extracted in the pool (past its budget, it fails alone), or why not. */
      const extractOne = async (row: (typeof rows)[number]) => {
        const source = row.sources[0];
        try {
          if (!source) throw new Error("no stored source");
          const briefing = await pool.extract({
            text: source.text,
            title: source.title,
            url: source.url,
            publisher: source.publisher,
            published: source.published,
          });
          return { row, briefing };
        } catch (error) {
          return { row, error };
        }
      };
      try {
        for await (const done of inOrder(rows, pool.options.threads, extractOne)) {
          const { row } = done;
          try {
            if ("error" in done) throw done.error;
            if (done.briefing.id !== row.id) {
              throw new Error(`the extractor read the stored text as a different source (${done.briefing.id}); the old briefing is kept`);
            }
            await store.replaceBriefing(done.briefing);
            report(row.id, null, row.extractor);
          } catch (error) {
            const failure = articleFailure(error);
            if (!(failure || (error instanceof Error && error.name !== "StoreError"))) throw error;
            report(row.id, failure?.message ?? (error as Error).message, row.extractor);
          }
          progress.tick(row.id);
        }
      } finally {
        progress.stop();
      }
      if (!opts.json)
        ctx.stderr.write(`${rows.length - failed} rebuilt${failed ? `, ${failed} failed` : ""} with ${current.name} ${current.version}.\n`);
      return failed > 0 ? EXIT.inputFailed : EXIT.ok;
    });
  } finally {
    await pool.close();
  }
}
