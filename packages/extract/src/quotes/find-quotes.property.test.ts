import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp.js";
import { findQuotes } from "./index.js";

// Text made of the pieces quote finding is sensitive to: marks, speech verbs, names, breaks.
const piece = fc.constantFrom(
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  "«",
  "»",
  "\n",
  "\n\n",
  ", ",
  ". ",
  ": ",
  " — ",
  "(",
  ")",
  "he said",
  "she told reporters",
  "said the minister",
  "according to",
  "the statement",
  "a report by the Institute",
  "Anna Lima",
  "Mr. Reed",
  "that",
  "saying",
  "We will not stop",
  "the plan is failing badly",
  "it's",
  "farmers'",
);
// analyze() needs at least one word; empty input is turned away before the finders run.
const text = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 60 })
  .map((parts) => `${parts.join(" ")} end.`);

describe("findQuotes on arbitrary text", () => {
  it("never throws and every span it returns is the text at its offsets", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const q of findQuotes(analyze(t))) {
          const spans = [q.words, ...q.attribution, ...("span" in q.speaker ? [q.speaker.span] : [])];
          for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
          expect(q.words.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
