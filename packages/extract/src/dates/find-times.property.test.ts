import { TimePrecisionSchema, TimeValueSchema } from "@briefing/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp.js";
import { findTimes } from "./index.js";

// Words that make the finders work hard, mixed with noise.
const pieces = [
  "on Monday",
  "in 2021",
  "2013-18",
  "April 9th",
  "last week",
  "the preceding month",
  "mid-November",
  "the 1990s",
  "between 2010 and 2015",
  "from March to May",
  "Dec. 28 to Jan. 3",
  "today's",
  "now",
  "2000 troops",
  "$1900",
  "9/11",
  "at 3 p.m.",
  "Sunday morning",
  "the weekend",
  "a year later",
  "four years ago",
  "May",
  "Black Friday",
  ",",
  ".",
  "\n\n",
  "he said",
  "will",
  "scheduled for",
  "the",
  "’s",
  "“",
  "”",
  "(",
  ")",
  "—",
];
const article = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((xs) => xs.join(" "));
const published = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe("findTimes on arbitrary text", () => {
  it("never throws, and every time has an exact span, a valid value and a valid anchor", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(article, published, (text, pub) => {
        // analyze() rejects text with no token (nlp.ts); the pipeline refuses such text before.
        fc.pre(text.trim() !== "");
        const times = findTimes(analyze(text), pub);
        for (const [i, t] of times.entries()) {
          expect(text.slice(t.words.start, t.words.end)).toBe(t.words.text);
          expect(t.words.text.length).toBeGreaterThan(0);
          if (t.value !== null) expect(TimeValueSchema.safeParse(t.value).success).toBe(true);
          expect(TimePrecisionSchema.safeParse(t.precision).success).toBe(true);
          if (t.anchor.kind === "time") expect(t.anchor.index).toBeLessThan(i);
          if (t.anchor.kind === "publication") expect(t.anchor.date).toBe(pub);
          if (pub === null) expect(t.anchor.kind).not.toBe("publication");
          if (t.anchor.kind === "unresolved") expect(t.anchor.reason).not.toBe("");
        }
        // Spans come in text order and never overlap.
        for (let i = 1; i < times.length; i++) expect(times[i]?.words.start).toBeGreaterThanOrEqual(times[i - 1]?.words.end ?? 0);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
