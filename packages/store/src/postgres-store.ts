// PostgreSQL behind the same store: for a team sharing one server. Loaded only when a URL is set.
import { Kysely, PostgresDialect, sql } from "kysely";
import { StoreError } from "./errors.js";
import { KyselyStore } from "./kysely-store.js";
import { migrate } from "./migrations.js";
import { postgresSearchIndex } from "./postgres-search.js";
import { connectionString, describeUrl } from "./postgres-url.js";
import type { StoreTables } from "./tables.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A StoreError for a pg error, saying which server (never its password). */
export function mapPostgresError(error: unknown, url: string): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const code = String((error as { code?: unknown }).code ?? "");
  const where = describeUrl(url);
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN"].includes(code) || /^(28|3D|08|53)/.test(code)) {
    return new StoreError("connection", `cannot use the PostgreSQL database at ${where}: ${error.message || code}`, { cause: error });
  }
  // TLS refused or not verified: pg's messages say neither which server nor what to change.
  if (/does not support SSL/i.test(error.message)) {
    return new StoreError(
      "connection",
      `the PostgreSQL server at ${where} does not accept TLS, but the URL asks for it (sslmode); remove sslmode or set sslmode=disable to connect without TLS`,
      { cause: error },
    );
  }
  // pg-connection-string refuses sslmode=verify-ca without sslrootcert with a "SECURITY WARNING" error.
  if (/^SECURITY WARNING: /.test(error.message)) {
    return new StoreError("connection", `cannot use the PostgreSQL database at ${where}: ${error.message.slice(18)}`, { cause: error });
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
    return new StoreError("connection", `the TLS certificate of the PostgreSQL server at ${where} was not accepted: ${error.message}`, {
      cause: error,
    });
  }
  if (code === "40P01" || code === "55P03") {
    return new StoreError("locked", `the PostgreSQL database at ${where} is busy: ${error.message}`, { cause: error });
  }
  return error;
}

/** Opens and migrates a PostgreSQL store; `schema` isolates it inside a shared database. */
export async function openPostgresStore(url: string, seedSample: boolean, schema?: string): Promise<KyselyStore> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError("invalid-argument", `${JSON.stringify(schema)} is not a usable schema name (lower-case letters, digits, _)`);
  }
  const connection = connectionString(url);
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({
    connectionString: connection,
    max: 4,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const db = new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) {
      await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(db).catch((error: { code?: string }) => {
        // Two processes creating it at once: the loser sees a duplicate, which is fine.
        if (error.code !== "23505" && error.code !== "42P06") throw error;
      });
    }
    await migrate(db, "postgres");
    const store = new KyselyStore({ kind: "postgres", db, search: postgresSearchIndex, mapError: (e) => mapPostgresError(e, url) });
    if (seedSample) await store.seedSampleOnce();
    return store;
  } catch (error) {
    await db.destroy().catch(() => {});
    throw mapPostgresError(error, url);
  }
}
