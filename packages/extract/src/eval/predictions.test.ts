import { createBriefing, createSource, entityIdFor, findEvidence, stableId } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { predictionsFromBriefing } from "./predictions.js";

describe("predictionsFromBriefing", () => {
  it("keeps only direct quotes, naming their speaker with its aliases", () => {
    const p = predictionsFromBriefing(referenceBriefing);
    const direct = referenceBriefing.statements.filter((s) => s.kind === "direct");
    expect(p.quotes).toHaveLength(direct.length);
    expect(direct.length).toBeLessThan(referenceBriefing.statements.length);
    const speaker = referenceBriefing.entities.find((e) => e.id === direct[0]?.speakerId);
    expect(p.quotes[0]?.speaker).toEqual({ type: speaker?.type, name: speaker?.name, aliases: speaker?.aliases });
  });

  it("reads entity roles as titles and figure sources as the credited entity", () => {
    const p = predictionsFromBriefing(referenceBriefing);
    expect(p.entities.find((e) => e.name === "Ishaq Dar")?.roles).toEqual(["Foreign Minister"]);
    const credited = p.figures.find((f) => f.value === 42);
    expect(credited?.source?.aliases).toContain("PICSS");
  });

  it("drops unresolved times and maps figures credited to the source itself to no source", () => {
    const source = createSource({ text: "Sales rose 5% on Friday, the Ledger Institute said.", published: null });
    const institute = { type: "organization" as const, name: "Ledger Institute" };
    const briefing = createBriefing({
      title: "Sales",
      extractor: { name: "test", version: "1" },
      sources: [source],
      entities: [
        {
          id: entityIdFor(institute.type, institute.name),
          ...institute,
          subtype: null,
          aliases: [],
          roles: [],
          mentions: [findEvidence(source, "Ledger Institute")],
        },
      ],
      figures: [
        {
          id: stableId("fig", "5"),
          value: 5,
          unit: "percent",
          scale: "one",
          measure: "rise in sales",
          periodId: null,
          attribution: { kind: "source" },
          evidence: [findEvidence(source, "5%")],
        },
      ],
      events: [
        {
          id: stableId("evt", "rose"),
          type: "economic",
          summary: "Sales rose",
          participants: [{ entityId: entityIdFor(institute.type, institute.name), role: "agent" }],
          timeId: stableId("tim", "friday"),
          placeId: null,
          status: "reported",
          evidence: [findEvidence(source, "Sales rose")],
        },
      ],
      times: [
        {
          id: stableId("tim", "friday"),
          text: "Friday",
          value: null,
          precision: "day",
          anchor: { kind: "unresolved", reason: "no publication date" },
          evidence: [findEvidence(source, "Friday")],
        },
      ],
    });
    const p = predictionsFromBriefing(briefing);
    expect(p.dates).toEqual([]);
    // An event keeps its credited participants; its unresolved time gives no date.
    expect(p.events).toEqual([
      { what: "Sales rose", participants: [{ type: "organization", name: "Ledger Institute", aliases: [] }], date: null },
    ]);
    expect(p.figures).toEqual([{ text: "5%", value: 5, unit: "percent", source: null }]);
    expect(p.entities).toEqual([{ type: "organization", name: "Ledger Institute", aliases: [], roles: [] }]);
  });
});
