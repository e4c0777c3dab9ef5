import { sampleArticleText } from "@briefing/core/sample";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionError, extractBriefing } from "./index.js";

/**
 * Best wall time of a few runs: the ratio between sizes is what is checked, never a duration. A busy
 * machine only ever adds time, so the fastest run is the one closest to the work itself.
 */
function bestMs(run: () => void, times = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** An extraction that may refuse the input with a clear error; any other failure is a bug. */
function extractOrRefuse(input: Parameters<typeof extractBriefing>[0]): void {
  try {
    extractBriefing(input);
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
  }
}

/** Time for 4x the input over time for 1x, in one process. Linear work gives about 4; quadratic 16. */
function growth(make: (copies: number) => Parameters<typeof extractBriefing>[0], copies: number): number {
  extractOrRefuse(make(copies)); // warm-up: loads the model, compiles the rules
  const small = bestMs(() => extractOrRefuse(make(copies)));
  const large = bestMs(() => extractOrRefuse(make(copies * 4)));
  return large / small;
}

const published = "2025-04-07";
// Linear work gives about 4; 8 leaves room for a noisy shared machine while catching 16.
const LINEAR = 8;

describe("work grows linearly with the size of the input", () => {
  it("takes well under 16x the time (quadratic) for 4x the text", () => {
    const base = Array.from({ length: 3 }, () => sampleArticleText).join("\n\n");
    expect(growth((n) => ({ text: Array.from({ length: n }, () => base).join("\n\n"), published }), 1)).toBeLessThan(LINEAR);
  }, 120_000);

  it("on one line without spaces", () => {
    expect(growth((n) => ({ text: "a".repeat(25_000 * n), published }), 1)).toBeLessThan(LINEAR);
  }, 180_000);

  it("on thousands of repeated quoted sentences", () => {
    const quote = '"We will win this," Jane Roe said. ';
    expect(growth((n) => ({ text: quote.repeat(1000 * n), published }), 1)).toBeLessThan(LINEAR);
  }, 180_000);

  it("on thousands of numbers", () => {
    // English sentences, so the figure finders and their credits run on every number (a bare list of
    // numbers is over in a few milliseconds, where timer noise decides the ratio).
    const figures = (n: number) =>
      Array.from({ length: 500 * n }, (_, i) => `The harbour board said it counted ${i * 7} boats and $${i * 3} million in fees.`).join(
        " ",
      );
    expect(growth((n) => ({ text: figures(n), published }), 1)).toBeLessThan(LINEAR);
  }, 180_000);

  it("on deeply nested HTML", () => {
    const para = "<p>Jane Roe, the mayor of Westmere, said on Monday that the port would reopen in May.</p>".repeat(5);
    const page = (n: number) => `<html><body>${"<div>".repeat(500 * n)}${para}${"</div>".repeat(500 * n)}</body></html>`;
    expect(growth((n) => ({ html: page(n) }), 1)).toBeLessThan(LINEAR);
  }, 180_000);

  it("on random pathological shapes (fast-check)", () => {
    const unit = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "Z", "-", ".", "/", "9"), minLength: 20, maxLength: 60 }), // no spaces
      fc.constantFrom('"Yes," she said. ', "“No.” ", "12% ", "$3 billion ", "on Monday ", "Mr. Roe ", "(AP) ", "— "),
      fc.constantFrom("<div>", "<section><p>", "<li>", "<br>", "<span>"),
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 4 }), (units) => {
        const piece = units.join("");
        const isHtml = piece.includes("<");
        const repeat = Math.ceil(15_000 / piece.length);
        const make = (n: number) => {
          const body = `${piece.repeat(repeat * n)} Jane Roe said the port would reopen.`;
          return isHtml ? { html: `<html><body>${body}</body></html>` } : { text: body, published };
        };
        expect(growth(make, 1)).toBeLessThan(LINEAR);
      }),
      { numRuns: 6, seed: 17 },
    );
  }, 600_000);
});
