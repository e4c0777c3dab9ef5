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

describe("a country's lower-case government body", () => {
  const text =
    "Portugal's economy ministry said at the time that the plant would create about 1,200 jobs. Portugal's government welcomed the plan.";
  const b = extractBriefing({ text, published: "2025-04-07" });
  const nameOf = (id: string | null | undefined) => b.entities.find((e) => e.id === id)?.name;

  it("is an organization that gets the credit, not the country", () => {
    const f = b.figures.find((x) => x.value === 1200);
    expect(f?.attribution.kind === "entity" ? nameOf(f.attribution.entityId) : null).toBe("economy ministry");
    expect(b.entities.find((e) => e.name === "economy ministry")?.type).toBe("organization");
  });

  it("leaves a country's 'government' to the country", () => {
    expect(b.entities.some((e) => e.name === "government")).toBe(false);
  });
});

describe("names that are not organizations", () => {
  const text = [
    "The Dow Jones fell 2% and the Dax rose 1% on Tuesday.",
    "Greta Holm spoke to reporters in the Oval Office.",
    "Asked about the race, Holm said she supported Varkonyi.",
  ].join("\n");
  const b = extractBriefing({ text, published: "2025-04-07" });
  const entity = (name: string) => b.entities.find((e) => e.name === name);

  it("leaves market indexes out", () => {
    expect(entity("Dow Jones")).toBeUndefined();
    expect(entity("Dax")).toBeUndefined();
  });

  it("reads a named room as a place", () => {
    expect(entity("Oval Office")?.type).toBe("place");
  });

  it("reads a lone name someone 'supported' as a person", () => {
    expect(entity("Varkonyi")?.type).toBe("person");
  });
});

describe("a name that ends in 's", () => {
  it("keeps the 's when it never possesses anything, and credits the name", () => {
    const t = "Corvell's cut its rating on Monday. Analysts at Corvell's said the outlook for the bank was negative.";
    const r = extractBriefing({ text: t, published: "2025-04-07" });
    const e = r.entities.find((x) => x.name === "Corvell's");
    expect(e?.type).toBe("organization");
    expect(r.statements.find((s) => s.text.includes("outlook"))?.speakerId).toBe(e?.id);
  });

  it("still reads an ordinary possessive as the bare name", () => {
    const t = "Greta Holm's son spoke to reporters on Monday. Holm said the family was grateful.";
    const names = extractBriefing({ text: t, published: "2025-04-07" }).entities.map((x) => x.name);
    expect(names).toContain("Greta Holm");
  });
});
