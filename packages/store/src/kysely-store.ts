// The store itself, written once against Kysely; the dialects differ only in how they open, how
// their errors read, and how they search.
import {
  type Briefing,
  BriefingIdSchema,
  BriefingValidationError,
  type ExtractorInfo,
  parseBriefing,
  type Source,
  SourceIdSchema,
  SourceSchema,
} from "@briefing/core";
import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import { briefingBody, briefingRow, SUMMARY_COLUMNS, searchDocument, sourceRow, toSummary } from "./briefing-rows.js";
import { StoreError } from "./errors.js";
import type { SearchIndex } from "./search-backend.js";
import { parseSnippet } from "./snippet.js";
import type { SourcesTable, StoreTables } from "./tables.js";
import type { BriefingStore, BriefingSummary, ListOptions, PutResult, SearchHit } from "./types.js";

/** What a dialect supplies. */
export interface StoreBackend {
  kind: "sqlite" | "postgres";
  db: Kysely<StoreTables>;
  search: SearchIndex;
  /** Turns a driver error into a StoreError with a clear message (or returns it unchanged). */
  mapError(error: unknown): unknown;
  /** Runs before every write transaction, outside it; throws to refuse the write (damaged, read-only). */
  beforeWrite?(): Promise<void>;
}

const ListOptionsSchema = z.object({ limit: z.int().min(0).max(1_000_000).optional(), offset: z.int().min(0).optional() }).optional();

const DEFAULT_SEARCH_LIMIT = 20;
const REBUILD_PAGE = 100;

type SourceMeta = Omit<Source, "text">;
type StoredBody = Omit<Briefing, "sources"> & { sources: SourceMeta[] };

function checkId(schema: z.ZodString, id: unknown, what: string): string {
  const r = schema.safeParse(id);
  if (!r.success) {
    throw new StoreError(
      "invalid-id",
      `${JSON.stringify(id)} is not a ${what} id (they look like ${what === "briefing" ? "brf" : "src"}_<hex>)`,
    );
  }
  return r.data;
}

function listOptions(options: ListOptions | undefined): { limit?: number | undefined; offset?: number | undefined } {
  const r = ListOptionsSchema.safeParse(options);
  if (!r.success) throw new StoreError("invalid-argument", `invalid list options: ${r.error.issues.map((i) => i.message).join("; ")}`);
  return r.data ?? {};
}

function validBriefing(briefing: unknown): Briefing {
  try {
    return parseBriefing(briefing);
  } catch (error) {
    if (error instanceof BriefingValidationError) throw new StoreError("invalid-briefing", error.message, { cause: error });
    throw error;
  }
}

function sourceFromRow(row: SourcesTable): Source {
  return {
    id: row.id,
    contentHash: row.content_hash,
    text: row.text,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    published: row.published,
    language: row.language,
    retrievedAt: row.retrieved_at,
  };
}

export class KyselyStore implements BriefingStore {
  readonly kind: "sqlite" | "postgres";
  readonly #db: Kysely<StoreTables>;
  readonly #backend: StoreBackend;

  constructor(backend: StoreBackend) {
    this.kind = backend.kind;
    this.#db = backend.db;
    this.#backend = backend;
  }

  /** Runs `fn`, turning driver errors into StoreErrors. */
  async #guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw this.#backend.mapError(error);
    }
  }

  #write<T>(fn: (trx: Transaction<StoreTables>) => Promise<T>): Promise<T> {
    return this.#guard(async () => {
      await this.#backend.beforeWrite?.();
      return this.#db.transaction().execute(fn);
    });
  }

  /** Everything but the briefings row: body, sources, links, search entry. */
  async #insertRows(trx: Transaction<StoreTables>, briefing: Briefing, seq: number, now: string): Promise<void> {
    await trx
      .insertInto("briefing_bodies")
      .values({ id: briefing.id, body: briefingBody(briefing) })
      .execute();
    await trx
      .insertInto("sources")
      .values(briefing.sources.map((s) => sourceRow(s, now)))
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
    await trx
      .insertInto("briefing_sources")
      .values(briefing.sources.map((s, position) => ({ briefing_id: briefing.id, source_id: s.id, position })))
      .execute();
    await this.#backend.search.add(trx, seq, searchDocument(briefing));
  }

  /** Inserts a validated briefing unless its id is stored already; used by put and by seeding. */
  async insertBriefing(trx: Transaction<StoreTables>, briefing: Briefing): Promise<PutResult> {
    const now = new Date().toISOString();
    // The briefing row goes first with ON CONFLICT DO NOTHING: of two writers racing on the same
    // sources, exactly one inserts it, and the other learns so without an error.
    const inserted = await trx
      .insertInto("briefings")
      .values(briefingRow(briefing, now))
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("seq")
      .executeTakeFirst();
    if (!inserted) return { id: briefing.id, created: false };
    await this.#insertRows(trx, briefing, Number(inserted.seq), now);
    return { id: briefing.id, created: true };
  }

  async putBriefing(input: Briefing): Promise<PutResult> {
    const briefing = validBriefing(input);
    return this.#write((trx) => this.insertBriefing(trx, briefing));
  }

  async replaceBriefing(input: Briefing): Promise<void> {
    const briefing = validBriefing(input);
    await this.#write(async (trx) => {
      const now = new Date().toISOString();
      const { id: _id, stored_at: _stored, ...row } = briefingRow(briefing, now);
      const updated = await trx.updateTable("briefings").set(row).where("id", "=", briefing.id).returning("seq").executeTakeFirst();
      if (!updated) {
        throw new StoreError("not-found", `briefing ${briefing.id} is not stored, so there is nothing to replace`);
      }
      const seq = Number(updated.seq);
      await this.#backend.search.remove(trx, seq);
      await trx.deleteFrom("briefing_sources").where("briefing_id", "=", briefing.id).execute();
      await trx.deleteFrom("briefing_bodies").where("id", "=", briefing.id).execute();
      await this.#insertRows(trx, briefing, seq, now);
    });
  }

  async getBriefing(id: string): Promise<Briefing | null> {
    checkId(BriefingIdSchema, id, "briefing");
    // One statement, so a concurrent delete cannot leave us with a body and half its sources.
    const rows = await this.#guard(() =>
      this.#db
        .selectFrom("briefing_bodies as b")
        .innerJoin("briefing_sources as bs", "bs.briefing_id", "b.id")
        .innerJoin("sources as s", "s.id", "bs.source_id")
        .select(["b.body", "s.id as source_id", "s.text"])
        .where("b.id", "=", id)
        .execute(),
    );
    const first = rows[0];
    if (!first) return null;
    return this.#assemble(id, first.body, new Map(rows.map((r) => [r.source_id, r.text])));
  }

  #assemble(id: string, bodyJson: string, texts: Map<string, string>): Briefing {
    let body: StoredBody;
    try {
      body = JSON.parse(bodyJson) as StoredBody;
    } catch (error) {
      throw new StoreError("corrupt", `stored briefing ${id} is not valid JSON`, { cause: error });
    }
    const sources = body.sources.map((meta) => ({ ...meta, text: texts.get(meta.id) }));
    try {
      return parseBriefing({ ...body, sources });
    } catch (error) {
      if (error instanceof BriefingValidationError) {
        throw new StoreError("invalid-briefing", `stored briefing ${id} no longer validates: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }

  async getSource(id: string): Promise<Source | null> {
    checkId(SourceIdSchema, id, "source");
    const row = await this.#guard(() => this.#db.selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst());
    return row ? SourceSchema.parse(sourceFromRow(row)) : null;
  }

  async listBriefings(options?: ListOptions): Promise<BriefingSummary[]> {
    const { limit, offset } = listOptions(options);
    let query = this.#db.selectFrom("briefings").select(SUMMARY_COLUMNS).orderBy("seq", "desc");
    if (limit !== undefined || offset !== undefined) query = query.limit(limit ?? Number.MAX_SAFE_INTEGER);
    if (offset !== undefined) query = query.offset(offset);
    const rows = await this.#guard(() => query.execute());
    return rows.map(toSummary);
  }

  async countBriefings(): Promise<number> {
    const row = await this.#guard(() =>
      this.#db
        .selectFrom("briefings")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow(),
    );
    return Number(row.n);
  }

  async search(query: string, options?: ListOptions): Promise<SearchHit[]> {
    const { limit = DEFAULT_SEARCH_LIMIT, offset = 0 } = listOptions(options);
    if (typeof query !== "string" || limit === 0) return [];
    const raw = await this.#guard(() => this.#backend.search.search(this.#db, query, limit, offset));
    if (raw.length === 0) return [];
    const rows = await this.#guard(() =>
      this.#db
        .selectFrom("briefings")
        .select([...SUMMARY_COLUMNS, "seq"])
        .where(
          "seq",
          "in",
          raw.map((h) => h.seq),
        )
        .execute(),
    );
    const summaries = new Map(rows.map((r) => [Number(r.seq), toSummary(r)]));
    return raw.flatMap((h) => {
      const briefing = summaries.get(h.seq);
      // A briefing removed between the two queries is simply not a hit any more.
      return briefing ? [{ briefing, field: h.field, snippet: parseSnippet(h.marked), rank: h.rank }] : [];
    });
  }

  async removeBriefing(id: string): Promise<boolean> {
    checkId(BriefingIdSchema, id, "briefing");
    return this.#write(async (trx) => {
      const row = await trx.selectFrom("briefings").select("seq").where("id", "=", id).executeTakeFirst();
      if (!row) return false;
      const links = await trx.selectFrom("briefing_sources").select("source_id").where("briefing_id", "=", id).execute();
      await this.#backend.search.remove(trx, Number(row.seq));
      await trx.deleteFrom("briefing_sources").where("briefing_id", "=", id).execute();
      await trx.deleteFrom("briefing_bodies").where("id", "=", id).execute();
      await trx.deleteFrom("briefings").where("id", "=", id).execute();
      const sourceIds = links.map((l) => l.source_id);
      if (sourceIds.length > 0) {
        // Sources another briefing still cites stay.
        await trx
          .deleteFrom("sources")
          .where("id", "in", sourceIds)
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom("briefing_sources").select("source_id").whereRef("briefing_sources.source_id", "=", "sources.id"))),
          )
          .execute();
      }
      return true;
    });
  }

  async *listSourcesByBriefing(): AsyncIterable<{ id: string; sources: Source[]; extractor: ExtractorInfo }> {
    // Paged by seq rather than one open cursor, so the caller may write (replaceBriefing) between pages.
    let after = 0;
    for (;;) {
      const page = await this.#guard(() =>
        this.#db
          .selectFrom("briefings")
          .select(["seq", "id", "extractor_name", "extractor_version"])
          .where("seq", ">", after)
          .orderBy("seq")
          .limit(REBUILD_PAGE)
          .execute(),
      );
      for (const row of page) {
        const sources = await this.#sourcesOf(row.id);
        if (sources.length > 0) yield { id: row.id, sources, extractor: { name: row.extractor_name, version: row.extractor_version } };
      }
      const last = page.at(-1);
      if (!last || page.length < REBUILD_PAGE) return;
      after = Number(last.seq);
    }
  }

  /**
   * A briefing's sources without validating the briefing itself: rebuilding must work precisely when
   * a stored briefing no longer validates (a newer core). Each source keeps the metadata the briefing
   * gave it when that still validates, else the metadata it was first stored with.
   */
  async #sourcesOf(id: string): Promise<Source[]> {
    const [rows, body] = await this.#guard(() =>
      Promise.all([
        this.#db
          .selectFrom("briefing_sources as bs")
          .innerJoin("sources as s", "s.id", "bs.source_id")
          .selectAll("s")
          .where("bs.briefing_id", "=", id)
          .orderBy("bs.position")
          .execute(),
        this.#db.selectFrom("briefing_bodies").select("body").where("id", "=", id).executeTakeFirst(),
      ]),
    );
    let metas = new Map<string, unknown>();
    try {
      const parsed = JSON.parse(body?.body ?? "{}") as { sources?: { id: string }[] };
      metas = new Map((parsed.sources ?? []).map((m) => [m.id, m]));
    } catch {
      // An unreadable body still leaves the sources themselves.
    }
    return rows.map((row) => {
      const stored = sourceFromRow(row);
      const given = SourceSchema.safeParse({
        ...(metas.get(row.id) as object | undefined),
        id: row.id,
        contentHash: row.content_hash,
        text: row.text,
      });
      return given.success ? given.data : SourceSchema.parse(stored);
    });
  }

  /** Stores the sample briefing on first use of an empty store, once: a removed sample stays removed. */
  async seedSampleOnce(): Promise<void> {
    const seeded = await this.#guard(() =>
      this.#db.selectFrom("store_meta").select("value").where("key", "=", "sample_seeded").executeTakeFirst(),
    );
    if (seeded) return;
    const { referenceBriefing } = await import("@briefing/core/sample");
    await this.#write(async (trx) => {
      const claimed = await trx
        .insertInto("store_meta")
        .values({ key: "sample_seeded", value: new Date().toISOString() })
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("key")
        .executeTakeFirst();
      if (!claimed) return;
      const row = await trx
        .selectFrom("briefings")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      if (Number(row.n) === 0) await this.insertBriefing(trx, referenceBriefing);
    });
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }
}
