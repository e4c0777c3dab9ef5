// Batch ingest extracts in the worker pool: an article past its memory budget is stopped and
// reported with its reason, and the articles around it are stored. Memory, not time, is the budget
// under test, so a slow machine cannot change the outcome.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));

let dir: string;

function briefing(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, BRIEFING_DB: join(dir, "briefing.db"), BRIEFING_DATABASE_URL: "", NO_COLOR: "", ...env },
    timeout: 300_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-pool-"));
  const folder = join(dir, "batch");
  mkdirSync(folder);
  writeFileSync(
    join(folder, "a-harbour.txt"),
    "The harbour authority said on Tuesday that ferry traffic doubled in the spring. “We have never been this busy,” said Maria Lopez, the port director.\n",
  );
  // About 2 million characters of quoted sentences (made-up names): far more memory than 64 MB.
  writeFileSync(
    join(folder, "b-speeches.txt"),
    Array.from({ length: 30_000 }, (_, i) => `"We will build bridge number ${i}," said Mayor Ann Roe on Monday.`).join("\n"),
  );
  writeFileSync(
    join(folder, "c-railway.txt"),
    "The railway company said on Monday that ticket sales rose 40%, according to the Coastal Transport Board.\n",
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest through the extraction pool", () => {
  it("reports the article past its memory budget as failed, with the reason, and stores the others", () => {
    const r = briefing(["ingest", join(dir, "batch"), "--json"], { BRIEFING_EXTRACT_MEMORY_MB: "64" });
    expect(r.code, r.stderr).toBe(1);
    const results = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { input: string; ok: boolean; code?: string; error?: string });
    expect(results.map((x) => [x.input.slice(dir.length), x.ok])).toEqual([
      ["/batch/a-harbour.txt", true],
      ["/batch/b-speeches.txt", false],
      ["/batch/c-railway.txt", true],
    ]);
    expect(results[1]).toMatchObject({ code: "over-budget" });
    expect(results[1]?.error).toMatch(/more than its 64 MB memory budget/);
  });

  it("refuses a budget that is not a whole number, before reading anything", () => {
    const r = briefing(["ingest", join(dir, "batch")], { BRIEFING_EXTRACT_TIME_MS: "10s" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("briefing: BRIEFING_EXTRACT_TIME_MS must be a whole number");
  });
});
