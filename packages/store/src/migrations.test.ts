// A store written by an older version of this package opens, upgrades in place, and keeps every
// briefing readable and searchable.
import type { Briefing } from "@briefing/core";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { briefingBody, briefingRow, sourceRow } from "./briefing-rows.js";
import { openStore, STORE_SCHEMA_VERSION } from "./index.js";
import { migrate } from "./migrations.js";
import type { StoreTables } from "./tables.js";
import { type TestBackend, testBackends } from "./test-backends.js";
import { ARTICLES, briefingFrom } from "./test-briefings.js";

async function rawDb(backend: TestBackend, options: ReturnType<TestBackend["fresh"]>): Promise<Kysely<StoreTables>> {
  if (backend.name === "sqlite") return new Kysely<StoreTables>({ dialect: new SqliteDialect({ database: new Database(options.path!) }) });
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: options.url, options: `-c search_path=${options.schema}` });
  const db = new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) });
  await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(options.schema!)}`.execute(db);
  return db;
}

/** Writes a briefing the way schema version 1 stored it: body inside `briefings`, one search row per piece. */
async function putVersion1(db: Kysely<StoreTables>, briefing: Briefing): Promise<void> {
  const now = new Date().toISOString();
  // biome-ignore lint/suspicious/noExplicitAny: the v1 layout is not in today's table types.
  const v1 = db as Kysely<any>;
  await v1
    .insertInto("briefings")
    .values({ ...briefingRow(briefing, now), body: briefingBody(briefing) })
    .execute();
  await db
    .insertInto("sources")
    .values(briefing.sources.map((s) => sourceRow(s, now)))
    .execute();
  await db
    .insertInto("briefing_sources")
    .values(briefing.sources.map((s, position) => ({ briefing_id: briefing.id, source_id: s.id, position })))
    .execute();
  await v1.insertInto("search_docs").values({ briefing_id: briefing.id, field: "title", content: briefing.title }).execute();
}

for (const backend of testBackends("migrations")) {
  describe.skipIf(!backend.available)(`upgrading an old store on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    test("a version 1 store is migrated on open: briefings intact, search rebuilt over every field", async () => {
      const options = backend.fresh();
      const port = briefingFrom(ARTICLES[0]!);
      const plant = briefingFrom(ARTICLES[1]!);
      const db = await rawDb(backend, options);
      await migrate(db, backend.name, 1);
      await putVersion1(db, port);
      await putVersion1(db, plant);
      await db.destroy();

      const store = await openStore({ ...options, seedSample: false });
      try {
        expect(await store.getBriefing(port.id)).toEqual(port);
        expect((await store.listBriefings()).map((b) => b.id)).toEqual([plant.id, port.id]);
        // Version 1 indexed only titles here; the upgrade indexes the article text and quotes too.
        expect((await store.search("cracked turbine")).map((h) => h.briefing.id)).toEqual([plant.id]);
        expect((await store.search("cargo ships")).map((h) => h.briefing.id)).toEqual([port.id]);
        expect(await store.removeBriefing(plant.id)).toBe(true);
        expect(await store.search("cracked turbine")).toEqual([]);
      } finally {
        await store.close();
      }
      const check = await rawDb(backend, options);
      const version = await check.selectFrom("store_meta").select("value").where("key", "=", "schema_version").executeTakeFirst();
      await check.destroy();
      expect(version?.value).toBe(String(STORE_SCHEMA_VERSION));
    });
  });
}
