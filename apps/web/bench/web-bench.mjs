#!/usr/bin/env node
// Web performance figures against the production build (`next build` first):
//   - server response time p50/p95 for the home page, a briefing page, its source view and a search,
//     on a store of 10,000 briefings (target: p95 under 50 ms);
//   - first-load JavaScript of the briefing page, gzip, against the framework's own
//     (target: no more than 20 KB above it).
// The 10,000 briefings are variants of the bundled sample briefing (each with its own source text,
// hash, id, date and a few varied words), written straight to the store and cached in the temp dir.
// Usage: npm run bench -w @briefing/web   [BENCH_BRIEFINGS=10000 BENCH_REQUESTS=200]
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { briefingIdFor, createSource, parseBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { openStore } from "@briefing/store";

const WEB = fileURLToPath(new URL("..", import.meta.url));
const ROOT = join(WEB, "../..");
const COUNT = Number(process.env.BENCH_BRIEFINGS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const DB = process.env.BENCH_DB ?? join(tmpdir(), `briefing-web-bench-${COUNT}.db`);

// Words that vary between the generated briefings, so searches match some and not others.
const TOPICS = ["harbour", "railway", "vaccine", "drought", "election", "satellite", "wheat", "copper", "refinery", "bridge"];
const PLACES = ["Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Hanoi", "Accra", "Bergen", "Cusco", "Perth"];

if (!existsSync(join(WEB, ".next/BUILD_ID"))) {
  console.error("No production build: run `npx turbo run build --filter=@briefing/web...` first.");
  process.exit(1);
}

/** The sample briefing, re-grounded in a slightly different source text numbered `n`. */
function variant(base, n) {
  const source = base.sources[0];
  const extra = `\n\nArchive note ${n}: coverage of the ${TOPICS[n % 10]} story in ${PLACES[Math.floor(n / 10) % 10]} continues.`;
  const day = new Date(Date.UTC(2015, 0, 1) + (n % 3650) * 86_400_000).toISOString().slice(0, 10);
  const next = createSource({ ...source, text: source.text + extra, published: day });
  const json = JSON.stringify(base).replaceAll(source.id, next.id);
  const copy = JSON.parse(json);
  copy.sources = [next];
  copy.id = briefingIdFor([next]);
  copy.title = `${base.title} (${TOPICS[n % 10]}, ${PLACES[Math.floor(n / 10) % 10]} #${n})`;
  return parseBriefing(copy);
}

async function prepareStore() {
  const store = await openStore({ path: DB, seedSample: false });
  const have = await store.countBriefings();
  if (have < COUNT) {
    const started = performance.now();
    process.stdout.write(`Generating ${COUNT - have} briefings into ${DB} `);
    for (let n = have; n < COUNT; n++) {
      await store.putBriefing(variant(referenceBriefing, n));
      if (n % 1000 === 0) process.stdout.write(".");
    }
    console.log(` ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const [newest] = await store.listBriefings({ limit: 1 });
  const total = await store.countBriefings();
  await store.close();
  return { total, newest };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(port) {
  const child = spawn(join(ROOT, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: WEB,
    env: { ...process.env, BRIEFING_DB: DB, HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  child.log = () => log;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/briefings?limit=1`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`next start did not answer:\n${log}`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** CPU time (ms) the server process has used so far, from /proc; null where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

/** Time to the last byte of `url`, REQUESTS times after a warm-up, and the server's CPU time per request. */
async function measure(url, pid) {
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
  const cpu0 = cpuMs(pid);
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    times.push(performance.now() - t0);
  }
  const cpu1 = cpuMs(pid);
  times.sort((a, b) => a - b);
  const cpu = cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / REQUESTS;
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1), cpu };
}

/** Gzipped bytes of every script the page loads (its <script src> tags), with the framework's share. */
async function firstLoadJs(base, path) {
  const html = await (await fetch(`${base}${path}`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&")))];
  const manifest = JSON.parse(readFileSync(join(WEB, ".next/build-manifest.json"), "utf8"));
  const framework = new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));
  let total = 0;
  let frameworkBytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const gz = gzipSync(body).length;
    total += gz;
    if (framework.has(src.split("?")[0])) frameworkBytes += gz;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  return { scripts: srcs.length, total, framework: frameworkBytes, inlineGzip: gzipSync(inline).length, htmlGzip: gzipSync(html).length };
}

const ms = (x) => `${x.toFixed(1)} ms`.padStart(9);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

const { total, newest } = await prepareStore();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = await startServer(port);
try {
  const briefing = await (await fetch(`${base}/api/briefings/${newest.id}`)).json();
  const sourceId = briefing.sources[0].id;
  const figureId = briefing.figures[0]?.id;
  const routes = [
    ["home (newest 20)", "/"],
    ["briefing page", `/b/${newest.id}`],
    ["source view", `/b/${newest.id}/source/${sourceId}${figureId ? `?item=${figureId}` : ""}`],
    ["search, broad (Rubio)", "/?q=Rubio"],
    ["search, narrow", `/?q=${TOPICS[3]}+${PLACES[7]}`],
    ["API search", "/api/briefings?q=tariffs"],
  ];
  console.log(`\nServer response time, ${REQUESTS} sequential requests each, store of ${total.toLocaleString("en-US")} briefings`);
  // Wall time depends on what else the machine runs; CPU per request (from /proc) much less so.
  const [load] = loadavg();
  console.log(`machine: ${cpus().length} cores, load average ${load.toFixed(1)} when starting`);
  console.log(`${"route".padEnd(24)}${"p50".padStart(9)}${"p95".padStart(9)}${"max".padStart(9)}${"cpu/req".padStart(10)}`);
  let worst = 0;
  for (const [name, path] of routes) {
    const r = await measure(`${base}${path}`, server.pid);
    worst = Math.max(worst, r.p95);
    console.log(`${name.padEnd(24)}${ms(r.p50)}${ms(r.p95)}${ms(r.max)}${r.cpu === null ? "" : ` ${ms(r.cpu)}`}`);
  }
  console.log(`target p95 < 50 ms: ${worst < 50 ? "met" : "NOT met"} (worst p95 ${worst.toFixed(1)} ms)`);

  const js = await firstLoadJs(base, `/b/${newest.id}`);
  const above = js.total - js.framework;
  console.log(`\nFirst-load JavaScript of the briefing page (gzip): ${kb(js.total)} in ${js.scripts} scripts`);
  console.log(`  framework's own (Next + React runtime): ${kb(js.framework)}`);
  console.log(`  above the framework: ${kb(above)} (target <= 20 KB: ${above <= 20 * 1024 ? "met" : "NOT met"})`);
  console.log(`  inline RSC payload: ${kb(js.inlineGzip)}; whole HTML document: ${kb(js.htmlGzip)}`);
} catch (error) {
  console.error(`${error.message}\n--- server log (tail) ---\n${server.log().slice(-3000)}`);
  process.exitCode = 1;
} finally {
  server.kill("SIGTERM");
}
