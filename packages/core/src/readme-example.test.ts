import { expect, test } from "vitest";
import { createBriefing, createSource, entityIdFor, findEvidence, parseBriefing, stableId } from "./index.js";

// Mirrors the README's example, so the documentation cannot rot.
test("the README example builds and validates", () => {
  const source = createSource({ text: "Rubio said the talks were “productive and candid.”", published: "2025-04-07" });
  const rubio = entityIdFor("person", "Marco Rubio");
  const briefing = createBriefing({
    title: "Rubio on the talks",
    extractor: { name: "by hand", version: "1" },
    sources: [source],
    entities: [
      {
        id: rubio,
        type: "person",
        subtype: null,
        name: "Marco Rubio",
        aliases: ["Rubio"],
        roles: [],
        mentions: [findEvidence(source, "Rubio")],
      },
    ],
    statements: [
      {
        id: stableId("stm", source.id, 1),
        kind: "direct",
        text: "productive and candid.",
        speakerId: rubio,
        channel: null,
        evidence: [findEvidence(source, "productive and candid.")],
        attribution: [findEvidence(source, "Rubio said")],
      },
    ],
  });
  expect(parseBriefing(JSON.parse(JSON.stringify(briefing)))).toEqual(briefing);
});
