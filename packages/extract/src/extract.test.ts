import { normalizeName, parseBriefing } from "@briefing/core";
import { referenceBriefing, sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { EXTRACTOR, extractBriefing } from "./index.js";

const briefing = extractBriefing({ text: sampleArticleText, published: "2025-04-07" });
const names = (e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].map(normalizeName);

describe("extractBriefing on the sample article", () => {
  it("returns a briefing that validates, made by this extractor", () => {
    expect(() => parseBriefing(briefing)).not.toThrow();
    expect(briefing.extractor).toEqual(EXTRACTOR);
    expect(briefing.sources[0]?.text).toBe(sampleArticleText);
  });

  it("finds every entity of the reference briefing with its type", () => {
    for (const ref of referenceBriefing.entities) {
      const found = briefing.entities.find((e) => e.type === ref.type && names(e).some((n) => names(ref).includes(n)));
      expect(found, ref.name).toBeDefined();
    }
  });

  it("gives the reference roles and what they are roles of", () => {
    const name = (id: string | null) => briefing.entities.find((e) => e.id === id)?.name;
    const dar = briefing.entities.find((e) => e.name === "Ishaq Dar");
    const rubio = briefing.entities.find((e) => e.name === "Marco Rubio");
    expect(dar?.roles.map((r) => r.title)).toContain("Foreign Minister");
    expect(rubio?.roles.map((r) => [r.title, name(r.of)])).toContainEqual(["Secretary of State", "United States"]);
    expect(rubio?.aliases).toContain("Rubio");
  });

  it("links the bracketed acronym and the short form to their organizations", () => {
    const picss = briefing.entities.find((e) => e.name === "Pakistan Institute for Conflict and Security Studies");
    expect(picss?.aliases).toContain("PICSS");
    const state = briefing.entities.find((e) => e.name === "US State Department");
    expect(state?.aliases).toContain("State Department");
  });

  it("resolves 'the foreign minister' to the last holder of that title", () => {
    const dar = briefing.entities.find((e) => e.name === "Ishaq Dar");
    expect(dar?.mentions.map((m) => m.text)).toContain("The foreign minister");
  });

  it("finds every quote, figure and date of the reference", () => {
    const norm = (s: string) => s.replace(/[“”"]/g, "").trim();
    for (const s of referenceBriefing.statements.filter((x) => x.kind === "direct")) {
      expect(
        briefing.statements.some((b) => norm(b.text).includes(norm(s.text)) || norm(s.text).includes(norm(b.text))),
        s.text,
      ).toBe(true);
    }
    for (const f of referenceBriefing.figures) {
      expect(
        briefing.figures.some((b) => b.unit === f.unit && b.value === f.value),
        `${f.value} ${f.unit}`,
      ).toBe(true);
    }
    for (const t of referenceBriefing.times) {
      expect(
        briefing.times.some((b) => b.value === t.value),
        t.text,
      ).toBe(true);
    }
  });

  it("credits figures to the entity the text names", () => {
    const picss = briefing.entities.find((e) => e.name.startsWith("Pakistan Institute"));
    expect(briefing.figures.find((f) => f.value === 42)?.attribution).toMatchObject({ kind: "entity", entityId: picss?.id });
  });

  it("gives 3 to 5 grounded key points, a title and topics", () => {
    expect(briefing.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(briefing.keyPoints.length).toBeLessThanOrEqual(5);
    expect(briefing.title.length).toBeGreaterThan(10);
    expect(briefing.topics.length).toBeGreaterThan(0);
  });

  it("is deterministic: the same input gives byte-identical output", () => {
    const again = extractBriefing({ text: sampleArticleText, published: "2025-04-07" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(briefing));
  });
});
