// Databases a person should never lose data to: random bytes, a newer Briefing's store, someone
// else's database, a directory, an unreachable server. Each is a StoreError with a clear message,
// and nothing is written.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { defaultDatabasePath, isStoreError, openStore, STORE_SCHEMA_VERSION, type StoreError } from "./index.js";
import { testBackends, testDatabaseUrl } from "./test-backends.js";
import { ARTICLES, briefingFrom, numberedBriefing } from "./test-briefings.js";

const dir = mkdtempSync(join(tmpdir(), "briefing-store-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isStoreError(error)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe("bad SQLite files", () => {
  test("a file of random bytes is refused as corrupt and left byte for byte as it was", async () => {
    const path = join(dir, "random.db");
    writeFileSync(path, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    const before = digest(path);
    const error = await rejection(openStore({ path }));
    expect(error.code).toBe("corrupt");
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not a SQLite database/);
    expect(digest(path)).toBe(before);
  });

  test("a SQLite file damaged past its header is refused as corrupt, not a crash", async () => {
    const path = join(dir, "damaged.db");
    const store = await openStore({ path, seedSample: false });
    await store.putBriefing(briefingFrom(ARTICLES[0]!));
    await store.close();
    const bytes = readFileSync(path);
    // Keep the header, scramble the rest of the first page: the schema can no longer be read.
    for (let i = 100; i < 4096; i++) bytes[i] = (i * 31) % 256;
    writeFileSync(path, bytes);
    const before = digest(path);
    const error = await rejection(openStore({ path }));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/damaged/);
    expect(digest(path)).toBe(before);
  });

  /** A store of `count` briefings, closed, with the sample seeded as on first use by the CLI. */
  async function storeOf(name: string, count: number): Promise<string> {
    const path = join(dir, name);
    const store = await openStore({ path });
    for (let n = 0; n < count; n++) await store.putBriefing(numberedBriefing(n));
    await store.close();
    return path;
  }

  /** Overwrites `pages` pages from page `first` (1-based), as a failing disk or a stray `dd` would. */
  function overwritePages(path: string, first: number, pages: number, fill: (i: number) => number): void {
    const pageSize = readFileSync(path).readUInt16BE(16);
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.from(Array.from({ length: pages * pageSize }, (_, i) => fill(i))), 0, pages * pageSize, (first - 1) * pageSize);
    closeSync(fd);
  }

  /** Whether a write-ahead log holds anything: a pending write would sit there. */
  const walBytes = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

  const fills: [string, (i: number) => number][] = [
    ["bytes of noise", (i) => (i * 7919 + 13) % 251],
    ["zeros", () => 0],
  ];
  for (const [what, fill] of fills) {
    test(`8 pages of ${what} a quarter, half or three quarters into a store: it is refused as corrupt when opened, to read or to write, and left byte for byte`, async () => {
      const intact = await storeOf(`damage-${what.replace(/ /g, "-")}.db`, 60);
      const pages = statSync(intact).size / readFileSync(intact).readUInt16BE(16);
      expect(pages).toBeGreaterThan(40);
      for (const at of [0.25, 0.5, 0.75]) {
        const path = `${intact}-${at}`;
        writeFileSync(path, readFileSync(intact));
        overwritePages(path, Math.floor(pages * at), 8, fill);
        const before = digest(path);
        for (const options of [{ path }, { path, seedSample: false }]) {
          const error = await rejection(openStore(options));
          expect(error.code).toBe("corrupt");
          expect(error.message).toContain(path);
          expect(error.message).toMatch(/^[^\n]*is damaged \([^\n]*\); nothing was written to it$/);
        }
        expect(digest(path)).toBe(before);
        expect(walBytes(path)).toBe(0);
        expect(existsSync(`${path}-journal`)).toBe(false);
      }
    }, 60_000);
  }

  /** A store whose one long article spills into overflow pages, and those pages. */
  async function storeWithOverflow(name: string): Promise<{ path: string; overflow: number[] }> {
    const path = await storeOf(name, 3);
    const store = await openStore({ path });
    const spec = ARTICLES[0]!;
    await store.putBriefing(briefingFrom({ ...spec, text: `${spec.text}\n${"The harbor board met again. ".repeat(800)}` }));
    await store.close();
    const raw = new Database(path, { readonly: true });
    const overflow = raw.prepare("SELECT pageno FROM dbstat WHERE pagetype = 'overflow' ORDER BY pageno").pluck().all() as number[];
    raw.close();
    expect(overflow.length).toBeGreaterThan(4);
    return { path, overflow };
  }

  test("damage the open does not look for (an overflow page) is found before the first write, and nothing is written", async () => {
    const { path, overflow } = await storeWithOverflow("overflow-damage.db");
    overwritePages(path, overflow[Math.floor(overflow.length / 2)]!, 1, (i) => (i * 7919 + 13) % 251);
    const before = digest(path);
    const store = await openStore({ path });
    try {
      expect(await store.listBriefings()).toHaveLength(5);
      for (const write of [
        () => store.putBriefing(numberedBriefing(1000)),
        () => store.replaceBriefing(numberedBriefing(0)),
        () => store.removeBriefing(numberedBriefing(1).id),
      ]) {
        const error = await rejection(write());
        expect(error.code).toBe("corrupt");
        expect(error.message).toContain(path);
        expect(error.message).toMatch(/^[^\n]*damaged \(quick_check: [^\n]*nothing was written/);
      }
    } finally {
      await store.close();
    }
    expect(digest(path)).toBe(before);
    expect(walBytes(path)).toBe(0);
  }, 60_000);

  test("an open that must write (storing the sample on first use) checks the whole file first", async () => {
    const { path, overflow } = await storeWithOverflow("unseeded.db");
    // As if the sample had never been stored: the next open would write it.
    const raw = new Database(path);
    raw.exec("DELETE FROM store_meta WHERE key = 'sample_seeded'");
    raw.close();
    overwritePages(path, overflow[1]!, 1, (i) => (i * 7919 + 13) % 251);
    const before = digest(path);
    await (await openStore({ path, seedSample: false })).close();
    expect((await rejection(openStore({ path }))).code).toBe("corrupt");
    expect(digest(path)).toBe(before);
  }, 60_000);

  test("someone else's SQLite database is refused untouched", async () => {
    const path = join(dir, "other.db");
    const other = new Database(path);
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5)");
    other.close();
    const before = digest(path);
    const error = await rejection(openStore({ path }));
    expect(error.code).toBe("not-a-store");
    expect(digest(path)).toBe(before);
  });

  test("a stored briefing that no longer validates is a clear error to read, and can still be rebuilt from its sources", async () => {
    const path = join(dir, "stale.db");
    const briefing = briefingFrom(ARTICLES[0]!);
    const store = await openStore({ path, seedSample: false });
    await store.putBriefing(briefing);
    // As if written under an older core whose schema the current one no longer accepts.
    const raw = new Database(path);
    raw.prepare("UPDATE briefing_bodies SET body = json_set(body, '$.schemaVersion', 0)").run();
    raw.close();
    const error = await rejection(store.getBriefing(briefing.id));
    expect(error.code).toBe("invalid-briefing");
    expect(error.message).toContain(briefing.id);
    const rebuildable = [];
    for await (const entry of store.listSourcesByBriefing()) rebuildable.push(entry);
    expect(rebuildable).toEqual([{ id: briefing.id, sources: briefing.sources, extractor: briefing.extractor }]);
    await store.replaceBriefing(briefing);
    expect(await store.getBriefing(briefing.id)).toEqual(briefing);
    await store.close();
  });

  test("a write blocked by another process's long transaction fails as locked after the busy timeout, losing nothing", async () => {
    const path = join(dir, "busy.db");
    const store = await openStore({ path, seedSample: false, busyTimeoutMs: 200 });
    await store.putBriefing(briefingFrom(ARTICLES[0]!));
    const other = new Database(path);
    other.exec("BEGIN IMMEDIATE");
    try {
      const error = await rejection(store.putBriefing(briefingFrom(ARTICLES[1]!)));
      expect(error.code).toBe("locked");
      expect(error.message).toMatch(/busy/);
      // Readers are not blocked by the writer (WAL).
      expect(await store.countBriefings()).toBe(1);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
    expect((await store.putBriefing(briefingFrom(ARTICLES[1]!))).created).toBe(true);
    await store.close();
  });

  test("a directory given as the database is a clear error", async () => {
    const path = join(dir, "a-directory");
    mkdirSync(path);
    const error = await rejection(openStore({ path }));
    expect(error.code).toBe("cannot-open");
    expect(error.message).toContain("is a directory");
  });

  test("a device or a pipe given as the database is refused, and nothing is created beside it", async () => {
    const fifo = join(dir, "a-pipe");
    execFileSync("mkfifo", [fifo]);
    for (const path of ["/dev/null", fifo]) {
      const existed = ["-journal", "-wal", "-shm"].filter((suffix) => existsSync(`${path}${suffix}`));
      const error = await rejection(openStore({ path }));
      expect(error.code).toBe("cannot-open");
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/not a regular file/);
      expect(["-journal", "-wal", "-shm"].filter((suffix) => existsSync(`${path}${suffix}`))).toEqual(existed);
    }
  });

  test("a folder that cannot be created is a clear error, also under a pseudo-filesystem", async () => {
    const blocker = join(dir, "a-file");
    writeFileSync(blocker, "not a folder");
    expect((await rejection(openStore({ path: join(blocker, "sub", "briefing.db") }))).code).toBe("cannot-open");
    expect((await rejection(openStore({ path: "/proc/no-such-folder/briefing.db" }))).code).toBe("cannot-open");
  });

  test("missing parent folders are created", async () => {
    const path = join(dir, "new", "nested", "briefing.db");
    await (await openStore({ path })).close();
    expect(readFileSync(path).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  test("the store is in WAL mode, so a reader and a writer do not block each other", async () => {
    const path = join(dir, "wal.db");
    await (await openStore({ path })).close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    raw.close();
  });

  test("the location comes from the option, else BRIEFING_DB, else the per-user data directory", async () => {
    const fromEnv = join(dir, "from-env.db");
    const saved = process.env.BRIEFING_DB;
    process.env.BRIEFING_DB = fromEnv;
    try {
      const store = await openStore({ seedSample: false });
      await store.putBriefing(briefingFrom(ARTICLES[1]!));
      await store.close();
      const reopened = await openStore({ path: fromEnv, seedSample: false });
      expect(await reopened.countBriefings()).toBe(1);
      await reopened.close();
    } finally {
      if (saved === undefined) delete process.env.BRIEFING_DB;
      else process.env.BRIEFING_DB = saved;
    }
    const savedXdg = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = join(dir, "xdg");
    try {
      if (process.platform === "linux") expect(defaultDatabasePath()).toBe(join(dir, "xdg", "briefing", "briefing.db"));
    } finally {
      if (savedXdg === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = savedXdg;
    }
  });
});

for (const backend of testBackends("bad databases")) {
  describe.skipIf(!backend.available)(`a newer schema on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    /** Runs SQL on the store's database behind its back. */
    async function raw(options: ReturnType<typeof backend.fresh>, statement: string): Promise<unknown[]> {
      if (backend.name === "sqlite") {
        const db = new Database(options.path!);
        try {
          const stmt = db.prepare(statement);
          if (stmt.reader) return stmt.all();
          stmt.run();
          return [];
        } finally {
          db.close();
        }
      }
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: options.url, options: `-c search_path=${options.schema}` });
      await client.connect();
      try {
        return (await client.query(statement)).rows;
      } finally {
        await client.end();
      }
    }

    test("a store written by a newer Briefing is refused and left unchanged", async () => {
      const options = backend.fresh();
      const store = await openStore({ ...options, seedSample: false });
      await store.putBriefing(briefingFrom(ARTICLES[2]!));
      await store.close();
      await raw(options, `UPDATE store_meta SET value = '${STORE_SCHEMA_VERSION + 1}' WHERE key = 'schema_version'`);
      const before = backend.name === "sqlite" ? digest(options.path!) : "";

      const error = await rejection(openStore(options));
      expect(error.code).toBe("newer-schema");
      expect(error.message).toMatch(/newer Briefing/);
      expect(error.message).toContain(`${STORE_SCHEMA_VERSION + 1}`);

      if (backend.name === "sqlite") expect(digest(options.path!)).toBe(before);
      expect(await raw(options, "SELECT id FROM briefings")).toHaveLength(1);
      expect(await raw(options, "SELECT value FROM store_meta WHERE key = 'schema_version'")).toEqual([
        { value: `${STORE_SCHEMA_VERSION + 1}` },
      ]);
    });
  });
}

test.skipIf(!testDatabaseUrl)("an unreachable PostgreSQL server is a connection error that does not show the password", async () => {
  const error = await rejection(openStore({ url: "postgres://briefing:s3cret-pass@127.0.0.1:1/nowhere" }));
  expect(error.code).toBe("connection");
  expect(error.message).toContain("127.0.0.1:1");
  expect(error.message).not.toContain("s3cret-pass");
});

test("a database URL that is not a postgres:// URL says so, without showing what it holds", async () => {
  for (const url of ["notaurl", "http://example.test/briefing", "postgres://briefing:s3cret-pass@db.test:99999/briefing"]) {
    const error = await rejection(openStore({ url }));
    expect(error.code).toBe("connection");
    expect(error.message).toMatch(/is not a valid postgres:\/\/ URL/);
    expect(error.message).not.toMatch(/ENOTFOUND|\bbase\b|s3cret-pass/);
  }
});

test.skipIf(!testDatabaseUrl)("sslmode=require says in one line whether the server takes TLS, with no driver warning", async () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.message);
  process.on("warning", onWarning);
  try {
    const { default: pg } = await import("pg");
    const probe = new pg.Client({ connectionString: testDatabaseUrl });
    await probe.connect();
    const ssl = (await probe.query("SHOW ssl")).rows[0]?.ssl;
    await probe.end();
    const url = new URL(testDatabaseUrl!);
    url.searchParams.set("sslmode", "require");
    const schema = `brf_test_tls_${process.pid}`;
    const opened = openStore({ url: url.toString(), schema, seedSample: false });
    if (ssl === "on") {
      // libpq's meaning: encrypted, certificate not verified (the test server's is self-signed).
      await (await opened).close();
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await cleanup.end();
    } else {
      const error = await rejection(opened);
      expect(error.code).toBe("connection");
      expect(error.message).toMatch(/does not accept TLS, but the URL asks for it \(sslmode\)/);
      expect(error.message).toContain(url.host);
      expect(error.message).not.toContain("\n");
      if (url.password) expect(error.message).not.toContain(`:${url.password}@`);
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(warnings.filter((w) => /SECURITY WARNING|sslmode/i.test(w))).toEqual([]);
  } finally {
    process.off("warning", onWarning);
  }
});
