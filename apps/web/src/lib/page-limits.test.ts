import { composeBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { capBriefing, clip, MAX_LINE_CHARS, partOf, SECTION_PAGE, SECTION_PREVIEW, sourceParts } from "./page-limits";

const sample = composeBriefing(referenceBriefing);

/** The sample's document with one section grown to `n` lines and one line `long` characters long. */
function grown(n: number, long = 10): ReturnType<typeof composeBriefing> {
  const quotes = sample.sections.find((s) => s.id === "who-said-what");
  const first = quotes?.items[0];
  if (!first) throw new Error("the sample has quotes");
  const items = Array.from({ length: n }, (_, i) => ({
    ...first,
    id: `stm_${String(i).padStart(8, "0")}`,
    text: i === 0 ? "w".repeat(long) : first.text,
  }));
  return { ...sample, sections: sample.sections.map((s) => (s.id === "who-said-what" ? { ...s, items } : s)) };
}

describe("capBriefing", () => {
  it("leaves a real article's briefing word for word", () => {
    const { doc, windows } = capBriefing(sample);
    expect(doc).toEqual(sample);
    for (const s of sample.sections) expect(windows[s.id]).toEqual({ total: s.items.length, from: 0, shown: s.items.length });
  });

  it("shows the first lines of a huge section and pages through it alone", () => {
    const doc = grown(3000, 100_000);
    const capped = capBriefing(doc);
    const quotes = capped.doc.sections.find((s) => s.id === "who-said-what");
    expect(quotes?.items).toHaveLength(SECTION_PREVIEW);
    expect(capped.windows["who-said-what"]).toEqual({ total: 3000, from: 0, shown: SECTION_PREVIEW });
    expect(quotes?.items[0]?.text).toHaveLength(MAX_LINE_CHARS);
    expect(quotes?.items[0]?.text.endsWith("…")).toBe(true);
    expect(JSON.stringify(capped.doc).length).toBeLessThan(200_000);

    const last = capBriefing(doc, { section: "who-said-what", page: 15 });
    expect(last.doc.sections.map((s) => s.id)).toEqual(["who-said-what"]);
    expect(last.windows["who-said-what"]).toEqual({ total: 3000, from: 14 * SECTION_PAGE, shown: SECTION_PAGE });
    // A page past the end shows the last lines rather than nothing.
    expect(capBriefing(doc, { section: "who-said-what", page: 9999 }).windows["who-said-what"]?.shown).toBeGreaterThan(0);
  });
});

describe("sourceParts", () => {
  it("covers the whole text in order, each part within the cap, cut after a line break when there is one", () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Line ${i} of a long article.`).join("\n");
    const parts = sourceParts(text, 1000);
    expect(parts[0]?.start).toBe(0);
    expect(parts.at(-1)?.end).toBe(text.length);
    for (const [i, p] of parts.entries()) {
      expect(p.end - p.start).toBeLessThanOrEqual(1000);
      if (i > 0) expect(p.start).toBe(parts[i - 1]?.end);
      if (p.end < text.length) expect(text[p.end - 1]).toBe("\n");
    }
    expect(partOf(parts, text.length - 1)).toBe(parts.length);
  });

  it("cuts a line without spaces anywhere but inside a surrogate pair", () => {
    const text = "😀".repeat(2000);
    const parts = sourceParts(text, 1001);
    for (const p of parts) expect(text.slice(p.start, p.end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(parts.map((p) => text.slice(p.start, p.end)).join("")).toBe(text);
  });

  it("gives an empty text one empty part", () => {
    expect(sourceParts("")).toEqual([{ start: 0, end: 0 }]);
  });
});

describe("clip", () => {
  it("keeps short text and cuts long text to the limit with an ellipsis", () => {
    expect(clip("short", 10)).toBe("short");
    expect(clip("abcdefghijkl", 10)).toBe("abcdefghi…");
    expect(clip("a😀😀😀😀😀", 4)).not.toMatch(/[\ud800-\udbff]…$/);
  });
});
