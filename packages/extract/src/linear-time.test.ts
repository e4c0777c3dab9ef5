import { sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";

/** Median wall time of a few runs: the ratio between sizes is what is checked, never a duration. */
function medianMs(run: () => void, times = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[1] as number;
}

describe("work grows linearly with the size of the input", () => {
  it("takes well under 16x the time (quadratic) for 4x the text", () => {
    const base = Array.from({ length: 3 }, () => sampleArticleText).join("\n\n");
    const four = Array.from({ length: 4 }, () => base).join("\n\n");
    extractBriefing({ text: base, published: "2025-04-07" }); // warm-up
    const small = medianMs(() => extractBriefing({ text: base, published: "2025-04-07" }));
    const large = medianMs(() => extractBriefing({ text: four, published: "2025-04-07" }));
    // Linear work gives about 4; 8 leaves room for a noisy shared machine while catching 16.
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});
