import { stat } from "node:fs/promises";
import type { CommandContext } from "../context.js";
import { CliError, EXIT, type ExitCode } from "../exit-codes.js";
import { describeFsError } from "../inputs.js";

interface EvalApi {
  runEval(dir: string): Promise<{ articles: { error: string | null }[] }>;
  formatReport(report: unknown): string;
}

/** `briefing eval <dir>`: scores the extractor against gold annotations. */
export async function evalCommand(dir: string, opts: { json?: boolean }, ctx: CommandContext): Promise<ExitCode> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new CliError(EXIT.inputFailed, `${dir}: not a folder`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.inputFailed, `${dir}: ${describeFsError(error)}`);
  }
  const api = await loadEvalApi();
  let report: Awaited<ReturnType<EvalApi["runEval"]>>;
  try {
    report = await api.runEval(dir);
  } catch (error) {
    if (error instanceof Error && error.name === "GoldFolderError") throw new CliError(EXIT.inputFailed, `${dir}: ${error.message}`);
    throw error;
  }
  ctx.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${api.formatReport(report).trimEnd()}\n`);
  return report.articles.some((a) => a.error) ? EXIT.inputFailed : EXIT.ok;
}

/** The evaluation API: from the package root, or its `./eval` entry point. */
async function loadEvalApi(): Promise<EvalApi> {
  // Computed specifiers: which of the two entry points exists depends on the extract package's build.
  for (const specifier of ["@briefing/extract", "@briefing/extract/eval"]) {
    try {
      const api = (await import(specifier)) as Partial<EvalApi>;
      if (typeof api.runEval === "function" && typeof api.formatReport === "function") return api as EvalApi;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw error;
    }
  }
  throw new Error("@briefing/extract exports neither runEval nor formatReport (from its root or ./eval)");
}
