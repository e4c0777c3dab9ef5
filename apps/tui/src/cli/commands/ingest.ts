import type { Briefing } from "@briefing/core";
import { terminalJson, terminalLine } from "../../terminal-safe.js";
import { withMetadata } from "../article.js";
import type { CommandContext, MetadataFlags } from "../context.js";
import { CliError, EXIT, type ExitCode } from "../exit-codes.js";
import { openExtractionPool } from "../extraction-pool.js";
import { articleFailure, loadExtractor } from "../extractor.js";
import { inOrder } from "../in-order.js";
import { ARTICLE_EXTENSIONS, collectInputs } from "../inputs.js";
import { createProgress } from "../progress.js";
import { InputReadError, type InputRef, readInput } from "../read-input.js";
import { withStore } from "../store.js";
import { colorFor, paint } from "../terminal.js";

/** What happened to one input, as `--json` prints it. */
export type IngestResult =
  | { input: string; ok: true; id: string; created: boolean; title: string }
  | { input: string; ok: false; error: string; code: string };

/** Errors that belong to one input; any other error (a broken store) stops the whole run. */
function perInput(error: unknown): { message: string; code: string } | null {
  if (error instanceof InputReadError) return { message: error.message, code: "unreadable" };
  const failure = articleFailure(error);
  if (failure) return failure;
  if (error instanceof Error && error.name === "StoreError" && (error as { code?: string }).code === "invalid-briefing") {
    return { message: error.message, code: "invalid-briefing" };
  }
  return null;
}

/** `briefing ingest <paths...>`: extract and store; per-file failures are reported and the rest go on. */
export async function ingestCommand(paths: string[], opts: MetadataFlags & { json?: boolean }, ctx: CommandContext): Promise<ExitCode> {
  const { inputs, problems, loops, skipped } = await collectInputs(paths);
  if ((opts.title !== undefined || opts.url !== undefined) && inputs.length + problems.length > 1) {
    throw new CliError(EXIT.usage, "--title and --url describe one article; give a single file with them");
  }
  const results: IngestResult[] = problems.map((p) => ({ input: p.name, ok: false, error: p.message, code: "unreadable" }));
  const err = paint(colorFor(ctx.stderr), Boolean(ctx.stderr.isTTY));
  const emit = (r: IngestResult, log: (line: string) => void) => {
    if (opts.json) ctx.stdout.write(`${terminalJson(r, 0)}\n`);
    else if (!r.ok) log(`${err.red("failed")}  ${terminalLine(r.input)}: ${terminalLine(r.error)}`);
    else if (!ctx.stdout.isTTY || !ctx.stderr.isTTY || inputs.length < 2)
      ctx.stdout.write(`${r.created ? "stored" : "already stored"}  ${r.id}  ${terminalLine(r.title)}  (${terminalLine(r.input)})\n`);
  };
  for (const r of results) emit(r, (line) => ctx.stderr.write(`${line}\n`));
  // A loop is not a failed input: every file it leads to is read through the path it loops back to.
  for (const loop of loops) ctx.stderr.write(`${err.yellow("loop")}  ${terminalLine(loop.name)}: ${terminalLine(loop.message)}\n`);

  if (inputs.length === 0) {
    if (problems.length === 0) {
      throw new CliError(
        EXIT.inputFailed,
        `no articles found in ${paths.join(", ")}`,
        `Folders are searched for ${ARTICLE_EXTENSIONS.join(", ")} files.`,
      );
    }
    return EXIT.inputFailed;
  }

  const extractor = await loadExtractor();
  const pool = await openExtractionPool();
  /** One input read and extracted in the pool, or why not; never rejects. */
  const extractOne = async (ref: InputRef): Promise<{ ref: InputRef; briefing: Briefing } | { ref: InputRef; error: unknown }> => {
    try {
      const bytes = await readInput(ref, ctx.stdin);
      const article = withMetadata(extractor.readArticleFile(bytes, ref.kind === "file" ? ref.name : undefined), opts);
      return { ref, briefing: await pool.extract(article) };
    } catch (error) {
      return { ref, error };
    }
  };
  try {
    await withStore(ctx, async (store) => {
      const progress = createProgress(inputs.length, ctx.stderr, "files");
      const interrupt = () => {
        progress.stop();
        ctx.stderr.write(`\nInterrupted: ${results.filter((r) => r.ok).length} stored so far; every stored briefing is complete.\n`);
        process.exit(130);
      };
      process.once("SIGINT", interrupt);
      try {
        // As many articles in the pool as it has workers; stored and reported in the order given.
        for await (const done of inOrder(inputs, pool.options.threads, extractOne)) {
          let result: IngestResult;
          try {
            if ("error" in done) throw done.error;
            const put = await store.putBriefing(done.briefing);
            result = { input: done.ref.name, ok: true, id: put.id, created: put.created, title: done.briefing.title };
          } catch (error) {
            const problem = perInput(error);
            if (!problem) throw error;
            result = { input: done.ref.name, ok: false, error: problem.message, code: problem.code };
          }
          results.push(result);
          emit(result, (line) => progress.log(line));
          progress.tick(terminalLine(done.ref.name));
        }
      } finally {
        progress.stop();
        process.off("SIGINT", interrupt);
      }
    });
  } finally {
    await pool.close();
  }

  const failed = results.filter((r) => !r.ok).length;
  const created = results.filter((r) => r.ok && r.created).length;
  const again = results.length - failed - created;
  if (!opts.json) {
    const parts = [
      `${created} stored`,
      again ? `${again} already stored` : "",
      failed ? `${failed} failed` : "",
      skipped ? `${skipped} other files skipped` : "",
      loops.length ? `${loops.length} symbolic link loop${loops.length === 1 ? "" : "s"} not followed` : "",
    ];
    ctx.stderr.write(`${parts.filter(Boolean).join(", ")}.\n`);
  }
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}
