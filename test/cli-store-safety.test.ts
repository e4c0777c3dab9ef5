// The command line and the safety of the store: a damaged file or a newer schema gets a clear message
// and exit code 4 (the file left as it was); two ingests at once store each article once; an ingest
// killed mid-run leaves only whole briefings.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBriefing } from "@briefing/core";
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

describe("two ingests at once", () => {
  it("both succeed and store each article once", async () => {
    const db = join(dir, "concurrent.db");
    const articles = join(dir, "concurrent");
    mkdirSync(articles);
    for (let i = 1; i <= 6; i++) {
      writeFileSync(
        join(articles, `story-${i}.txt`),
        `The council of Riverton said on Monday that ${i * 10} new buses would run from May, according to the transport office.\n`,
      );
    }
    expect(briefing(["list"], db).code).toBe(0);
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, "ingest", articles, "--json"], {
          env: { ...process.env, BRIEFING_DB: db, BRIEFING_DATABASE_URL: "" },
        });
        child.on("exit", (code) => resolve(code));
      });
    const codes = await Promise.all([run(), run()]);
    expect(codes).toEqual([0, 0]);
    const list = JSON.parse(briefing(["list", "--json"], db).stdout) as { id: string }[];
    expect(list.length).toBe(7);
    expect(new Set(list.map((s) => s.id)).size).toBe(7);
  });
});

describe("an ingest killed with SIGKILL", () => {
  it("leaves a store that opens, holds only whole briefings, and a rerun completes", async () => {
    const db = join(dir, "killed.db");
    const articles = join(dir, "killed");
    mkdirSync(articles);
    for (let i = 1; i <= 30; i++) {
      writeFileSync(
        join(articles, `story-${i}.txt`),
        `The council of Lakeside said on Tuesday that ${i} ferries would sail from June, according to the harbour office.\n`,
      );
    }
    expect(briefing(["list"], db).code).toBe(0);
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [BIN, "ingest", articles, "--json"], {
        env: { ...process.env, BRIEFING_DB: db, BRIEFING_DATABASE_URL: "" },
      });
      // Kill it as soon as it has stored a few: mid-run, whatever the machine's speed.
      let stored = 0;
      child.stdout.on("data", (chunk: Buffer) => {
        stored += chunk
          .toString()
          .split("\n")
          .filter((l) => l.includes('"ok":true')).length;
        if (stored >= 3) child.kill("SIGKILL");
      });
      child.on("exit", () => resolve());
    });
    const exported = briefing(["export", "--all"], db);
    expect(exported.code).toBe(0);
    const stored = (JSON.parse(exported.stdout) as unknown[]).map((b) => parseBriefing(b));
    expect(stored.length).toBeGreaterThanOrEqual(4);
    expect(stored.length).toBeLessThan(31);
    const rerun = briefing(["ingest", articles], db);
    expect(rerun.code).toBe(0);
    expect((JSON.parse(briefing(["list", "--json"], db).stdout) as unknown[]).length).toBe(31);
  });
});
