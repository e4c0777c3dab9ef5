import { CliError, EXIT } from "./exit-codes.js";

/** The error for an id no briefing has. */
export function notFound(id: string): CliError {
  return new CliError(EXIT.notFound, `no briefing with id ${id}`, "`briefing list` shows the ids of stored briefings.");
}
