// `npm run eval -- <dir> [--json] [--ratchet FILE]`: exit 0 when all is well, 1 when an article
// failed to extract or a metric is below its minimum, 2 when the command cannot run at all.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { GoldFolderError } from "./gold.js";
import { checkRatchet, loadRatchet, type Ratchet, RatchetFileError, raiseRatchet, writeRatchet } from "./ratchet.js";
import { formatRatchet, formatReport } from "./report.js";
import { type ArticleExtractor, ExtractorLoadError, runEval } from "./run-eval.js";

export const USAGE = `Usage: npm run eval -- <gold-dir> [--json] [--ratchet FILE [--raise] | --article NAME...]

Runs the extractor on every NAME.txt of <gold-dir>, scores it against NAME.gold.json
(../shared/eval/FORMAT.md) and prints totals, every article and every miss and false hit.

Options:
  --json            print the report as JSON: { totals, counts, articles, ... }
  --ratchet FILE    check the totals against the minimum scores in FILE; exit 1 if any is below
  --raise           with --ratchet, when every minimum is met: raise each to the current score
                    rounded down to 2 decimals (never lowers one) and rewrite FILE
  --article NAME    score only article NAME (NAME.txt); repeat for several; not with --ratchet
  -h, --help        show this help

Exit status: 0 ok, 1 a metric below its minimum or an article failed to extract, 2 usage or input error.`;

/** The minimum a ratchet sets for "category.metric", if any. */
function lookup(ratchet: Ratchet, metric: string): number | undefined {
  const [category = "", name = ""] = metric.split(".");
  return (ratchet as Record<string, Record<string, number> | undefined>)[category]?.[name];
}

/** Where the command writes; injected so tests can read it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export interface CliOptions {
  extract?: ArticleExtractor;
  /** Where relative paths start; `npm run` moves to the root, so the entry passes the caller's INIT_CWD. */
  cwd?: string;
}

/** Runs the eval command with `argv` (no node/script prefix); resolves to the exit status. */
export async function runEvalCli(argv: readonly string[], io: CliIo = processIo, options: CliOptions = {}): Promise<number> {
  let values: { json?: boolean; ratchet?: string; raise?: boolean; article?: string[]; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        json: { type: "boolean" },
        ratchet: { type: "string" },
        raise: { type: "boolean" },
        article: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [given, ...extra] = positionals;
  if (given === undefined || extra.length > 0) {
    io.err(`${given === undefined ? "missing <gold-dir>" : `unexpected arguments: ${extra.join(" ")}`}\n\n${USAGE}`);
    return 2;
  }
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, given);
  const ratchetFile = values.ratchet === undefined ? undefined : resolve(cwd, values.ratchet);
  if (values.article && ratchetFile !== undefined) {
    // The ratchet holds totals over the whole folder; a subset would pass or fail it by accident.
    io.err(`--article and --ratchet do not go together: the ratchet is for the whole folder\n\n${USAGE}`);
    return 2;
  }
  if (values.raise && ratchetFile === undefined) {
    io.err(`--raise needs --ratchet FILE\n\n${USAGE}`);
    return 2;
  }

  try {
    // Read the ratchet first: a broken ratchet file should not cost a full evaluation.
    const ratchet: Ratchet | null = ratchetFile === undefined ? null : await loadRatchet(ratchetFile);
    const report = await runEval(dir, { ...(options.extract ? { extract: options.extract } : {}), only: values.article ?? [] });
    const checks = ratchet ? checkRatchet(report.totals, ratchet) : [];
    const failedArticles = report.articles.filter((a) => a.error !== null);
    const below = checks.filter((c) => !c.passed);

    if (values.json) {
      io.out(JSON.stringify(ratchet ? { ...report, ratchet: checks } : report, null, 2));
    } else {
      io.out(formatReport(report));
      if (ratchet) io.out(formatRatchet(checks, values.ratchet as string));
    }
    for (const a of failedArticles) io.err(`${a.name}: ${a.error?.split("\n")[0]}`);
    if (below.length > 0) {
      io.err(
        `eval: below the ratchet in ${values.ratchet}: ${below.map((c) => `${c.metric} ${c.actual.toFixed(3)} < ${c.minimum}`).join(", ")}`,
      );
    }
    if (failedArticles.length > 0 || below.length > 0) return 1;
    if (ratchet && ratchetFile && values.raise) {
      const raised = raiseRatchet(ratchet, report.totals);
      await writeRatchet(ratchetFile, raised);
      const changed = checkRatchet(report.totals, raised).filter((c) => c.minimum !== lookup(ratchet, c.metric));
      io.err(
        `eval: ${values.ratchet}: ${changed.length ? `raised ${changed.map((c) => `${c.metric} to ${c.minimum}`).join(", ")}` : "already at the current scores"}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof GoldFolderError || error instanceof RatchetFileError || error instanceof ExtractorLoadError) {
      io.err(`eval: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
