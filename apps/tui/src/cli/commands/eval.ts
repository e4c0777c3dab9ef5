import { stat } from "node:fs/promises";
import { terminalBlock, terminalJson } from "../../terminal-safe.js";
import type { CommandContext } from "../context.js";
import { CliError, EXIT, type ExitCode } from "../exit-codes.js";
import { describeFsError } from "../read-input.js";

/** `briefing eval <dir>`: scores the extractor against gold annotations. */
export async function evalCommand(dir: string, opts: { json?: boolean }, ctx: CommandContext): Promise<ExitCode> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new CliError(EXIT.inputFailed, `${dir}: not a folder`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.inputFailed, `${dir}: ${describeFsError(error)}`);
  }
  // Loaded here only: the evaluation runs the extractor, which no other read-only command needs.
  const { ExtractorLoadError, formatReport, GoldFolderError, runEval } = await import("@briefing/extract/eval");
  let report: Awaited<ReturnType<typeof runEval>>;
  try {
    report = await runEval(dir);
  } catch (error) {
    if (error instanceof GoldFolderError) throw new CliError(EXIT.inputFailed, `${dir}: ${error.message}`);
    if (error instanceof ExtractorLoadError) throw new CliError(EXIT.internal, error.message);
    throw error;
  }
  ctx.stdout.write(opts.json ? `${terminalJson(report)}\n` : `${terminalBlock(formatReport(report).trimEnd())}\n`);
  return report.articles.some((a) => a.error) ? EXIT.inputFailed : EXIT.ok;
}
