// Shared set-up for tests that go through the app's store: a fresh SQLite file per test file, and
// the write-token settings reset after every test so one test's HOST cannot leak into the next.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";
import { closeStore } from "@/lib/store";

/** Points BRIEFING_DB at a temporary store for this test file and removes it afterwards. */
export function setUpTempStore(name: string): void {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `briefing-web-${name}-`));
    process.env.BRIEFING_DB = join(dir, "briefing.db");
    delete process.env.HOST;
    delete process.env.BRIEFING_TOKEN;
  });
  afterEach(() => {
    delete process.env.HOST;
    delete process.env.BRIEFING_TOKEN;
  });
  afterAll(async () => {
    await closeStore();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** A FormData with these fields, as a browser would post them. */
export function formData(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
