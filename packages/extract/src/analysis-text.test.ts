import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_RUN, prepareAnalysisText } from "./analysis-text.js";
import { extractBriefing } from "./index.js";

describe("the analysed text and its offset map", () => {
  it("leaves ordinary text untouched", () => {
    const stored = "Jane Roe said on Monday that the plan works.";
    expect(prepareAnalysisText(stored).text).toBe(stored);
  });

  it("drops soft hyphens and zero-width characters and maps spans back to the stored text", () => {
    const stored = "Mr Vladi\u00admir Kova\u200blenko met Ana\u00a0Silva.";
    const { text, map } = prepareAnalysisText(stored);
    expect(text).toBe("Mr Vladimir Kovalenko met Ana Silva.");
    const at = text.indexOf("Vladimir Kovalenko");
    const end = at + "Vladimir Kovalenko".length;
    expect(stored.slice(map.start(at), map.end(end))).toBe("Vladi\u00admir Kova\u200blenko");
    expect(map.toAnalysed(map.start(at))).toBe(at);
  });

  it("cuts a run without spaces into pieces the tokenizer handles in linear time", () => {
    const stored = `x ${"a".repeat(MAX_RUN * 3 + 5)} y`;
    const { text, map } = prepareAnalysisText(stored);
    expect(Math.max(...text.split(/\s/).map((w) => w.length))).toBeLessThanOrEqual(MAX_RUN);
    const run = text.indexOf("a");
    expect(stored.slice(map.start(run), map.end(text.lastIndexOf("a") + 1))).toBe("a".repeat(MAX_RUN * 3 + 5));
  });

  it("maps every analysed span to a stored span holding the same visible characters", () => {
    const piece = fc.constantFrom("a", "B", " ", "\n", "\u00ad", "\u200b", "\u00a0", "\u202e", "é", "😀", "x".repeat(MAX_RUN + 1));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, i, j) => {
        const stored = parts.join("");
        const { text, map } = prepareAnalysisText(stored);
        const start = text.length === 0 ? 0 : i % text.length;
        const end = start + (text.length === 0 ? 0 : j % (text.length - start + 1));
        const slice = stored.slice(map.start(start), map.end(end));
        const visible = (s: string) => s.replace(/[\s\u00ad\u200b\u202e]/g, "");
        expect(visible(slice)).toBe(visible(text.slice(start, end)));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe("invisible characters in a story", () => {
  it("do not split a name, and its evidence reads the stored text exactly", () => {
    const text =
      "Vladi\u00admir Kova\u200blenko, the mayor of Westmere, said on Monday that the port would reopen. " +
      "Kovalenko told reporters the\u00a0cranes were ready.";
    const b = extractBriefing({ text, published: "2025-04-07" });
    const person = b.entities.find((e) => e.type === "person");
    expect(person?.name).toBe("Vladimir Kovalenko");
    for (const m of person?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(person?.mentions[0]?.text).toBe("Vladi\u00admir Kova\u200blenko");
  });
});
