import { describe, expect, test } from "vitest";
import type { Briefing } from "./index.js";
import { BriefingValidationError, parseBriefing, safeParseBriefing } from "./index.js";
import { referenceBriefing } from "./sample/index.js";

const copy = (): Briefing => structuredClone(referenceBriefing);

function issuesOf(data: unknown) {
  const result = safeParseBriefing(data);
  if (result.success) throw new Error("expected the briefing to be rejected");
  expect(result.error).toBeInstanceOf(BriefingValidationError);
  return result.error.issues;
}

describe("parseBriefing", () => {
  test("accepts the reference briefing and round-trips it through JSON", () => {
    expect(parseBriefing(JSON.parse(JSON.stringify(referenceBriefing)))).toEqual(referenceBriefing);
  });

  test("rejects evidence whose text does not match the source, naming the path", () => {
    const b = copy();
    const mention = b.entities[1]!.mentions[0]!;
    mention.text = "Rubi0";
    const issues = issuesOf(b);
    expect(issues).toEqual([{ path: "entities[1].mentions[0].text", message: expect.stringContaining("does not match the source") }]);
    expect(issues[0]!.message).toContain('"Rubi0"');
  });

  test("checks the words an inferred publication date and a dateline were read from", () => {
    const b = copy();
    const source = b.sources[0]!;
    const at = (start: number, end: number) => ({ sourceId: source.id, start, end, text: source.text.slice(start, end) });
    source.publishedInferredFrom = at(0, 7);
    source.dateline = { place: "X", agency: null, evidence: at(0, 3) };
    expect(parseBriefing(b).sources[0]!.publishedInferredFrom).toEqual(at(0, 7));
    source.publishedInferredFrom = { ...at(0, 7), text: "Monday." };
    source.dateline.evidence = { ...at(0, 3), text: "zzz" };
    expect(issuesOf(b).map((i) => i.path)).toEqual(["sources[0].publishedInferredFrom[0].text", "sources[0].dateline.evidence[0].text"]);
  });

  test("rejects a span that runs past the end of its source", () => {
    const b = copy();
    const length = b.sources[0]!.text.length;
    b.figures[0]!.evidence[0] = { ...b.figures[0]!.evidence[0]!, start: length - 2, end: length + 5 };
    expect(issuesOf(b)).toEqual([{ path: "figures[0].evidence[0].end", message: expect.stringContaining("runs past the end") }]);
  });

  test("rejects evidence citing a source the briefing does not have", () => {
    const b = copy();
    b.keyPoints[0]!.evidence[0]!.sourceId = "src_0000000000000000";
    expect(issuesOf(b)[0]).toEqual({
      path: "keyPoints[0].evidence[0].sourceId",
      message: expect.stringContaining("not among the briefing's sources"),
    });
  });

  test("rejects a dangling speaker id", () => {
    const b = copy();
    b.statements[2]!.speakerId = "ent_deadbeefdeadbeef";
    expect(issuesOf(b)).toEqual([
      { path: "statements[2].speakerId", message: "speaker ent_deadbeefdeadbeef is not an entity of this briefing" },
    ]);
  });

  test("rejects dangling participants, attributions and time references", () => {
    const b = copy();
    b.events[0]!.participants[0]!.entityId = "ent_0000000000000001";
    b.events[0]!.timeId = "tim_0000000000000001";
    const fig = b.figures[0]!;
    if (fig.attribution.kind !== "entity") throw new Error("reference figure 0 is attributed");
    fig.attribution.entityId = "ent_0000000000000002";
    expect(issuesOf(b).map((i) => i.path)).toEqual([
      "events[0].participants[0].entityId",
      "events[0].timeId",
      "figures[0].attribution.entityId",
    ]);
  });

  test("rejects a duplicate id and says where it was first used", () => {
    const b = copy();
    b.events[1]!.id = b.events[0]!.id;
    expect(issuesOf(b)).toEqual([{ path: "events[1].id", message: `duplicate id ${b.events[0]!.id}: already used at events[0]` }]);
  });

  test("rejects ids reused across kinds", () => {
    const b = copy();
    b.figures[0]!.id = "fig_aaaaaaaaaaaaaaaa";
    b.times[0]!.id = "fig_aaaaaaaaaaaaaaaa";
    expect(issuesOf(b).some((i) => i.path.startsWith("times[0].id"))).toBe(true);
  });

  test("rejects wrong shapes with readable paths", () => {
    const b = copy() as unknown as Record<string, unknown>;
    b.schemaVersion = 99;
    (b.figures as { unit: string }[])[0]!.unit = "dollars";
    const paths = issuesOf(b).map((i) => i.path);
    expect(paths).toContain("schemaVersion");
    expect(paths).toContain("figures[0].unit");
  });

  test("rejects an item with no evidence", () => {
    const b = copy();
    b.statements[0]!.evidence = [];
    expect(issuesOf(b)[0]!.path).toBe("statements[0].evidence");
  });

  test("throws an Error whose message lists every problem", () => {
    const b = copy();
    b.statements[0]!.speakerId = "ent_ffffffffffffffff";
    expect(() => parseBriefing(b)).toThrowError(/at statements\[0\]\.speakerId: speaker ent_ffffffffffffffff/);
  });

  test("rejects things that are not briefings at all", () => {
    expect(issuesOf(null)[0]!.path).toBe("(root)");
    expect(issuesOf("briefing").length).toBeGreaterThan(0);
  });
});
