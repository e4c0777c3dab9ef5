// The command line on stores it cannot use: a damaged file, a newer schema. Each gets a clear
// message and exit code 4, and the file is left as it was.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "briefing-bad-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function briefing(args: string[], db: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, BRIEFING_DB: db, BRIEFING_DATABASE_URL: "" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("a store briefing cannot use", () => {
  it("reports a damaged database file with exit 4 and leaves it untouched", () => {
    const db = join(dir, "corrupt.db");
    const garbage = Buffer.alloc(8192, 0x5a);
    garbage.write("this is not a database", 0);
    writeFileSync(db, garbage);
    const r = briefing(["list"], db);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^briefing: store: /);
    expect(r.stderr).toContain("--db");
    expect(readFileSync(db).equals(garbage)).toBe(true);
  });

  it("refuses a database from a newer Briefing with exit 4", () => {
    const db = join(dir, "newer.db");
    expect(briefing(["list"], db).code).toBe(0);
    // better-sqlite3 is the store's own dependency: resolve it from there.
    const Database = createRequire(fileURLToPath(new URL("../packages/store/package.json", import.meta.url)))("better-sqlite3") as new (
      path: string,
    ) => { prepare(sql: string): { run(): unknown }; close(): void };
    const conn = new Database(db);
    conn.prepare("UPDATE store_meta SET value = '9999' WHERE key = 'schema_version'").run();
    conn.close();
    const r = briefing(["show", "brf_a8b8b7b524d1bf3e"], db);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("newer");
    expect(r.stderr).toContain("upgrade briefing");
  });

  it("reports a store path it cannot create", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const r = briefing(["list"], join(file, "store", "briefing.db"));
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^briefing: store: /);
  });
});
