import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";
import { openingOf } from "./key-points.js";

describe("key points", () => {
  it("tell a sentence that leans on the one before from one that stands alone", () => {
    expect(openingOf("But the Westmere Harbour Board refused the plan on Monday.")).toBe("dependent");
    expect(openingOf("One of these, the Lakeside Ferry Company, closed in May.")).toBe("dependent");
    expect(openingOf("It closed in May.")).toBe("dependent");
    expect(openingOf("He said the Westmere Harbour Board would vote in May.")).toBe("person-pronoun");
    expect(openingOf("Hebrides ferries stopped in May.")).toBe("standalone");
  });

  it("prefer sentences that stand alone, and name the person a leading 'He' stands for, in brackets", () => {
    const text = [
      "Governor Oskar Kell visited the Westmere harbour in Durnholm on Monday to discuss the harbour fees.",
      "He said the Westmere Harbour Board would cut the ferry fees by 12% in May.",
      "But the Lakeside Ferry Company and the Tarsk Mining Company rejected the plan on Tuesday in Durnholm.",
      "The Orlen Port Board raised its own fees by 4% in April, according to the Westmere Statistics Office.",
      "Also, the Velmar Shipping Group said the Orlen Port Board fees were too high for the Tarsk Mining Company.",
    ].join(" ");
    const b = extractBriefing({ text, published: "2031-03-12" });
    const points = b.keyPoints.map((k) => k.text);
    expect(points.some((p) => /^(But|Also)\b/.test(p))).toBe(false);
    const he = b.keyPoints.find((k) => k.text.startsWith("He"));
    expect(he?.text).toBe("He [Oskar Kell] said the Westmere Harbour Board would cut the ferry fees by 12% in May.");
    expect(he?.evidence[0]?.text).toBe("He said the Westmere Harbour Board would cut the ferry fees by 12% in May.");
  });
});
