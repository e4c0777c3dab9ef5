import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";

// Texts written for these tests, with made-up names: an unknown two-word name is not a person by default.
const typeOf = (text: string, name: string) =>
  extractBriefing({ text, published: "2025-04-07" }).entities.find((e) => e.name === name)?.type;

describe("organization cues for unknown names", () => {
  it("reads a company head word", () => {
    expect(typeOf("Veltro Semiconductor reported a loss on Tuesday.", "Veltro Semiconductor")).toBe("organization");
  });

  it("reads 'shares of X' as a company", () => {
    expect(typeOf("Shares of Kestrel Omnira fell 3% on Friday.", "Kestrel Omnira")).toBe("organization");
  });

  it("reads a later 'the company' reference", () => {
    const text = "Dorvan Quill said on Thursday that sales fell. The company expects a better year.";
    expect(typeOf(text, "Dorvan Quill")).toBe("organization");
  });
});
