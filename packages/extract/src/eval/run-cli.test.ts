import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Briefing, createBriefing, createSource, type Entity, entityIdFor, findEvidence, stableId } from "@briefing/core";
import { afterAll, describe, expect, it } from "vitest";
import { EXTRACTOR } from "../index.js";
import { runEvalCli } from "./run-cli.js";
import type { ArticleExtractor, EvalArticleInput } from "./run-eval.js";

// The fixture folder holds one short article written for these tests, with its gold.
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), "briefing-eval-cli-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A briefing of the fixture that finds everything but the place, which it types as an organization. */
function harborBriefing(input: EvalArticleInput): Briefing {
  const source = createSource(input);
  const entity = (type: Entity["type"], name: string, aliases: string[], roles: string[] = []): Entity => ({
    id: entityIdFor(type, name),
    type,
    subtype: null,
    name,
    aliases,
    roles: roles.map((title) => ({ title, of: null, evidence: [findEvidence(source, title)] })),
    mentions: [findEvidence(source, name)],
  });
  const board = entity("organization", "Harbor Board", ["Board"]);
  const holt = entity("person", "Mira Holt", ["Holt"], ["chair"]);
  const quote = "The pier reopens before the summer season,";
  return createBriefing({
    title: input.title ?? "untitled",
    extractor: { name: "fixture", version: "1" },
    sources: [source],
    entities: [board, holt, entity("organization", "BERGEN", [])],
    statements: [
      {
        id: stableId("stm", quote),
        kind: "direct",
        text: quote,
        speakerId: holt.id,
        channel: null,
        evidence: [findEvidence(source, quote)],
        attribution: [findEvidence(source, "said the Board's chair")],
      },
    ],
    figures: [
      {
        id: stableId("fig", "2m"),
        value: 2_000_000,
        unit: "USD",
        scale: "million",
        measure: "repairs",
        periodId: null,
        attribution: { kind: "entity", entityId: board.id, evidence: [findEvidence(source, "according to the Board")] },
        evidence: [findEvidence(source, "$2 million")],
      },
    ],
    events: [
      {
        id: stableId("evt", "said"),
        type: "statement",
        summary: "The Harbor Board said on Monday",
        participants: [{ entityId: board.id, role: "agent" }],
        timeId: stableId("tim", "monday"),
        placeId: null,
        status: "happened",
        evidence: [findEvidence(source, "The Harbor Board said on Monday")],
      },
    ],
    times: [
      {
        id: stableId("tim", "monday"),
        text: "Monday",
        value: input.published ?? null,
        precision: "day",
        anchor: input.published ? { kind: "publication", date: input.published } : { kind: "unresolved", reason: "no date" },
        evidence: [findEvidence(source, "Monday")],
      },
    ],
  });
}

async function run(argv: string[], extract: ArticleExtractor | null = harborBriefing) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEvalCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, extract ? { extract } : {});
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("eval command", () => {
  it("prints totals shaped as the issue asks, with per-article detail beside them", async () => {
    const { code, out } = await run([FIXTURES, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report.totals)).toEqual(["entities", "roles", "quotes", "figures", "dates", "events", "lead"]);
    expect(Object.keys(report.totals.events)).toEqual(["precision", "recall", "f1"]);
    expect(Object.keys(report.totals.lead)).toEqual(["accuracy"]);
    expect(Object.keys(report.totals.entities)).toEqual(["precision", "recall", "f1"]);
    expect(Object.keys(report.totals.roles)).toEqual(["accuracy"]);
    expect(Object.keys(report.totals.quotes)).toEqual(["precision", "recall", "f1", "speakerAccuracy", "speakerPrecision"]);
    expect(Object.keys(report.totals.figures)).toEqual(["precision", "recall", "f1", "sourceAccuracy", "sourcePrecision"]);
    expect(report.totals.entities.recall).toBeCloseTo(2 / 3);
    expect(report.totals.quotes.speakerAccuracy).toBe(1);
    expect(report.totals.figures.sourceAccuracy).toBe(1);
    expect(report.totals.quotes.speakerPrecision).toBe(1);
    expect(report.totals.figures.sourcePrecision).toBe(1);
    expect(report.totals.dates.f1).toBe(1);
    // The board's statement shares no participant with the gold's main event (Holt's announcement).
    expect(report.totals.events.recall).toBe(0);
    expect(report.totals.lead.accuracy).toBe(0);
    expect(report.articles[0].name).toBe("harbor-pier");
  });

  it("runs the package's own extractor by default", async () => {
    const { code, out } = await run([FIXTURES, "--json"], null);
    const report = JSON.parse(out);
    expect(report.articles[0].error).toBeNull();
    expect(report.extractor).toEqual(EXTRACTOR);
    expect(code).toBe(0);
  });

  it("passes the gold publication date to the extractor as the reference date", async () => {
    let seen: EvalArticleInput | undefined;
    await run([FIXTURES], (input) => {
      seen = input;
      return harborBriefing(input);
    });
    expect(seen).toMatchObject({
      published: "2030-05-06",
      title: "Harbor pier to reopen",
      publisher: "Test Gazette",
      url: "https://example.com/harbor",
    });
  });

  it("lists every miss and false hit in the readable report", async () => {
    const { out } = await run([FIXTURES]);
    expect(out).toMatch(/missed +place "Bergen"/);
    expect(out).toMatch(/false hit +organization "BERGEN"/);
    expect(out).toMatch(/harbor-pier/);
    expect(out).toMatch(/entities +missed 1 \(1 place\); false hits 1 \(1 organization\)/);
    expect(out).toMatch(/speakers +accuracy 1\.000 +\(\d+\/\d+\) +precision 1\.000/);
    expect(out).toMatch(/sources +accuracy 1\.000 +\(\d+\/\d+\) +precision 1\.000/);
  });

  it("reads relative paths from the caller's folder, not npm's", async () => {
    const out: string[] = [];
    const code = await runEvalCli(
      ["fixtures", "--json"],
      { out: (t) => out.push(t), err: () => {} },
      { extract: harborBriefing, cwd: join(FIXTURES, "..") },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join("")).articles).toHaveLength(1);
  });

  it("exits 1 naming every metric below the ratchet, 0 when all are met", async () => {
    const strict = join(scratch, "strict.json");
    await writeFile(strict, JSON.stringify({ entities: { f1: 0.9, recall: 0.9 }, dates: { f1: 1 } }));
    const failed = await run([FIXTURES, "--ratchet", strict]);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/entities\.f1 0\.667 < 0\.9/);
    expect(failed.err).toMatch(/entities\.recall 0\.667 < 0\.9/);
    expect(failed.err).not.toMatch(/dates\.f1/);
    expect(failed.out).toMatch(/dates\.f1 +1\.000 +minimum 1\.00 +ok/);

    const lenient = join(scratch, "lenient.json");
    await writeFile(lenient, JSON.stringify({ entities: { f1: 0.5 } }));
    expect((await run([FIXTURES, "--ratchet", lenient])).code).toBe(0);
  });

  it("with --raise, rewrites the ratchet at the current scores once all minimums are met", async () => {
    const file = join(scratch, "raise.json");
    await writeFile(file, JSON.stringify({ entities: { f1: 0.5 } }));
    const { code, err } = await run([FIXTURES, "--ratchet", file, "--raise"]);
    expect(code).toBe(0);
    expect(err).toMatch(/raised .*entities\.f1 to 0\.66/);
    const raised = JSON.parse(await readFile(file, "utf8"));
    expect(raised.entities).toEqual({ precision: 0.66, recall: 0.66, f1: 0.66 });

    await writeFile(file, JSON.stringify({ entities: { f1: 0.99 } }));
    expect((await run([FIXTURES, "--ratchet", file, "--raise"])).code).toBe(1);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ entities: { f1: 0.99 } });
  });

  it("exits 1 when an article fails to extract, and says which", async () => {
    const { code, err } = await run([FIXTURES], () => {
      throw new Error("model not loaded");
    });
    expect(code).toBe(1);
    expect(err).toMatch(/harbor-pier: extraction threw: Error: model not loaded/);
  });

  it("exits 2 with a clear message for a missing or empty folder", async () => {
    const missing = await run([join(scratch, "nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nowhere.*cannot be read/s);
    const empty = await run([scratch]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/holds no article pairs/);
  });

  it("scores only the articles named with --article, and refuses a name the folder lacks", async () => {
    const { code, out } = await run([FIXTURES, "--json", "--article", "harbor-pier"]);
    expect(code).toBe(0);
    expect(JSON.parse(out).articles.map((a: { name: string }) => a.name)).toEqual(["harbor-pier"]);
    const unknown = await run([FIXTURES, "--article", "no-such-article"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/has no article named no-such-article/);
    expect((await run([FIXTURES, "--article", "harbor-pier", "--ratchet", "x.json"])).code).toBe(2);
  });

  it("exits 2 on bad usage and 0 with --help", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([FIXTURES, "--jsn"])).code).toBe(2);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: npm run eval -- <gold-dir>/);
  });
});
