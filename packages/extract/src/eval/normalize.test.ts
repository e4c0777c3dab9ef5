import { describe, expect, it } from "vitest";
import { namesOverlap, normalizeName, normalizeQuote, quotesMatch } from "./normalize.js";

describe("normalizeName", () => {
  it("drops accents through NFKD", () => expect(normalizeName("José Martí")).toBe("jose marti"));
  it("drops invisible format characters such as the soft hyphen", () => expect(normalizeName("Ber\u00adlin\u200b")).toBe("berlin"));
  it("lower-cases", () => expect(normalizeName("NATO")).toBe("nato"));
  it("drops a leading 'the ' but not one inside", () => {
    expect(normalizeName("The Treasury")).toBe("treasury");
    expect(normalizeName("Bank of the West")).toBe("bank of the west");
    expect(normalizeName("Theodore")).toBe("theodore");
  });
  it("drops a trailing straight or curly 's", () => {
    expect(normalizeName("Canada's")).toBe("canada");
    expect(normalizeName("Canada’s")).toBe("canada");
  });
  it("drops full stops", () => expect(normalizeName("U.S.")).toBe("us"));
  it("drops full stops after the possessive, so U.S.'s reads as us", () => expect(normalizeName("U.S.'s")).toBe("us"));
  it("collapses white space", () => expect(normalizeName(" New\n  York\u00a0City ")).toBe("new york city"));
});

describe("normalizeQuote", () => {
  it("lower-cases, straightens quotes and apostrophes and collapses spacing", () => {
    expect(normalizeQuote("We’re  “ready”\nnow")).toBe(`we're "ready" now`);
  });
  it("drops invisible format characters such as the soft hyphen and zero-width space", () => {
    expect(normalizeQuote("We will re\u00adbuild\u200b the pier")).toBe("we will rebuild the pier");
  });
  it("drops trailing punctuation, not leading", () => expect(normalizeQuote("...it is over.”")).toBe("...it is over"));
});

describe("quotesMatch", () => {
  const ten = "abcdefghij";
  it("matches when one contains the other and the shorter is 80% of the longer", () => {
    expect(quotesMatch(ten.slice(0, 8), ten)).toBe(true);
    expect(quotesMatch(ten, ten.slice(2))).toBe(true);
  });
  it("rejects a contained text under 80% of the longer", () => expect(quotesMatch(ten.slice(0, 7), ten)).toBe(false));
  it("rejects texts of similar length that do not contain each other", () => expect(quotesMatch("abcdefghiX", ten)).toBe(false));
});

describe("namesOverlap", () => {
  it("compares normalized forms of every name", () => expect(namesOverlap(["United States", "U.S."], ["US"])).toBe(true));
  it("does not let names that normalize to nothing match", () => expect(namesOverlap(["'s"], ["’s"])).toBe(false));
});
