// What happens across processes: a bulk ingest killed with SIGKILL half-way, and two processes
// storing the same briefing at the same moment. The child runs src/test-child.ts, bundled first
// because Node 20 cannot run TypeScript.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore } from "./index.js";
import { testBackends } from "./test-backends.js";
import { ARTICLES, briefingFrom, numberedBriefing } from "./test-briefings.js";
import { buildChild } from "./test-child-process.js";
import type { OpenStoreOptions } from "./types.js";

let child: Awaited<ReturnType<typeof buildChild>>;
beforeAll(async () => {
  child = await buildChild();
}, 60_000);
afterAll(() => child?.cleanup());

const run = (args: string[]) => child.run(args);

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

for (const backend of testBackends("store processes")) {
  describe.skipIf(!backend.available)(`store processes on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    test("a bulk ingest killed with SIGKILL leaves only complete briefings, and the store opens cleanly", async () => {
      const options: OpenStoreOptions = backend.fresh();
      const ingest = run(["ingest", JSON.stringify(options), "100000"]);
      // Let it commit a good number, then kill it wherever it is, most likely inside a transaction.
      await until(() => ingest.lines.length >= 40 || ingest.proc.exitCode !== null, "the child to store 40 briefings");
      ingest.proc.kill("SIGKILL");
      const { signal, stderr } = await ingest.done;
      expect(signal, stderr).toBe("SIGKILL");
      const reported = ingest.lines.length;

      const store = await openStore({ ...options, seedSample: false });
      try {
        const stored = await store.countBriefings();
        // Everything reported stored is there; at most the one in flight after the last report too.
        expect(stored).toBeGreaterThanOrEqual(reported);
        expect(stored).toBeLessThanOrEqual(reported + 1);
        const list = await store.listBriefings();
        expect(new Set(list.map((b) => b.id)).size).toBe(stored);
        for (let n = 0; n < stored; n++) {
          const expected = numberedBriefing(n);
          // Whole: the body, every source and every search entry of each briefing are there.
          expect(await store.getBriefing(expected.id)).toEqual(expected);
          expect((await store.search(`marker${n}x`)).map((h) => h.briefing.id)).toEqual([expected.id]);
        }
        // Nothing beyond the last complete one.
        expect(await store.getBriefing(numberedBriefing(stored).id)).toBeNull();
        expect(await store.search(`marker${stored}x`)).toEqual([]);
        // And the store takes writes again.
        expect((await store.putBriefing(numberedBriefing(stored))).created).toBe(true);
      } finally {
        await store.close();
      }
    }, 120_000);

    test("two processes creating a store and storing the same briefing at once make one row and no error", async () => {
      const options: OpenStoreOptions = backend.fresh();
      // The store does not exist yet: the two race on creating and migrating it, then on the put.
      const gate = join(child.dir, `gate-${backend.name}-${Date.now()}`);
      const a = run(["put-once", JSON.stringify(options), gate]);
      const b = run(["put-once", JSON.stringify(options), gate]);
      await new Promise((r) => setTimeout(r, 300));
      writeFileSync(gate, "go");
      const [ra, rb] = await Promise.all([a.done, b.done]);
      expect(ra.code, ra.stderr).toBe(0);
      expect(rb.code, rb.stderr).toBe(0);
      const results = [...a.lines, ...b.lines].map((l) => JSON.parse(l) as { id: string; created: boolean });
      const expected = briefingFrom(ARTICLES[0]!);
      expect(results.map((r) => r.id)).toEqual([expected.id, expected.id]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);

      const store = await openStore({ ...options, seedSample: false });
      try {
        expect(await store.countBriefings()).toBe(1);
        expect(await store.getBriefing(expected.id)).toEqual(expected);
        expect((await store.search("dredging")).length).toBe(1);
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
