import { parseBriefing } from "@briefing/core";
import { sampleArticleText } from "@briefing/core/sample";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionError, extractBriefing } from "./index.js";

const pieces = [
  "The",
  "Foreign Minister",
  "Ishaq Dar",
  "said",
  "“",
  "”",
  '"',
  "(PICSS)",
  "42%",
  "$7 billion",
  "on Monday",
  "in 2013-18",
  "U.S.",
  "Rubio and Dar",
  "he",
  "according to",
  ",",
  ".",
  "\n",
  "\n\n",
  "’s",
  "Department of",
  "Mr.",
  "the Secretary",
  "—",
  "é",
  "\u00ad",
  "😀",
];

/** Every evidence span of a briefing reads exactly the source text it points at. */
function expectGrounded(b: ReturnType<typeof extractBriefing>): void {
  const text = b.sources[0]?.text ?? "";
  const spans = [
    ...b.entities.flatMap((e) => [...e.mentions, ...e.roles.flatMap((r) => r.evidence)]),
    ...b.events.flatMap((e) => e.evidence),
    ...b.statements.flatMap((s) => [...s.evidence, ...s.attribution]),
    ...b.figures.flatMap((f) => [...f.evidence, ...(f.attribution.kind === "entity" ? f.attribution.evidence : [])]),
    ...b.times.flatMap((t) => t.evidence),
    ...b.topics.flatMap((t) => t.evidence),
    ...b.keyPoints.flatMap((k) => k.evidence),
  ];
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

function extractOrEmpty(text: string): void {
  try {
    const b = extractBriefing({ text, published: "2025-04-07" });
    expect(() => parseBriefing(b)).not.toThrow();
    expectGrounded(b);
  } catch (error) {
    // Text without letters or digits is refused on purpose; anything else is a bug.
    if (!(error instanceof ExtractionError && error.code === "empty")) throw error;
  }
}

describe("random text", () => {
  it("always gives a valid briefing whose spans match the text (or a clear 'empty' error)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.array(fc.constantFrom(" ", "", "  "), { maxLength: 60 }),
        (parts, gaps) => {
          extractOrEmpty(parts.map((p, i) => p + (gaps[i] ?? " ")).join(""));
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });

  it("survives arbitrary unicode strings and slices of the sample article", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => extractOrEmpty(s)),
      { numRuns: 60, seed: 11 },
    );
    fc.assert(
      fc.property(fc.nat(sampleArticleText.length), fc.nat(600), (from, length) =>
        extractOrEmpty(sampleArticleText.slice(from, from + length)),
      ),
      { numRuns: 40, seed: 13 },
    );
  });
});
