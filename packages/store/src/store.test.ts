// The contract every backend keeps: the same suite runs on SQLite always and on PostgreSQL when
// BRIEFING_TEST_DATABASE_URL names a server (CI starts one).
import type { Briefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { afterAll, describe, expect, test } from "vitest";
import { isStoreError, openStore } from "./index.js";
import { testBackends } from "./test-backends.js";
import { ARTICLES, briefingFrom, multiSourceBriefing } from "./test-briefings.js";
import type { BriefingStore, OpenStoreOptions } from "./types.js";

const port = briefingFrom(ARTICLES[0]!);
const plant = briefingFrom(ARTICLES[1]!);
const library = briefingFrom(ARTICLES[2]!);

async function expectStoreError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isStoreError(error), `expected a StoreError ${code}, got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code).toBe(code);
}

for (const backend of testBackends("store contract")) {
  describe.skipIf(!backend.available)(`store on ${backend.name}`, () => {
    const open = async (options: OpenStoreOptions = {}, fresh = backend.fresh()) => ({
      store: await openStore({ ...fresh, ...options }),
      fresh,
    });
    const withStore = async (fn: (store: BriefingStore) => Promise<void>, options: OpenStoreOptions = { seedSample: false }) => {
      const { store } = await open(options);
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    };
    afterAll(() => backend.cleanup());

    test("a new store holds the sample briefing, once; a removed sample stays removed", async () => {
      const { store, fresh } = await open({});
      expect(store.kind).toBe(backend.name);
      const list = await store.listBriefings();
      expect(list.map((b) => b.id)).toEqual([referenceBriefing.id]);
      expect(list[0]!.keyFigure).toMatch(/^42%, according to /);
      expect(await store.removeBriefing(referenceBriefing.id)).toBe(true);
      await store.close();
      const again = await openStore(fresh);
      expect(await again.countBriefings()).toBe(0);
      await again.close();
    });

    test("without seeding a new store is empty", () =>
      withStore(async (store) => {
        expect(await store.countBriefings()).toBe(0);
        expect(await store.listBriefings()).toEqual([]);
      }));

    test("a stored briefing reads back equal, sources verbatim", () =>
      withStore(async (store) => {
        expect(await store.putBriefing(port)).toEqual({ id: port.id, created: true });
        expect(await store.getBriefing(port.id)).toEqual(port);
        const source = await store.getSource(port.sources[0]!.id);
        expect(source).toEqual(port.sources[0]);
        expect(await store.getBriefing(plant.id)).toBeNull();
        expect(await store.getSource(plant.sources[0]!.id)).toBeNull();
      }));

    test("the reference briefing round-trips through the store unchanged", () =>
      withStore(async (store) => {
        await store.putBriefing(referenceBriefing);
        expect(JSON.stringify(await store.getBriefing(referenceBriefing.id))).toBe(JSON.stringify(referenceBriefing));
      }));

    test("putting the same sources again is idempotent", () =>
      withStore(async (store) => {
        await store.putBriefing(port);
        const rebuilt = briefingFrom(ARTICLES[0]!, { name: "store-test", version: "2" });
        expect(await store.putBriefing(port)).toEqual({ id: port.id, created: false });
        expect(await store.putBriefing(rebuilt)).toEqual({ id: port.id, created: false });
        expect(await store.countBriefings()).toBe(1);
        expect((await store.getBriefing(port.id))!.extractor.version).toBe("1");
      }));

    test("the list is newest first, pages, and summarizes each briefing", () =>
      withStore(async (store) => {
        for (const b of [port, plant, library]) await store.putBriefing(b);
        const list = await store.listBriefings();
        expect(list.map((b) => b.id)).toEqual([library.id, plant.id, port.id]);
        expect((await store.listBriefings({ limit: 1, offset: 1 })).map((b) => b.id)).toEqual([plant.id]);
        expect(await store.countBriefings()).toBe(3);
        const summary = list[2]!;
        expect(summary).toMatchObject({
          title: port.title,
          published: "2026-03-02",
          publishers: ["Coastal Ledger"],
          sourceIds: [port.sources[0]!.id],
          keyFigure: "12%, according to Elsworth Shipping Guild",
          extractor: { name: "store-test", version: "1" },
          counts: { entities: 2, statements: 1, figures: 1, events: 0 },
        });
        expect(Date.parse(summary.storedAt)).not.toBeNaN();
        await expectStoreError(store.listBriefings({ limit: -1 }), "invalid-argument");
      }));

    test("search finds titles, article text, entity names and quotes, with marked snippets", () =>
      withStore(async (store) => {
        for (const b of [port, plant, library]) await store.putBriefing(b);
        const text = (hit: { snippet: { text: string; match: boolean }[] }) => hit.snippet.map((p) => p.text).join("");
        const matched = (hit: { snippet: { text: string; match: boolean }[] }) =>
          hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());

        const turbine = await store.search("turbine casing");
        expect(turbine.map((h) => h.briefing.id)).toEqual([plant.id]);
        expect(turbine[0]!.field).toBe("text");
        expect(matched(turbine[0]!)).toEqual(expect.arrayContaining(["turbine", "casing"]));
        expect(text(turbine[0]!)).toContain("cracked turbine casing");

        const mayor = await store.search("Ortiz");
        expect(mayor[0]!.briefing.id).toBe(port.id);

        const guild = await store.search("Shipping Guild");
        expect(guild.map((h) => h.briefing.id)).toEqual([port.id]);

        const quote = await store.search("follow readers");
        expect(quote.map((h) => h.briefing.id)).toEqual([library.id]);
        expect(["quote", "text"]).toContain(quote[0]!.field);

        // A title match outranks the same word deep in another article's text.
        const dredging = await store.search("dredging");
        expect(dredging[0]!.briefing.id).toBe(port.id);
        expect(dredging[0]!.field).toBe("title");
        expect(dredging[0]!.rank).toBeGreaterThan(0);

        // Stemming and prefixes, as people type.
        expect((await store.search("restart")).map((h) => h.briefing.id)).toEqual([plant.id]);
        expect((await store.search("geoth")).map((h) => h.briefing.id)).toEqual([plant.id]);
        expect((await store.search("Coastal")).map((h) => h.briefing.id)).toEqual([]);
        expect((await store.search("channel", { limit: 1 })).length).toBe(1);
        expect(await store.search("zeppelin")).toEqual([]);
      }));

    test("search reads OR, NOT and -word in capitals as a search box does; lowercase or/not are words", () =>
      withStore(async (store) => {
        for (const b of [port, plant, library]) await store.putBriefing(b);
        const ids = async (q: string) => (await store.search(q)).map((h) => h.briefing.id).sort();
        const sorted = (...bs: Briefing[]) => bs.map((b) => b.id).sort();

        // Either word is enough; OR binds the words beside it, the rest stay required.
        expect(await ids("Ortiz OR Okafor")).toEqual(sorted(port, library));
        expect(await ids("northern fees OR casing")).toEqual(sorted(port, plant));
        expect(await ids("northern fees OR readers")).toEqual(sorted(port));
        // Excluded words, stemmed like the others: "-turbine" also leaves out "turbines".
        expect(await ids("northern")).toEqual(sorted(port, plant));
        expect(await ids("northern NOT dredging")).toEqual(sorted(plant));
        expect(await ids("northern -turbine")).toEqual(sorted(port));
        expect(await ids("Ortiz OR Okafor -dredging")).toEqual(sorted(library));
        // A query of exclusions only has nothing to look for; dangling operators are dropped.
        expect(await ids("NOT dredging")).toEqual([]);
        expect(await ids("-dredging")).toEqual([]);
        expect(await ids("OR Ortiz OR")).toEqual(sorted(port));
        expect(await ids("follow readers NOT")).toEqual(sorted(library));
        // In lower case they are ordinary words ("not the other way round" is in the library's quote).
        expect(await ids("follow readers not round")).toEqual(sorted(library));
        expect(await ids("follow readers NOT round")).toEqual([]);
        // Only what was looked for is marked in the snippet.
        const [hit] = await store.search("Okafor OR zeppelin -dredging");
        expect(hit!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(["okafor"]));
        expect(hit!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).not.toContain("dredging");
      }));

    test("search never throws on what a person might type", () =>
      withStore(async (store) => {
        await store.putBriefing(port);
        const hostile = [
          '"',
          '"dredging',
          "AND OR NOT",
          "dredging AND",
          "(",
          ")",
          "NEAR(",
          "a*",
          "*",
          "-",
          "^",
          "'; DROP TABLE briefings; --",
          "col:umn",
          "🙂",
          "\u0002\u0003",
          "   ",
          "!@#$%^&*()",
          "title:docking",
          "x".repeat(5000),
        ];
        for (const q of hostile) await expect(store.search(q), q).resolves.toBeInstanceOf(Array);
        expect(await store.search("")).toEqual([]);
        expect((await store.search('"dredging')).map((h) => h.briefing.id)).toEqual([port.id]);
        expect((await store.search("(docking fees)")).map((h) => h.briefing.id)).toEqual([port.id]);
        expect(await store.countBriefings()).toBe(1);
      }));

    test("remove deletes the briefing, its search entries and sources no one else cites", () =>
      withStore(async (store) => {
        const story = multiSourceBriefing([ARTICLES[0]!, ARTICLES[1]!], "Two towns, two repairs");
        await store.putBriefing(port);
        await store.putBriefing(story);
        expect(await store.getBriefing(story.id)).toEqual(story);
        expect(await store.removeBriefing(story.id)).toBe(true);
        expect(await store.getBriefing(story.id)).toBeNull();
        expect(await store.removeBriefing(story.id)).toBe(false);
        expect(await store.search("repairs")).toEqual([]);
        // The port article is still cited by its own briefing; the plant article is gone.
        expect(await store.getSource(port.sources[0]!.id)).toEqual(port.sources[0]);
        expect(await store.getSource(plant.sources[0]!.id)).toBeNull();
        expect(await store.getBriefing(port.id)).toEqual(port);
      }));

    test("replace rebuilds a briefing in place: new content, same id and sources", () =>
      withStore(async (store) => {
        await store.putBriefing(port);
        await store.putBriefing(plant);
        const rebuilt: Briefing = {
          ...briefingFrom(ARTICLES[0]!, { name: "store-test", version: "2" }),
          title: "Harbor board backs dredging levy",
        };
        await store.replaceBriefing(rebuilt);
        expect(await store.getBriefing(port.id)).toEqual(rebuilt);
        expect((await store.search("levy")).map((h) => h.briefing.id)).toEqual([port.id]);
        expect((await store.search("Harbor board backs"))[0]!.snippet.filter((p) => p.match).length).toBeGreaterThan(0);
        const list = await store.listBriefings();
        expect(list.map((b) => b.id)).toEqual([plant.id, port.id]);
        expect(list[1]!.extractor.version).toBe("2");
        await expectStoreError(store.replaceBriefing(library), "not-found");
        expect(await store.countBriefings()).toBe(2);
      }));

    test("rebuild can walk every briefing with its sources while replacing them", () =>
      withStore(async (store) => {
        for (const b of [port, plant, library]) await store.putBriefing(b);
        const seen: string[] = [];
        for await (const { id, sources, extractor } of store.listSourcesByBriefing()) {
          seen.push(id);
          expect(extractor.version).toBe("1");
          const spec = ARTICLES.find((a) => a.text === sources[0]!.text)!;
          await store.replaceBriefing(briefingFrom(spec, { name: "store-test", version: "2" }));
        }
        expect(seen.sort()).toEqual([port.id, plant.id, library.id].sort());
        expect((await store.listBriefings()).every((b) => b.extractor.version === "2")).toBe(true);
      }));

    test("rebuild gets each briefing's sources as that briefing gave them", () =>
      withStore(async (store) => {
        // The same article under two briefings, with different metadata each time.
        const alone = briefingFrom({ ...ARTICLES[1]!, publisher: "Valley Courier" });
        const story = multiSourceBriefing([ARTICLES[0]!, { ...ARTICLES[1]!, publisher: "Wire Service" }], "Two towns, two repairs");
        await store.putBriefing(alone);
        await store.putBriefing(story);
        const byId = new Map<string, string[]>();
        for await (const { id, sources } of store.listSourcesByBriefing())
          byId.set(
            id,
            sources.map((s) => `${s.id} ${s.publisher}`),
          );
        expect(byId.get(alone.id)).toEqual([`${alone.sources[0]!.id} Valley Courier`]);
        expect(byId.get(story.id)).toEqual(story.sources.map((s) => `${s.id} ${s.publisher}`));
        expect((await store.getBriefing(story.id))!.sources[1]!.publisher).toBe("Wire Service");
      }));

    test("text containing the snippet marker characters is stored verbatim and cannot forge a match", () =>
      withStore(async (store) => {
        const forged = briefingFrom({
          title: "Marker characters in a wire feed",
          text: "A wire feed sent \u0002bold\u0003 control bytes around a word about ferries and timetables.",
        });
        await store.putBriefing(forged);
        expect(await store.getBriefing(forged.id)).toEqual(forged);
        const [hit] = await store.search("ferries");
        expect(hit!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(["ferries"]);
        const shown = hit!.snippet.map((p) => p.text).join("");
        expect(shown.includes("\u0002") || shown.includes("\u0003")).toBe(false);
      }));

    test("malformed ids and invalid briefings are refused with clear errors", () =>
      withStore(async (store) => {
        await expectStoreError(store.getBriefing("nope"), "invalid-id");
        await expectStoreError(store.removeBriefing("brf_'; DROP TABLE briefings; --"), "invalid-id");
        await expectStoreError(store.getSource(port.id), "invalid-id");
        const broken = structuredClone(port);
        broken.entities[0]!.mentions[0]!.text = "Someone Else";
        await expectStoreError(store.putBriefing(broken), "invalid-briefing");
        expect(await store.countBriefings()).toBe(0);
      }));
  });
}
