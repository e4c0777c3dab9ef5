import { composeBriefing } from "@briefing/core";
import { referenceBriefing, sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { type Highlight, highlightsFor, segmentText } from "./highlight";

const h = (itemId: string, start: number, end: number, n = 0): Highlight => ({
  itemId,
  section: "key-figures",
  label: itemId,
  n,
  start,
  end,
});

describe("segmentText", () => {
  it("keeps every character, in order, whatever the overlaps", () => {
    const text = "Officials said 42% more attacks happened.";
    const segments = segmentText(text, [h("fig_a", 15, 18), h("stm_b", 0, 41), h("evt_c", 10, 30)]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("marks an inner span as the most specific cover and anchors each span where it starts", () => {
    const text = "Officials said 42% more attacks happened.";
    const segments = segmentText(text, [h("stm_b", 0, 41), h("fig_a", 15, 18)]);
    const figure = segments.find((s) => s.text === "42%");
    expect(figure?.covers.map((c) => c.itemId)).toEqual(["fig_a", "stm_b"]);
    expect(segments[0]?.anchors).toEqual(["stm_b-0"]);
    expect(figure?.anchors).toEqual(["fig_a-0"]);
  });

  it("ignores spans outside the text instead of failing", () => {
    expect(segmentText("short", [h("fig_a", 3, 99)]).map((s) => s.text)).toEqual(["short"]);
  });
});

describe("highlightsFor", () => {
  it("cites the sample's figures at exactly the words the briefing quotes", () => {
    const doc = composeBriefing(referenceBriefing);
    const sourceId = referenceBriefing.sources[0]?.id as string;
    const highlights = highlightsFor(doc, sourceId);
    const figures = highlights.filter((x) => x.section === "key-figures");
    expect(figures.length).toBe(referenceBriefing.figures.reduce((n, f) => n + f.evidence.length, 0));
    for (const f of figures) expect(f.label).toMatch(/^Key figures: /);
    const evidenceTexts = new Set(referenceBriefing.figures.flatMap((f) => f.evidence.map((e) => e.text)));
    for (const f of figures) expect(evidenceTexts.has(sampleArticleText.slice(f.start, f.end))).toBe(true);
    expect(highlights.some((x) => x.section === "sources")).toBe(false);
  });
});

describe("segmentText on one part of a long article", () => {
  it("gives exactly the part's characters, spans clipped to it, anchors only where spans start inside it", () => {
    const text = "0123456789".repeat(10);
    const highlights = [h("stm_a", 5, 25), h("fig_b", 12, 14), h("evt_c", 30, 95)];
    const segments = segmentText(text, highlights, { start: 10, end: 40 });
    expect(segments.map((s) => s.text).join("")).toBe(text.slice(10, 40));
    expect(segments.flatMap((s) => s.anchors)).toEqual(["fig_b-0", "evt_c-0"]);
    expect(segments[0]?.covers.map((c) => c.itemId)).toEqual(["stm_a"]);
    expect(segments.find((s) => s.text === "23")?.covers.map((c) => c.itemId)).toEqual(["fig_b", "stm_a"]);
  });
});
