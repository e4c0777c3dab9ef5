// Shared set-up for tests that go through the app's store: a fresh SQLite file per test file, a
// server listening on loopback (as the start script would record it), and the write settings
// reset after every test so one test's token or address cannot leak into the next.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { closeExtractionPool } from "@/lib/extraction-pool";
import { closeStore } from "@/lib/store";
import { decideListenPolicy, setListenPolicy } from "@/server/listen-policy";

const WRITE_SETTINGS = ["HOST", "BRIEFING_TOKEN", "BRIEFING_WRITES", "BRIEFING_ALLOWED_HOSTS"] as const;

/** Records that the server listens on `addresses` (the start script does this once it listens). */
export function listenOn(...addresses: string[]): void {
  const decision = decideListenPolicy(addresses, { BRIEFING_WRITES: "off" });
  if (!decision.ok) throw new Error(decision.message);
  setListenPolicy(decision.policy);
}

/** Points BRIEFING_DB at a temporary store for this test file and removes it afterwards. */
export function setUpTempStore(name: string): void {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `briefing-web-${name}-`));
    process.env.BRIEFING_DB = join(dir, "briefing.db");
  });
  beforeEach(() => {
    for (const key of WRITE_SETTINGS) delete process.env[key];
    listenOn("127.0.0.1");
  });
  afterEach(() => {
    for (const key of WRITE_SETTINGS) delete process.env[key];
    setListenPolicy(undefined);
  });
  afterAll(async () => {
    await closeExtractionPool();
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
