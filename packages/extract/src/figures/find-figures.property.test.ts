import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp.js";
import { findFigures } from "./index.js";

// Pieces that exercise every rule: numbers, scales, currencies, units, attribution words, marks.
const pieces = [
  "$",
  "US$",
  "£",
  "€",
  "Rs",
  "Rs.",
  "%",
  "percent",
  "per",
  "cent",
  "the",
  "of",
  "them",
  "two",
  "twenty",
  "-",
  "a",
  "dozen",
  "million",
  "bn",
  "m",
  "3",
  "3,000",
  "2.5",
  "1998",
  "people",
  "said",
  "according",
  "to",
  "“",
  "”",
  '"',
  ",",
  ".",
  "\n",
  "Ministry",
  "'s",
  "figures",
  "data",
  "from",
  "by",
  "he",
  "killed",
  "toll",
  "others",
  "in",
  "one",
  "out",
  "(",
  ")",
  "ABC",
  "as",
  "saying",
  "dollars",
  "rupees",
  "Pakistani",
  "same",
  "report",
  "Rs1",
  "pc",
];

describe("findFigures on random text", () => {
  it("never throws, and every span and value it returns is sound", () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", "", " ", "  ")), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.map(([w, gap]) => w + gap).join(""));
    fc.assert(
      fc.property(text, (t) => {
        for (const f of findFigures(analyze(t))) {
          expect(t.slice(f.words.start, f.words.end)).toBe(f.words.text);
          expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
          if (f.source.kind === "named" || f.source.kind === "pronoun") {
            expect(t.slice(f.source.span.start, f.source.span.end)).toBe(f.source.span.text);
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
