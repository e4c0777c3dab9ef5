// Shared by the benchmarks: a temporary store seeded with the sample, and summary statistics.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../bin/briefing.js", import.meta.url));

/** A fresh store in a temporary folder, created and seeded before anything is timed. */
export function temporaryStore() {
  const dir = mkdtempSync(join(tmpdir(), "briefing-bench-"));
  const env = { ...process.env, BRIEFING_DB: join(dir, "briefing.db"), BRIEFING_DATABASE_URL: "" };
  const seeded = spawnSync(process.execPath, [BIN, "list", "--json"], { env, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`could not seed the store: ${seeded.stderr}`);
  const ids = JSON.parse(seeded.stdout).map((s) => s.id);
  return { env, ids, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function summary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { runs: sorted.length, min: sorted[0], p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

export function printRow(label, s, target) {
  const f = (n) => `${n.toFixed(0).padStart(5)} ms`;
  const verdict = target ? (s.p50 <= target ? `  (target ${target} ms: met at p50)` : `  (target ${target} ms: NOT met at p50)`) : "";
  console.log(`${label.padEnd(44)} p50 ${f(s.p50)}  p95 ${f(s.p95)}  min ${f(s.min)}  max ${f(s.max)}  n=${s.runs}${verdict}`);
}

/** What bare Node costs on this machine right now, so the figures above can be read against it. */
export function nodeBaseline(runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    ms.push(performance.now() - t0);
  }
  return summary(ms);
}
