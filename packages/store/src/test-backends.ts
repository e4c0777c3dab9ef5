// The backends the store suites run on: SQLite always, PostgreSQL when BRIEFING_TEST_DATABASE_URL is
// set (each store in a fresh schema, dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenStoreOptions } from "./types.js";

export interface TestBackend {
  name: "sqlite" | "postgres";
  /** False for PostgreSQL when no server is configured: its suites are registered but skipped. */
  available: boolean;
  /** Options for a fresh, empty store; the same options reopen it. */
  fresh(): OpenStoreOptions & { path?: string; url?: string; schema?: string };
  cleanup(): Promise<void>;
}

export const testDatabaseUrl = process.env.BRIEFING_TEST_DATABASE_URL || undefined;

function sqliteBackend(): TestBackend {
  // Made on first use, so a filtered run that skips these tests leaves no directory behind.
  let dir: string | undefined;
  let n = 0;
  return {
    name: "sqlite",
    available: true,
    fresh: () => {
      dir ??= mkdtempSync(join(tmpdir(), "briefing-store-"));
      return { path: join(dir, `store-${++n}.db`) };
    },
    cleanup: async () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(url: string | undefined): TestBackend {
  const prefix = `brf_test_${process.pid}_${Date.now().toString(36)}`;
  const schemas: string[] = [];
  return {
    name: "postgres",
    available: url !== undefined,
    fresh: () => {
      if (!url) throw new Error("BRIEFING_TEST_DATABASE_URL is not set");
      const schema = `${prefix}_${schemas.length}`;
      schemas.push(schema);
      return { url, schema };
    },
    cleanup: async () => {
      if (!url || schemas.length === 0) return;
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await client.end();
    },
  };
}

/** Both backends; PostgreSQL is unavailable (and said so, visibly) when no server is configured. */
export function testBackends(suite: string): TestBackend[] {
  if (!testDatabaseUrl) console.warn(`[store] BRIEFING_TEST_DATABASE_URL is not set: the PostgreSQL run of "${suite}" is skipped`);
  return [sqliteBackend(), postgresBackend(testDatabaseUrl)];
}
