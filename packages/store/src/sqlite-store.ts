// The embedded default: one SQLite file in WAL mode, so the CLI can write while the web app reads.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
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
import { checkUsable, migrate } from "./migrations.js";
import { sqliteSearchIndex } from "./sqlite-search.js";
import type { StoreTables } from "./tables.js";

/** How long a writer waits for another process's transaction before giving up, by default. */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;
const SQLITE_HEADER = "SQLite format 3\0";

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

/** Refuses, before SQLite touches it, a file that is not a SQLite database. */
function checkExistingFile(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new StoreError("cannot-open", `${path} is a directory, not a database file`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error instanceof StoreError
      ? error
      : new StoreError("cannot-open", `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (size === 0) return;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    readSync(fd, header, 0, header.length, 0);
  } catch (error) {
    throw new StoreError("cannot-open", `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header.toString("latin1") !== SQLITE_HEADER) {
    throw new StoreError("corrupt", `${path} is not a SQLite database (corrupt or some other file); it was left untouched`);
  }
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

/** Opens (creating if needed) and migrates a SQLite store. */
export async function openSqliteStore(path: string, seedSample: boolean, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): Promise<KyselyStore> {
  const inMemory = path === ":memory:";
  if (!inMemory) {
    checkExistingFile(path);
    try {
      makeDirectories(dirname(path));
    } catch (error) {
      throw new StoreError("cannot-open", `cannot create the directory for ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw mapSqliteError(error, path, busyTimeoutMs);
  }
  const db = new Kysely<StoreTables>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  try {
    // Before anything that writes (even switching to WAL): someone else's or a newer database stays untouched.
    await checkUsable(db, "sqlite");
    sqlite.pragma("journal_mode = WAL");
    // NORMAL is durable across process crashes in WAL mode; only a power loss can drop the last commits.
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    await migrate(db, "sqlite");
    const store = new KyselyStore({
      kind: "sqlite",
      db,
      search: sqliteSearchIndex,
      mapError: (e) => mapSqliteError(e, path, busyTimeoutMs),
    });
    if (seedSample) await store.seedSampleOnce();
    return store;
  } catch (error) {
    await db.destroy().catch(() => {});
    throw mapSqliteError(error, path, busyTimeoutMs);
  }
}
