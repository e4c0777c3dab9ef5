// The embedded default: one SQLite file in WAL mode, so the CLI can write while the web app reads.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type SqliteStatement,
} from "kysely";
import { StoreError } from "./errors.js";
import { KyselyStore } from "./kysely-store.js";
import { checkUsable, migrate, STORE_SCHEMA_VERSION } from "./migrations.js";
import { inspectStoreFile } from "./sqlite-file.js";
import { quickCheck, walkBtrees } from "./sqlite-integrity.js";
import { openReadOnlyDatabase } from "./sqlite-read-only.js";
import { sqliteSearchIndex } from "./sqlite-search.js";
import type { StoreTables } from "./tables.js";

/** How long a writer waits for another process's transaction before giving up, by default. */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

// Transactions start with BEGIN IMMEDIATE: a deferred one that reads and then writes can fail at once
// with SQLITE_BUSY when another process wrote in between, whatever the busy timeout.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/**
 * Larger files skip the b-tree walk on open, so no read pays more than about 150 ms CPU for it (it
 * grows with the file: about 60 ms at 47 MB); they are still checked whole before the first write.
 */
export const OPEN_WALK_MAX_BYTES = 128 * 1024 ** 2;

/** Statements kept prepared, most recently used last. */
const STATEMENT_CACHE = 200;

// Kysely prepares every query afresh; keeping the statements prepared saves that parse on each call
// (the connection is used by one query at a time, so a statement is never run twice at once).
function withStatementCache(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = db.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

/** A StoreError for a better-sqlite3 error, saying which file. */
export function mapSqliteError(error: unknown, path: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const code = String((error as { code?: unknown }).code ?? "");
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    return new StoreError("locked", `the database ${path} is busy: another process held it for more than ${busyTimeoutMs / 1000} s`, {
      cause: error,
    });
  }
  if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) {
    return new StoreError("corrupt", `the database ${path} is damaged (${error.message}); it was left untouched`, { cause: error });
  }
  if (/^SQLITE_(CANTOPEN|READONLY|PERM|IOERR|FULL|AUTH)/.test(code)) {
    return new StoreError("cannot-open", `cannot use the database ${path}: ${error.message}`, { cause: error });
  }
  return error;
}

/**
 * `mkdir -p` one level at a time. Node's recursive mkdir spins forever under a pseudo-filesystem such
 * as /proc (seen on Node 20); creating each missing level ourselves fails at once with its reason.
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const level of missing) mkdirSync(level);
}

/** Refuses writes to a store opened read-only; checks a writable one for damage before its first write. */
function writeGate(sqlite: Database.Database, path: string, readOnly: boolean): () => Promise<void> {
  let checked: Promise<void> | undefined;
  return () => {
    if (readOnly) {
      return Promise.reject(
        new StoreError(
          "cannot-open",
          `the store ${path} is read-only (the file or its folder may not be written): it can be listed and searched, but not changed`,
        ),
      );
    }
    // Once per open store: a long-running server pays for it on its first write only.
    checked ??= Promise.resolve().then(() => quickCheck(sqlite, path));
    return checked;
  };
}

/** The connection for `path`: read-only when the file or its folder may not be written. */
function connect(path: string, busyTimeoutMs: number): { sqlite: Database.Database; readOnly: boolean; size: number } {
  if (path === ":memory:") return { sqlite: new Database(path), readOnly: false, size: 0 };
  const file = inspectStoreFile(path);
  if (file.exists && !file.writable) {
    if (file.size === 0) {
      throw new StoreError("cannot-open", `${path} is empty and read-only: there is nothing to read, and no store can be created in it`);
    }
    return { sqlite: openReadOnlyDatabase(path, file.size), readOnly: true, size: file.size };
  }
  if (!file.exists) {
    try {
      makeDirectories(dirname(path));
    } catch (error) {
      throw new StoreError("cannot-open", `cannot create the directory for ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  return { sqlite: new Database(path, { timeout: busyTimeoutMs }), readOnly: false, size: file.size };
}

/**
 * Opens (creating if needed) and migrates a SQLite store. Nothing is written before the checks: the
 * file is a SQLite store of a version this code knows, every b-tree page loads (each open), and the
 * whole file passes `quick_check` (before the first write).
 */
export async function openSqliteStore(path: string, seedSample: boolean, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): Promise<KyselyStore> {
  let sqlite: Database.Database;
  let readOnly: boolean;
  let size: number;
  try {
    ({ sqlite, readOnly, size } = connect(path, busyTimeoutMs));
  } catch (error) {
    throw mapSqliteError(error, path, busyTimeoutMs);
  }
  const db = new Kysely<StoreTables>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  const beforeWrite = writeGate(sqlite, path, readOnly);
  try {
    // Every page read is checked for a sane layout as it is loaded (cheap), so a read that meets a
    // damaged page fails as corrupt instead of returning what it decoded from it.
    sqlite.pragma("cell_size_check = ON");
    const version = await checkUsable(db, "sqlite");
    // Cheap enough for every open, reads included: damage anywhere in a table or index fails here.
    if (size <= OPEN_WALK_MAX_BYTES) walkBtrees(sqlite, path);
    if (readOnly && version < STORE_SCHEMA_VERSION) {
      throw new StoreError(
        "cannot-open",
        `the store ${path} is read-only and was written by an older Briefing (schema version ${version}); open it once with write access to upgrade it`,
      );
    }
    if (!readOnly) {
      sqlite.pragma("foreign_keys = ON");
      // NORMAL is durable across process crashes in WAL mode; only a power loss can drop the last commits.
      sqlite.pragma("synchronous = NORMAL");
      // Switching to WAL writes the header, so it waits for the checks; a store already in WAL stays as it is.
      if (sqlite.pragma("journal_mode", { simple: true }) !== "wal") {
        await beforeWrite();
        sqlite.pragma("journal_mode = WAL");
      }
      await migrate(db, "sqlite", STORE_SCHEMA_VERSION, beforeWrite);
    }
    const store = new KyselyStore({
      kind: "sqlite",
      db,
      search: sqliteSearchIndex,
      mapError: (e) => mapSqliteError(e, path, busyTimeoutMs),
      beforeWrite,
    });
    if (seedSample && !readOnly) await store.seedSampleOnce();
    return store;
  } catch (error) {
    await db.destroy().catch(() => {});
    throw mapSqliteError(error, path, busyTimeoutMs);
  }
}
