import { terminalLine } from "../../terminal-safe.js";
import type { CommandContext } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { withStore } from "../store.js";

/** `briefing rm <id...>`: deletes briefings; exit 3 when any id was not there. */
export async function rmCommand(ids: string[], ctx: CommandContext): Promise<ExitCode> {
  return withStore(ctx, async (store) => {
    let missing = 0;
    for (const id of ids) {
      if (await store.removeBriefing(id)) ctx.stdout.write(`removed ${terminalLine(id)}\n`);
      else {
        missing++;
        ctx.stderr.write(`briefing: no briefing with id ${terminalLine(id)}\n`);
      }
    }
    return missing > 0 ? EXIT.notFound : EXIT.ok;
  });
}
