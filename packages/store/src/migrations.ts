// Versioned schema migrations, run on open inside one transaction. The version lives in
// store_meta; a database from a newer version is refused before anything is written to it.
import { type Kysely, sql, type Transaction } from "kysely";
import { searchDocument } from "./briefing-rows.js";
import { StoreError } from "./errors.js";
import { postgresSearchIndex } from "./postgres-search.js";
import type { SearchIndex } from "./search-backend.js";
import { sqliteSearchIndex } from "./sqlite-search.js";
import type { StoreTables } from "./tables.js";

export type DialectKind = "sqlite" | "postgres";

/** The schema version this code writes and understands. */
export const STORE_SCHEMA_VERSION = 2;

/** The search index of a dialect. */
export function searchIndexFor(dialect: DialectKind): SearchIndex {
  return dialect === "sqlite" ? sqliteSearchIndex : postgresSearchIndex;
}

interface Migration {
  version: number;
  up(trx: Transaction<StoreTables>, dialect: DialectKind): Promise<void>;
}

const migrations: Migration[] = [
  {
    // The first layout: bodies inside `briefings`, one search row per piece (title, text, entity, quote).
    version: 1,
    async up(trx, dialect) {
      const schema = trx.schema;
      await schema
        .createTable("store_meta")
        .ifNotExists()
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      await schema
        .createTable("sources")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("publisher", "text")
        .addColumn("published", "text")
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("retrieved_at", "text")
        .addColumn("stored_at", "text", (c) => c.notNull())
        .execute();
      await schema
        .createTable("briefings")
        .addColumn("seq", "integer", (c) =>
          dialect === "sqlite" ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
        )
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("published", "text")
        .addColumn("publishers", "text", (c) => c.notNull())
        .addColumn("source_ids", "text", (c) => c.notNull())
        .addColumn("key_figure", "text")
        .addColumn("extractor_name", "text", (c) => c.notNull())
        .addColumn("extractor_version", "text", (c) => c.notNull())
        .addColumn("stored_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("n_entities", "integer", (c) => c.notNull())
        .addColumn("n_statements", "integer", (c) => c.notNull())
        .addColumn("n_figures", "integer", (c) => c.notNull())
        .addColumn("n_events", "integer", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .execute();
      await schema
        .createTable("briefing_sources")
        .addColumn("briefing_id", "text", (c) => c.notNull().references("briefings.id").onDelete("cascade"))
        .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("briefing_sources_pk", ["briefing_id", "source_id"])
        .execute();
      await schema.createIndex("briefing_sources_source").on("briefing_sources").column("source_id").execute();
      await schema
        .createTable("search_docs")
        .addColumn("id", "integer", (c) => (dialect === "sqlite" ? c.primaryKey() : c.primaryKey().generatedAlwaysAsIdentity()))
        .addColumn("briefing_id", "text", (c) => c.notNull())
        .addColumn("field", "text", (c) => c.notNull())
        .addColumn("content", "text", (c) => c.notNull())
        .execute();
      await schema.createIndex("search_docs_briefing").on("search_docs").column("briefing_id").execute();

      if (dialect === "sqlite") {
        // External-content FTS5 index over search_docs, kept in step by triggers. Porter stemming
        // so "attacks" finds "attack"; diacritics removed so "Quebec" finds "Québec".
        await sql`CREATE VIRTUAL TABLE search_fts USING fts5(content, content='search_docs', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
          trx,
        );
        await sql`CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN INSERT INTO search_fts(rowid, content) VALUES (new.id, new.content); END`.execute(
          trx,
        );
        await sql`CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN INSERT INTO search_fts(search_fts, rowid, content) VALUES ('delete', old.id, old.content); END`.execute(
          trx,
        );
      } else {
        await sql`ALTER TABLE search_docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED`.execute(
          trx,
        );
        await sql`CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv)`.execute(trx);
      }
    },
  },
  {
    // Bodies move to their own table so lists walk narrow rows; search becomes one row per briefing
    // with a column per kind of match, which ranks without grouping (3-5x faster at 10,000 briefings).
    version: 2,
    async up(trx, dialect) {
      await trx.schema
        .createTable("briefing_bodies")
        .addColumn("id", "text", (c) => c.primaryKey().references("briefings.id").onDelete("cascade"))
        .addColumn("body", "text", (c) => c.notNull())
        .execute();
      await sql`INSERT INTO briefing_bodies (id, body) SELECT id, body FROM briefings`.execute(trx);
      await trx.schema.alterTable("briefings").dropColumn("body").execute();
      if (dialect === "sqlite") {
        await sql`DROP TRIGGER search_docs_ai`.execute(trx);
        await sql`DROP TRIGGER search_docs_ad`.execute(trx);
        await sql`DROP TABLE search_fts`.execute(trx);
      }
      await trx.schema.dropTable("search_docs").execute();
      const index = searchIndexFor(dialect);
      await index.create(trx);
      const rows = await sql<{
        seq: number;
        body: string;
      }>`SELECT b.seq, bb.body FROM briefings b JOIN briefing_bodies bb ON bb.id = b.id`.execute(trx);
      for (const row of rows.rows) {
        type StoredBody = Omit<Parameters<typeof searchDocument>[0], "sources"> & {
          id: string;
          sources: { id: string; title: string | null }[];
        };
        const body = JSON.parse(row.body) as StoredBody;
        const texts = await trx
          .selectFrom("briefing_sources")
          .innerJoin("sources", "sources.id", "briefing_sources.source_id")
          .select(["sources.id", "sources.text"])
          .where("briefing_sources.briefing_id", "=", body.id)
          .execute();
        const textOf = new Map(texts.map((t) => [t.id, t.text]));
        const sources = body.sources.map((s) => ({ title: s.title, text: textOf.get(s.id) ?? "" }));
        await index.add(trx, Number(row.seq), searchDocument({ ...body, sources }));
      }
    },
  },
];

/**
 * Whether the store's version table exists, and whether tables that are not ours do, read in ONE
 * statement: two statements could straddle another process committing a fresh store's tables and
 * mistake it for someone else's database.
 */
async function inspect(
  db: Kysely<StoreTables> | Transaction<StoreTables>,
  dialect: DialectKind,
): Promise<{ meta: boolean; foreign: boolean }> {
  if (dialect === "sqlite") {
    // Any table at all makes a SQLite file without store_meta someone else's.
    const r = await sql<{ meta: number; tables: number }>`
      SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'store_meta') AS meta,
             (SELECT count(*) FROM sqlite_master WHERE type = 'table') AS tables`.execute(db);
    const row = r.rows[0];
    return { meta: Number(row?.meta) > 0, foreign: Number(row?.tables) > 0 };
  }
  // PostgreSQL databases are shared: only tables with our names, without store_meta, are a conflict.
  const ours = ["sources", "briefings", "briefing_sources", "briefing_bodies", "search_index", "search_docs"];
  const r = await sql<{ meta: string; ours: string }>`
    SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'store_meta') AS meta,
           (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename IN (${sql.join(ours)})) AS ours`.execute(db);
  const row = r.rows[0];
  return { meta: Number(row?.meta) > 0, foreign: Number(row?.ours) > 0 };
}

/** The stored schema version: 0 for an empty database; throws for a database that is not a store. */
export async function readSchemaVersion(db: Kysely<StoreTables> | Transaction<StoreTables>, dialect: DialectKind): Promise<number> {
  const { meta, foreign } = await inspect(db, dialect);
  if (!meta) {
    if (foreign) {
      throw new StoreError("not-a-store", "the database holds tables but is not a Briefing store; refusing to change it");
    }
    return 0;
  }
  const row = await db.selectFrom("store_meta").select("value").where("key", "=", "schema_version").executeTakeFirst();
  const version = Number(row?.value ?? 0);
  if (!Number.isInteger(version) || version < 0) {
    throw new StoreError("corrupt", `the store's schema version is unreadable (${JSON.stringify(row?.value)})`);
  }
  return version;
}

function refuseNewer(version: number): void {
  if (version > STORE_SCHEMA_VERSION) {
    throw new StoreError(
      "newer-schema",
      `the store was written by a newer Briefing (schema version ${version}; this one understands up to ${STORE_SCHEMA_VERSION}); upgrade Briefing to use it — nothing was changed`,
    );
  }
}

/** Throws, without writing, unless this is an empty database or a store this code can use; returns its version. */
export async function checkUsable(db: Kysely<StoreTables>, dialect: DialectKind): Promise<number> {
  const version = await readSchemaVersion(db, dialect);
  refuseNewer(version);
  return version;
}

/** Runs the missing migrations and records the version, in one transaction. */
async function upgrade(db: Kysely<StoreTables>, dialect: DialectKind, target: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const version = await readSchemaVersion(trx, dialect);
    refuseNewer(version);
    if (version >= target) return;
    for (const m of migrations) {
      if (m.version > version && m.version <= target) await m.up(trx, dialect);
    }
    await trx
      .insertInto("store_meta")
      .values({ key: "schema_version", value: String(target) })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(target) }))
      .execute();
  });
}

/** Advisory lock key that serializes PostgreSQL migrations ("brief" in ASCII). */
const MIGRATION_LOCK = 0x6272696566;

/**
 * Brings the schema up to date, so that two processes opening a new store at once migrate it once:
 * SQLite transactions are already exclusive (BEGIN IMMEDIATE); PostgreSQL takes a session advisory
 * lock first and starts the transaction only once it holds it, so it sees the other's tables.
 * `beforeWrite` runs first when there is something to migrate.
 */
export async function migrate(
  db: Kysely<StoreTables>,
  dialect: DialectKind,
  target = STORE_SCHEMA_VERSION,
  beforeWrite: () => Promise<void> = async () => {},
): Promise<void> {
  const current = await readSchemaVersion(db, dialect);
  refuseNewer(current);
  if (current >= target) return;
  // Only now is there something to write: the store's damage check, for one, runs here.
  await beforeWrite();
  if (dialect === "sqlite") return upgrade(db, dialect, target);
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await upgrade(conn, dialect, target);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}
