import { terminalBlock } from "../terminal-safe.js";
import { CliError, EXIT, type ExitCode } from "./exit-codes.js";
import { isExtractionError } from "./extractor.js";

const STORE_HINTS: Record<string, string> = {
  corrupt: "The file is damaged or not a SQLite database. Nothing was changed; move it aside or choose another with --db.",
  "newer-schema":
    "It was written by a newer version of Briefing and was left untouched: upgrade briefing, or choose another store with --db.",
  "not-a-store": "That database belongs to another program; choose another file with --db.",
  locked: "Another briefing process is writing to it; try again in a moment.",
  "cannot-open": "Check that the folder exists and that you may write to it, or choose another file with --db.",
  connection: "Check BRIEFING_DATABASE_URL and that the PostgreSQL server is running.",
};

/** Prints an error for a person and returns the exit code that says what kind it was. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream): ExitCode {
  const say = (message: string, hint?: string | null) => {
    // Messages echo file names, ids and queries as typed or stored: they go out terminal-safe.
    stderr.write(`briefing: ${terminalBlock(message)}\n`);
    if (hint) stderr.write(`${terminalBlock(hint)}\n`);
  };
  if (error instanceof CliError) {
    say(error.message, error.hint);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === "StoreError") {
    const code = (error as Error & { code?: string }).code ?? "";
    if (code === "not-found" || code === "invalid-id") {
      say(error.message, "`briefing list` shows the ids of stored briefings.");
      return EXIT.notFound;
    }
    if (code === "invalid-argument") {
      say(error.message);
      return EXIT.usage;
    }
    say(`store: ${error.message}`, STORE_HINTS[code] ?? null);
    return EXIT.store;
  }
  if (isExtractionError(error)) {
    say(error.message);
    return EXIT.inputFailed;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(
    `unexpected error: ${message}`,
    process.env.BRIEFING_DEBUG ? ((error as Error)?.stack ?? null) : "Run again with BRIEFING_DEBUG=1 to see where it happened.",
  );
  return EXIT.internal;
}
