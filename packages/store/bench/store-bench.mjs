#!/usr/bin/env node
// Store benchmark (runs on dist: `npm run build` first, or `npm run bench` from the root):
// ingests N generated briefings (default 10,000) one transaction each, then measures list and
// search latency on that store, and the wall time of a fresh process that opens the store and
// reads one briefing, as `briefing show` does. SQLite always; PostgreSQL too when
// BRIEFING_TEST_DATABASE_URL is set (in a fresh schema, dropped afterwards).
//   node bench/store-bench.mjs [--count 10000] [--backend sqlite|postgres|all] [--keep]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openStore } from "@briefing/store";
import { BENCH_QUERIES, generatedBriefing } from "./corpus.mjs";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    backend: { type: "string", default: "all" },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const pgUrl = process.env.BRIEFING_TEST_DATABASE_URL;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(2)} ms`;

/** Wall-time percentiles, plus this process's CPU time per run: on a shared, busy machine the wall
 * time mostly measures waiting for a core, the CPU time what the work itself costs. */
async function timed(runs, fn) {
  const times = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1), cpu: (used.user + used.system) / 1000 / runs };
}

function line(label, r) {
  console.log(
    `  ${label.padEnd(36)} p50 ${ms(r.p50).padStart(10)}   p95 ${ms(r.p95).padStart(10)}   max ${ms(r.max).padStart(10)}   cpu/op ${ms(r.cpu).padStart(9)}`,
  );
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${load()}`);
console.log(`generating ${count} briefings from the sample article and the benchmark's story templates…`);
let t0 = performance.now();
const briefings = Array.from({ length: count }, (_, n) => generatedBriefing(n));
console.log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (not part of the ingest figure)`);

async function bench(name, options, cleanup) {
  console.log(`\n== ${name} == (load average ${load()})`);
  const store = await openStore({ ...options, seedSample: false });
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const b of briefings) await store.putBriefing(b);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `  ingest: ${count} briefings in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)} articles/s (one transaction each; ${((cpuSeconds * 1000) / count).toFixed(2)} ms CPU per article in this process)`,
  );
  const reput = await timed(200, (i) => store.putBriefing(briefings[(i * 37) % count]));
  line("re-put (idempotent no-op)", reput);

  console.log(`  stored: ${await store.countBriefings()} briefings`);
  line("list first page (50)", await timed(300, () => store.listBriefings({ limit: 50 })));
  line("list random page (50)", await timed(300, (i) => store.listBriefings({ limit: 50, offset: (i * 997) % (count - 50) })));
  line("count", await timed(300, () => store.countBriefings()));
  line("get one briefing (show)", await timed(300, (i) => store.getBriefing(briefings[(i * 131) % count].id)));

  for (const q of BENCH_QUERIES) await store.search(q); // warm-up
  const all = await timed(BENCH_QUERIES.length * 20, (i) => store.search(BENCH_QUERIES[i % BENCH_QUERIES.length]));
  line(`search, ${BENCH_QUERIES.length} queries × 20 (top 20)`, all);
  const perQuery = [];
  for (const q of BENCH_QUERIES) {
    const hits = await store.search(q);
    const r = await timed(20, () => store.search(q));
    perQuery.push({ q, hits: hits.length, ...r });
  }
  perQuery.sort((a, b) => b.p95 - a.p95);
  console.log("  slowest queries (p95):");
  for (const r of perQuery.slice(0, 5)) console.log(`    ${JSON.stringify(r.q).padEnd(34)} ${ms(r.p95).padStart(10)}  (${r.hits} hits)`);
  const sample = await store.search("docking fees");
  console.log(`  load average now ${load()}`);
  console.log(`  example hit: ${sample[0]?.field}: ${sample[0]?.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join("")}`);
  await store.close();

  if (options.path) {
    // SQLite checks the whole file (PRAGMA quick_check) before the first write of each opened store.
    const walls = [];
    const cpus = [];
    for (let i = 0; i < 5; i++) {
      const reopened = await openStore({ ...options, seedSample: false });
      const cpu = process.cpuUsage();
      const t = performance.now();
      await reopened.putBriefing(briefings[i]); // stored already: the write itself is a no-op
      walls.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
      await reopened.close();
    }
    walls.sort((a, b) => a - b);
    cpus.sort((a, b) => a - b);
    console.log(
      `  first write after open (whole-file quick_check + a no-op put): wall p50 ${ms(percentile(walls, 50))}, max ${ms(walls.at(-1))}; CPU p50 ${ms(percentile(cpus, 50))}`,
    );
  }

  // A fresh process that opens the store and reads one briefing, as `briefing show <id>` does (without rendering).
  const script = join(tmpdir(), `briefing-store-bench-show-${process.pid}.mjs`);
  writeFileSync(
    script,
    `const { openStore } = await import(${JSON.stringify(import.meta.resolve("@briefing/store"))});
const s = await openStore(${JSON.stringify({ ...options, seedSample: false })});
const b = await s.getBriefing(${JSON.stringify(briefings[count >> 1].id)});
if (!b) process.exit(1);
await s.close();
const u = process.cpuUsage();
process.stdout.write(JSON.stringify({ cpu: (u.user + u.system) / 1000 }));`,
  );
  const walls = [];
  const cpus = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    const out = execFileSync(process.execPath, [script], { encoding: "utf8" });
    walls.push(performance.now() - t);
    cpus.push(JSON.parse(out).cpu);
  }
  rmSync(script);
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  console.log(
    `  fresh process (node startup included): open + get one briefing, wall p50 ${ms(percentile(walls, 50))}, p95 ${ms(percentile(walls, 95))}; its own CPU time p50 ${ms(percentile(cpus, 50))}`,
  );
  await cleanup();
}

const wanted = values.backend;
if (wanted === "all" || wanted === "sqlite") {
  const dir = mkdtempSync(join(tmpdir(), "briefing-store-bench-"));
  const path = join(dir, "bench.db");
  await bench("SQLite (WAL, FTS5)", { path }, async () => {
    console.log(`  database size: ${(statSync(path).size / 1e6).toFixed(1)} MB`);
    if (values.keep) console.log(`  kept at ${path}`);
    else rmSync(dir, { recursive: true, force: true });
  });
}
if (wanted === "all" || wanted === "postgres") {
  if (!pgUrl) {
    console.log("\n== PostgreSQL ==\n  skipped: set BRIEFING_TEST_DATABASE_URL to a server to measure it");
  } else {
    const schema = `brf_bench_${process.pid}`;
    await bench("PostgreSQL (tsvector, GIN)", { url: pgUrl, schema }, async () => {
      if (values.keep) return console.log(`  kept in schema ${schema}`);
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    });
  }
}
