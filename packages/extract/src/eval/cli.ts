// Entry point of `npm run eval`; the command itself lives in run-cli.ts so tests can call it.
import { runEvalCli } from "./run-cli.js";

const cwd = process.env.INIT_CWD;
process.exitCode = await runEvalCli(process.argv.slice(2), undefined, cwd ? { cwd } : {});
