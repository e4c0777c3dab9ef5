// The `briefing` executable (bin/briefing.js imports this).
import { main } from "./cli/main.js";

// `briefing list | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
