// `briefing show <id> --format text`: whole-process wall time, from spawn to exit, on a SQLite store.
// Target: under 300 ms. It must not load the NLP model; the run also checks that it does not.
import { spawnSync } from "node:child_process";
import { BIN, nodeBaseline, printRow, summary, temporaryStore } from "./common.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const store = temporaryStore();
try {
  const id = store.ids[0];
  const ms = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, "show", id, "--format", "text"], { env: store.env, encoding: "utf8" });
    const elapsed = performance.now() - t0;
    if (r.status !== 0) throw new Error(`show failed: ${r.stderr}`);
    if (i >= 2) ms.push(elapsed); // two warm-up runs fill the OS file cache
  }
  // Which modules a show loads: the extractor must not be among them.
  const trace = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `process.argv.push("show", ${JSON.stringify(id)}, "--format", "text"); await import(${JSON.stringify(BIN)});`,
    ],
    { env: { ...store.env, NODE_DEBUG: "module" }, encoding: "utf8" },
  );
  const loadsExtractor = /packages[\\/]extract|wink-nlp/.test(trace.stderr);
  console.log("briefing show <id> --format text (whole process, SQLite)");
  printRow("  show --format text", summary(ms), 300);
  printRow("  node -e 0 (this machine's floor)", nodeBaseline(Math.min(RUNS, 10)));
  console.log(`  loads the extractor: ${loadsExtractor ? "YES (it must not)" : "no"}`);
} finally {
  store.cleanup();
}
