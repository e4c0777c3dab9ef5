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
  const specifier = "@briefing/extract";
  const api = (await import(specifier)) as Partial<EvalApi>;
  if (typeof api.runEval !== "function" || typeof api.formatReport !== "function") {
    throw new Error("@briefing/extract does not export runEval and formatReport");
  }
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
