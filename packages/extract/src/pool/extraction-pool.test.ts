import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractionError } from "../errors.js";
import { ExtractionPool, ExtractionPoolError } from "./index.js";

// The workers run the built worker (Node 20 cannot run TypeScript); build it when it is missing.
const PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const BUILT_POOL = fileURLToPath(new URL("../../dist/pool/index.js", import.meta.url));

// Made-up names. Thousands of quoted sentences: seconds of work, far past the budgets below.
const SHORT = "Mayor Ann Roe said on Monday that the city will build a bridge.\nThe council approved $5 million for it.";
const LONG = Array.from({ length: 6000 }, (_, i) => `"We will build bridge number ${i}," said Mayor Ann Roe on Monday.`).join("\n");

const failure = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error("no error"),
    (error: unknown) => error,
  );

beforeAll(() => {
  if (!existsSync(BUILT_POOL)) execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PACKAGE, stdio: "inherit" });
}, 120_000);

describe("ExtractionPool", () => {
  const pools: ExtractionPool[] = [];
  const pool = (options: ConstructorParameters<typeof ExtractionPool>[0] = {}) => {
    const p = new ExtractionPool(options);
    pools.push(p);
    return p;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it("extracts in a worker while the calling thread stays free", async () => {
    const p = pool({ threads: 1 });
    let ticks = 0;
    const interval = setInterval(() => ticks++, 1);
    const briefing = await p.extract({ text: SHORT, published: "2025-06-02" });
    clearInterval(interval);
    expect(briefing.entities.map((e) => e.name)).toContain("Ann Roe");
    // The caller's timers ran while the worker loaded the model and read the article.
    expect(ticks).toBeGreaterThan(0);
  });

  it("stops an article past its time budget with reason `time`, and the next article is read", async () => {
    const p = pool({ threads: 1, timeBudgetMs: 150 });
    const error = await failure(p.extract({ text: LONG }));
    expect(error).toBeInstanceOf(ExtractionPoolError);
    expect(error).toMatchObject({ reason: "time", limit: 150 });
    expect((error as Error).message).toMatch(/0\.15 s budget/);
    const relaxed = pool({ threads: 1 });
    await expect(relaxed.extract({ text: SHORT })).resolves.toHaveProperty("entities");
  });

  it("stops an article past its memory budget with reason `memory`", async () => {
    const p = pool({ threads: 1, memoryBudgetMb: 16 });
    const error = await failure(p.extract({ text: LONG }));
    expect(error).toBeInstanceOf(ExtractionPoolError);
    expect(error).toMatchObject({ reason: "memory", limit: 16 });
  });

  it("passes the extractor's own refusals through as ExtractionError", async () => {
    const error = await failure(pool({ threads: 1 }).extract({ text: "   " }));
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: "empty" });
  });

  it("refuses at once with reason `busy` when the queue is full, and rejects waiting articles with `closed` on close", async () => {
    const p = new ExtractionPool({ threads: 1, maxQueue: 1 });
    const running = failure(p.extract({ text: LONG }));
    const waiting = failure(p.extract({ text: LONG }));
    const refused = await failure(p.extract({ text: LONG }));
    expect(refused).toMatchObject({ reason: "busy" });
    await p.close();
    expect(await waiting).toMatchObject({ reason: "closed" });
    expect(await running).toMatchObject({ reason: "closed" });
    await expect(p.extract({ text: SHORT })).rejects.toMatchObject({ reason: "closed" });
  });

  it("cancels an article when the caller's signal aborts", async () => {
    const controller = new AbortController();
    const p = pool({ threads: 1 });
    const pending = failure(p.extract({ text: LONG }, { signal: controller.signal }));
    controller.abort(new Error("client went away"));
    expect(await pending).toMatchObject({ message: "client went away" });
  });

  it("refuses budgets that are not positive integers", () => {
    expect(() => new ExtractionPool({ timeBudgetMs: 0 })).toThrow(RangeError);
    expect(() => new ExtractionPool({ threads: 1.5 })).toThrow(RangeError);
  });

  it("does not keep a process alive once its work is done", () => {
    const script = `import { ExtractionPool } from ${JSON.stringify(BUILT_POOL)};
const briefing = await new ExtractionPool({ threads: 1 }).extract({ text: ${JSON.stringify(SHORT)} });
console.log(briefing.entities.length > 0 ? "read" : "empty");`;
    // Without unref'd workers this child would never exit and the timeout would kill it.
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 90_000 });
    expect(out.trim()).toBe("read");
  }, 120_000);
});
