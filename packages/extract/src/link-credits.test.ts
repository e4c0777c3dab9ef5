import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";

// Texts written for these tests, with made-up names: "the company said" credits the last fitting organization.
const text = [
  "Skyway Airlines carried 2.1 million passengers in March, and the Ministry of Transport approved new routes.",
  "Bookings rose 8% in April, the company said.",
  "The ministry said fares would rise 4% next year.",
  "Shares of Veltro Semiconductor rose 5% on Thursday. The company said it would hire 300 workers in the coming years.",
].join("\n");
const b = extractBriefing({ text, published: "2025-04-07" });
const nameOf = (id: string | null | undefined) => b.entities.find((e) => e.id === id)?.name;
const sourceOf = (value: number) => {
  const a = b.figures.find((f) => f.value === value)?.attribution;
  return a?.kind === "entity" ? nameOf(a.entityId) : a?.kind;
};

describe("definite descriptions of organizations", () => {
  it("credits a sentence-final 'the company said' to the last company", () => {
    expect(sourceOf(8)).toBe("Skyway Airlines");
  });

  it("credits 'the ministry said' to the last government body, not a company", () => {
    expect(sourceOf(4)).toBe("Ministry of Transport");
    const s = b.statements.find((q) => q.text.includes("fares would rise"));
    expect(nameOf(s?.speakerId)).toBe("Ministry of Transport");
  });

  it("credits the reported speech and its figures of 'The company said'", () => {
    const s = b.statements.find((q) => q.text.includes("hire 300 workers"));
    expect(nameOf(s?.speakerId)).toBe("Veltro Semiconductor");
    expect(sourceOf(300)).toBe("Veltro Semiconductor");
  });
});

describe("a role noun before a name", () => {
  const t = [
    "Catches fell 30% this year, said fisherman Kofi Mensah, 52.",
    "Margins rose 12% in the quarter, said Brightwater analyst Jane Roe.",
  ].join("\n");
  const r = extractBriefing({ text: t, published: "2025-04-07" });
  const nameOfR = (id: string | null | undefined) => r.entities.find((e) => e.id === id)?.name;
  const creditOf = (value: number) => {
    const a = r.figures.find((f) => f.value === value)?.attribution;
    return a?.kind === "entity" ? nameOfR(a.entityId) : a?.kind;
  };

  it("gives a lower-case occupation as the person's role and credits the person", () => {
    expect(r.entities.find((e) => e.name === "Kofi Mensah")?.roles.map((x) => x.title)).toContain("fisherman");
    expect(creditOf(30)).toBe("Kofi Mensah");
  });

  it("credits the analyst, not the organization before the role", () => {
    expect(creditOf(12)).toBe("Jane Roe");
  });

  it("credits the holder of a capitalized title, not the body named in front of it", () => {
    const u = extractBriefing({ text: "Harbor Bank Chief Executive Mara Velt said profit rose 8% this year.", published: "2025-04-07" });
    const a = u.figures.find((f) => f.value === 8)?.attribution;
    expect(a?.kind === "entity" ? u.entities.find((e) => e.id === a.entityId)?.name : a?.kind).toBe("Mara Velt");
  });
});

describe("'the company' after an analyst's employer", () => {
  it("refers to the company the story is about, not the analyst's firm", () => {
    const t = [
      "Veltrona Semiconductor reported a 14% rise in quarterly revenue on Thursday.",
      "Kestrel Partners analyst Laura Finch said the results were better than expected.",
      "Net profit rose 20%, the company said.",
    ].join("\n");
    const u = extractBriefing({ text: t, published: "2025-04-07" });
    const a = u.figures.find((f) => f.value === 20)?.attribution;
    expect(a?.kind === "entity" ? u.entities.find((e) => e.id === a.entityId)?.name : a?.kind).toBe("Veltrona Semiconductor");
  });
});

describe("credits that name a group of people or an employer by its possessive", () => {
  const t = [
    "Skyway Airlines ordered 40 jets from Veltro Aerospace on Monday.",
    "Aviation analysts called the deal “the end of an era for the old jumbo jets.”",
    "“Our customers want smaller planes and lower fares,” Veltro Aerospace's Mara Velt, head of sales, said at the show.",
  ].join("\n");
  const u = extractBriefing({ text: t, published: "2025-04-07" });
  const speakerOf = (words: string) => {
    const s = u.statements.find((q) => q.text.includes(words));
    return u.entities.find((e) => e.id === s?.speakerId)?.name ?? null;
  };

  it("credits no one for a group of people no entity stands for, and makes no entity of its modifier", () => {
    expect(speakerOf("end of an era")).toBeNull();
    expect(u.entities.map((e) => e.name)).not.toContain("Aviation");
  });

  it("credits the person after an organization's possessive, not the organization", () => {
    expect(speakerOf("smaller planes")).toBe("Mara Velt");
  });
});

describe("figure sources", () => {
  it("credits no place for a figure, even when the text makes it the holder", () => {
    const u = extractBriefing({
      text: "The main Portugal index, the PSX 20, dropped by 2.4%. Portugal said 300 jobs were lost.",
      published: "2025-04-07",
    });
    expect(u.figures.find((f) => f.value === 2.4)?.attribution.kind).toBe("source");
    expect(u.figures.find((f) => f.value === 300)?.attribution.kind).toBe("source");
  });
});
