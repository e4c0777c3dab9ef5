import { Command, InvalidArgumentError, Option } from "commander";
import { terminalBlock } from "../terminal-safe.js";
import type { CommandContext, MetadataFlags } from "./context.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { FORMATS, type Format } from "./formats.js";

const EXIT_CODES_HELP = `
Exit codes:
  0  done
  1  some inputs could not be read or extracted (the rest were done)
  2  usage error: unknown command or option, bad value
  3  not found: no briefing with that id
  4  store error: database damaged, from a newer Briefing, locked or unreachable
  5  internal error (BRIEFING_DEBUG=1 prints the stack)

Environment:
  BRIEFING_DB            SQLite file of the store (default: the per-user data directory)
  BRIEFING_DATABASE_URL  use this PostgreSQL server instead of SQLite
  NO_COLOR               no colors; output that is not a terminal never has any
  BRIEFING_EXTRACT_TIME_MS, BRIEFING_EXTRACT_MEMORY_MB, BRIEFING_EXTRACT_THREADS
                         time and memory budget of each article in ingest, and its workers`;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number of at least 1");
  return n;
}

function isoDate(value: string): string {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw new InvalidArgumentError("must be a date written YYYY-MM-DD, for example 2025-04-07");
  }
  return value;
}

function httpUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return value;
  } catch {
    // reported below
  }
  throw new InvalidArgumentError("must be an http(s) address, for example https://example.com/story");
}

const formatOption = (fallback: Format, what: string) =>
  new Option("-f, --format <format>", what).choices(FORMATS as unknown as string[]).default(fallback) as Option;

function addMetadataFlags(command: Command): Command {
  return command
    .option("--published <YYYY-MM-DD>", "publication date, the anchor for “Monday” and “last month”", isoDate)
    .option("--title <title>", "headline, when the file does not give one")
    .option("--url <url>", "where the article was published", httpUrl)
    .option("--publisher <name>", "who published it, for example “Dawn”");
}

/** Runs a command module's action and turns its result into the process exit code. */
type Run = (ctx: CommandContext) => Promise<ExitCode>;

/**
 * The `briefing` command line. Every action imports its module on demand, so a command loads only
 * what it needs (`show` never loads the extractor, nothing but the reader loads Ink).
 */
export function buildProgram(version: string, ctx: Omit<CommandContext, "db">, setResult: (run: Run) => void): Command {
  const program = new Command("briefing")
    .description("Turn news articles into source-grounded briefings: who did what, who said what, which figures, when.")
    .version(version, "-V, --version", "print the version")
    .option("--db <path>", "SQLite file of the store (default: $BRIEFING_DB, else the per-user data directory)")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(run `briefing --help` for usage)")
    .addHelpText(
      "after",
      `
With no command on a terminal, opens the interactive reader.

Examples:
  briefing                                   read briefings interactively
  briefing ingest articles/                  store every .txt/.html/.htm/.md under articles/
  curl -s https://example.com/story | briefing extract - --published 2025-04-07
  briefing search tariffs
  briefing show brf_a8b8b7b524d1bf3e --format md > briefing.md
${EXIT_CODES_HELP}`,
    );

  addMetadataFlags(
    program
      .command("extract")
      .summary("print the briefing of one article without storing it")
      .description("Extract a briefing from one article (text or HTML file, or - for standard input) and print it. Nothing is stored.")
      .argument("<file>", "article file, or - to read standard input"),
  )
    .addOption(formatOption("text", "output format"))
    .addHelpText(
      "after",
      `
Examples:
  briefing extract story.html
  briefing extract story.txt --published 2025-04-07 --publisher Dawn --format json
  pbpaste | briefing extract - --format md`,
    )
    .action((file: string, opts: MetadataFlags & { format: Format }) =>
      setResult(async (c) => (await import("./commands/extract.js")).extractCommand(file, opts, c)),
    );

  addMetadataFlags(
    program
      .command("ingest")
      .summary("extract and store articles from files, folders or standard input")
      .description(
        "Extract and store articles. Folders are searched recursively for .txt, .html, .htm and .md files. Storing the same text again changes nothing. A file that fails is reported and the others go on; the exit code is 1 when any failed.",
      )
      .argument("<paths...>", "files, folders, or - for standard input"),
  )
    .option("--json", "print one JSON object per input (id, created, title or error) instead of lines")
    .addHelpText(
      "after",
      `
Examples:
  briefing ingest story.txt --published 2025-04-07
  briefing ingest ~/articles ~/more/story.html
  cat story.txt | briefing ingest - --publisher Dawn`,
    )
    .action((paths: string[], opts: MetadataFlags & { json?: boolean }) =>
      setResult(async (c) => (await import("./commands/ingest.js")).ingestCommand(paths, opts, c)),
    );

  program
    .command("list")
    .alias("ls")
    .summary("list stored briefings, newest first")
    .description("List stored briefings, newest first: id, date, title, publishers and a key figure.")
    .option("-n, --limit <count>", "show at most this many", positiveInt)
    .option("--json", "print the list as JSON")
    .addHelpText("after", "\nExamples:\n  briefing list\n  briefing list --limit 5 --json | jq -r '.[].id'")
    .action((opts: { limit?: number; json?: boolean }) =>
      setResult(async (c) => (await import("./commands/list.js")).listCommand(opts, c)),
    );

  program
    .command("search")
    .summary("full-text search over titles, article text, names and quotes")
    .description("Search stored briefings (titles, article text, entity names and quotes), best match first, with the matching snippet.")
    .argument("<query...>", "words to look for; all of them must occur")
    .option("-n, --limit <count>", "show at most this many", positiveInt)
    .option("--json", "print the hits as JSON")
    .addHelpText("after", '\nExamples:\n  briefing search tariffs\n  briefing search "military equipment" --json')
    .action((query: string[], opts: { limit?: number; json?: boolean }) =>
      setResult(async (c) => (await import("./commands/search.js")).searchCommand(query.join(" "), opts, c)),
    );

  program
    .command("show")
    .summary("show one briefing (interactive on a terminal, text otherwise)")
    .description(
      "Show one stored briefing. On a terminal without --format, opens it in the interactive reader; otherwise prints it (plain text unless --format says otherwise).",
    )
    .argument("<id>", "briefing id, as `briefing list` shows it")
    .addOption(
      new Option("-f, --format <format>", "print in this format instead of opening the reader").choices(FORMATS as unknown as string[]),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  briefing show brf_a8b8b7b524d1bf3e\n  briefing show brf_a8b8b7b524d1bf3e --format md > briefing.md",
    )
    .action((id: string, opts: { format?: Format }) =>
      setResult(async (c) => (await import("./commands/show.js")).showCommand(id, opts, c)),
    );

  program
    .command("rm")
    .summary("delete a stored briefing")
    .description("Delete a stored briefing and the sources no other briefing uses.")
    .argument("<id...>", "briefing ids")
    .addHelpText("after", "\nExample:\n  briefing rm brf_a8b8b7b524d1bf3e")
    .action((ids: string[]) => setResult(async (c) => (await import("./commands/rm.js")).rmCommand(ids, c)));

  program
    .command("export")
    .summary("write briefings as JSON, JSON-LD, Markdown or text")
    .description(
      "Print stored briefings for another program: one by id, or every one with --all (a JSON array, one JSON-LD graph, or texts in a row).",
    )
    .argument("[ids...]", "briefing ids")
    .option("-a, --all", "every stored briefing")
    .addOption(formatOption("json", "output format"))
    .addHelpText(
      "after",
      "\nExamples:\n  briefing export brf_a8b8b7b524d1bf3e > briefing.json\n  briefing export --all --format jsonld > briefings.jsonld",
    )
    .action((ids: string[], opts: { all?: boolean; format: Format }) =>
      setResult(async (c) => (await import("./commands/export.js")).exportCommand(ids, opts, c)),
    );

  program
    .command("rebuild")
    .summary("re-extract stored briefings from their sources with this extractor")
    .description(
      "Re-extract every stored briefing from its stored sources with the current extractor, replacing the old briefing (same id). Sources are never changed.",
    )
    .option("--outdated", "only briefings made by another extractor or version")
    .option("--json", "print one JSON object per briefing")
    .addHelpText("after", "\nExamples:\n  briefing rebuild\n  briefing rebuild --outdated")
    .action((opts: { outdated?: boolean; json?: boolean }) =>
      setResult(async (c) => (await import("./commands/rebuild.js")).rebuildCommand(opts, c)),
    );

  program
    .command("eval")
    .summary("score the extractor against a folder of gold annotations")
    .description("Run the extractor over a folder of articles with gold annotations and print precision, recall and F1 per kind.")
    .argument("<dir>", "folder of articles and their gold files")
    .option("--json", "print the full report as JSON")
    .addHelpText("after", "\nExample:\n  briefing eval packages/extract/src/eval/fixtures")
    .action((dir: string, opts: { json?: boolean }) =>
      setResult(async (c) => (await import("./commands/eval.js")).evalCommand(dir, opts, c)),
    );

  const output = {
    writeOut: (s: string) => ctx.stdout.write(s),
    // Commander's errors quote the unknown command or option as typed.
    writeErr: (s: string) => ctx.stderr.write(terminalBlock(s)),
  };
  // Set on every command: subcommands copy their parent's settings only when they are created.
  program.configureOutput(output).exitOverride();
  for (const command of program.commands) command.configureOutput(output).exitOverride();
  return program;
}

export { EXIT };
