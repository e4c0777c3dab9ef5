// npm run bench (after `tsc -p tsconfig.build.json`): extraction throughput against the bare wink
// tokenize+POS pass on the same >= 1 MB corpus, cold start in a fresh process, and peak memory.
// Prints figures; asserts nothing (the machine is shared and noisy: compare ratios within one run).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "./corpus.mjs";

const dist = new URL("../dist/index.js", import.meta.url);
const { extractBriefing } = await import(dist.href);

const corpus = buildCorpus();
const mb = (n) => (n / 1048576).toFixed(2);
console.log(`corpus: ${corpus.texts.length} articles, ${mb(corpus.bytes)} MB, ${corpus.words} words`);

/** Seconds of one pass of `run` over the corpus. */
function pass(run) {
  const start = process.hrtime.bigint();
  for (const t of corpus.texts) run(t);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Words per second of each runner, best of `rounds` after one warm-up pass. The runners take turns
 * round by round, so a busy spell on the shared machine hits both sides of the ratio alike.
 */
function throughputs(runs, rounds = 5) {
  for (const run of runs) for (const t of corpus.texts.slice(0, 20)) run(t);
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    for (const [i, run] of runs.entries()) best[i] = Math.min(best[i], pass(run));
  }
  return best.map((seconds) => corpus.words / seconds);
}

// The baseline is wink's default pipeline (as measured in the issue), not the leaner one loadNlp() sets up.
const nlp = createRequire(import.meta.url)("wink-nlp")(createRequire(import.meta.url)("wink-eng-lite-web-model"));
const its = nlp.its;
const [bare, full] = throughputs([
  (t) => {
    const doc = nlp.readDoc(t);
    doc.tokens().out(its.pos);
  },
  (t) => extractBriefing({ text: t, published: "2025-04-07" }),
]);
const k = (n) => `${Math.round(n / 1000)}k`;
console.log(`wink tokenize+POS (baseline): ${k(bare)} words/s`);
console.log(`extractBriefing:              ${k(full)} words/s`);
console.log(`ratio extraction/baseline:    ${(full / bare).toFixed(2)}x (target >= 0.5x)`);

// Cold start: a fresh process imports the package, loads the model and extracts one short text.
const child = `
const t0 = performance.now();
const m = await import(${JSON.stringify(dist.href)});
m.loadNlp();
const t1 = performance.now();
m.extractBriefing({ text: "Foreign Minister Ishaq Dar spoke to Marco Rubio on Monday.", published: "2025-04-07" });
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;
const runs = [];
for (let i = 0; i < 5; i++)
  runs.push(
    JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", child], {
        cwd: fileURLToPath(new URL("..", import.meta.url)),
      }).toString(),
    ),
  );
runs.sort((a, b) => a.load - b.load);
const median = runs[2];
console.log(
  `cold start (import + model load): ${median.load.toFixed(0)} ms median of 5 (target < 500 ms); first extraction ${median.first.toFixed(0)} ms`,
);
console.log(`peak memory (RSS, this process): ${mb(process.resourceUsage().maxRSS * 1024)} MB`);

if (process.argv.includes("--stages")) {
  const { printStages } = await import("./stages.mjs");
  await printStages(new URL("../dist/", import.meta.url), corpus, "2025-04-07");
}
