import { withMetadata } from "../article.js";
import type { CommandContext, MetadataFlags } from "../context.js";
import { CliError, EXIT, type ExitCode } from "../exit-codes.js";
import { articleFailure, loadExtractor } from "../extractor.js";
import { type Format, formatBriefing } from "../formats.js";
import { InputReadError, readInput } from "../read-input.js";

/** `briefing extract <file|->`: prints the briefing of one article; stores nothing. */
export async function extractCommand(file: string, opts: MetadataFlags & { format: Format }, ctx: CommandContext): Promise<ExitCode> {
  const name = file === "-" ? "standard input" : file;
  try {
    const bytes = await readInput(file === "-" ? { kind: "stdin", name: "-" } : { kind: "file", name: file }, ctx.stdin);
    const extractor = await loadExtractor();
    const article = withMetadata(extractor.readArticleFile(bytes, file === "-" ? undefined : file), opts);
    ctx.stdout.write(formatBriefing(extractor.extractBriefing(article), opts.format));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputReadError) throw new CliError(EXIT.inputFailed, `${name}: ${error.message}`);
    const failure = articleFailure(error);
    if (failure) throw new CliError(EXIT.inputFailed, `${name}: ${failure.message}`);
    throw error;
  }
}
