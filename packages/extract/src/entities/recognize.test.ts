import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";

// Texts written for these tests: each sentence exercises one rule an analyst would notice.
const text = [
  "WESTMERE (Newswire) - Finance Minister Leila Haddad met Marek Nowak and Anna Lind on Monday, the Harbour Authority of Westmere said.",
  "Haddad told reporters that the International Monetary Fund (IMF) backed the plan. The IMF did not comment.",
  "“We will not raise taxes,” said Tomas Berg, a professor at Northvale University. Berg spoke after the Finance Ministry released its figures.",
  "Pakistani officials and the Pakistan Cricket Board welcomed the plan, as did the opposition Green Union party.",
  "The finance minister later flew to Brussels. Ruritania’s president, Yusuf Hassan al-Amin, sent a message; Mr. Amin did not attend.",
  "(Reporting by Jane Doe in Paris; Editing by John Roe)",
].join("\n");
const b = extractBriefing({ text, published: "2025-04-07" });
const entity = (name: string) => b.entities.find((e) => e.name === name);
const ofName = (id: string | null) => b.entities.find((e) => e.id === id)?.name;

describe("entity rules", () => {
  it("splits coordinated names and keeps multi-word organizations with of/for", () => {
    expect(entity("Marek Nowak")?.type).toBe("person");
    expect(entity("Anna Lind")?.type).toBe("person");
    expect(entity("Harbour Authority of Westmere")?.type).toBe("organization");
  });

  it("binds a bracketed acronym and later bare uses to the organization", () => {
    const imf = entity("International Monetary Fund");
    expect(imf?.aliases).toContain("IMF");
    expect(imf?.mentions.map((m) => m.text).filter((t) => t === "IMF")).toHaveLength(2);
  });

  it("reads title grammar, surnames and the last holder of a title", () => {
    const haddad = entity("Leila Haddad");
    expect(haddad?.roles.map((r) => r.title)).toContain("Finance Minister");
    expect(haddad?.aliases).toContain("Haddad");
    expect(haddad?.mentions.map((m) => m.text)).toContain("The finance minister");
  });

  it("takes roles from appositives, with what they are roles of", () => {
    const berg = entity("Tomas Berg");
    expect(berg?.roles.map((r) => [r.title, ofName(r.of)])).toContainEqual(["professor", "Northvale University"]);
    const amin = entity("Yusuf Hassan al-Amin");
    expect(amin?.roles.map((r) => r.title)).toContain("president");
    expect(amin?.aliases).toContain("Amin");
  });

  it("does not make entities of demonyms, generic groups or credit lines", () => {
    const names = b.entities.map((e) => e.name);
    expect(names).not.toContain("Pakistani");
    expect(names.some((n) => /Jane Doe|John Roe|Paris/.test(n))).toBe(false);
    expect(entity("Pakistan Cricket Board")?.type).toBe("organization");
    expect(entity("Green Union")?.subtype).toBe("political-party");
  });

  it("leaves the agency of a dateline out (page furniture) and types the city as a place", () => {
    expect(entity("Newswire")).toBeUndefined();
    expect(entity("Brussels")?.type).toBe("place");
  });

  it("credits a quote to the person the text names", () => {
    const quote = b.statements.find((s) => s.text.startsWith("We will not raise taxes"));
    expect(ofName(quote?.speakerId ?? null)).toBe("Tomas Berg");
  });
});
