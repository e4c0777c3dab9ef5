import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import type { CommandContext } from "./context.js";
import { reportError } from "./errors.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { buildProgram } from "./program.js";

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** The global options alone, without a command: `briefing` or `briefing --db x.db`. */
function withoutCommand(argv: string[]): { db: string | undefined } | null {
  let db: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--db" && i + 1 < argv.length) db = argv[++i];
    else if (arg.startsWith("--db=")) db = arg.slice(5);
    else return null;
  }
  return { db };
}

/** Runs the `briefing` command line and returns the exit code. */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
): Promise<ExitCode> {
  let run: ((ctx: CommandContext) => Promise<ExitCode>) | null = null;
  const program = buildProgram(version(), io, (r) => {
    run = r;
  });

  const bare = withoutCommand(argv);
  if (bare) {
    if (!(io.stdout.isTTY && io.stdin.isTTY)) {
      program.outputHelp();
      return EXIT.ok;
    }
    try {
      return await (await import("./commands/read.js")).readCommand({ ...io, db: bare.db }, undefined);
    } catch (error) {
      return reportError(error, io.stderr);
    }
  }

  let db: string | undefined;
  try {
    await program.parseAsync(argv, { from: "user" });
    db = program.opts<{ db?: string }>().db;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version" ? EXIT.ok : EXIT.usage;
    }
    return reportError(error, io.stderr);
  }
  const action = run as ((ctx: CommandContext) => Promise<ExitCode>) | null;
  if (!action) {
    program.outputHelp();
    return EXIT.usage;
  }
  try {
    return await action({ ...io, db });
  } catch (error) {
    return reportError(error, io.stderr);
  }
}
