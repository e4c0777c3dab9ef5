/** Exit codes of the `briefing` command, documented in the README; scripts may rely on them. */
export const EXIT = {
  /** Everything asked for was done. */
  ok: 0,
  /** Some inputs could not be read or turned into a briefing; the others were done. */
  inputFailed: 1,
  /** The command line is wrong: unknown command or option, bad value. */
  usage: 2,
  /** No briefing (or path) with that id. */
  notFound: 3,
  /** The store cannot be used: corrupt, newer schema, locked, unreachable server. */
  store: 4,
  /** A bug: something failed that should not have; rerun with BRIEFING_DEBUG=1 for the stack. */
  internal: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error meant for the person at the terminal: its message is printed as is, with its exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly hint: string | null;
  constructor(exitCode: ExitCode, message: string, hint: string | null = null) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.hint = hint;
  }
}
