import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";

// Texts written for these tests, with made-up names: what stands before a title is what the role is "of".
const text = [
  "Rivermoor State Governor Tunde Akinlabi visited the flooded district on Monday.",
  "“We will rebuild every home in the valley,” he said.",
  "“The margin story is intact,” said Brightwater analyst Jane Roe.",
].join("\n");
const b = extractBriefing({ text, published: "2025-04-07" });
const entity = (name: string) => b.entities.find((e) => e.name === name);
const nameOf = (id: string | null | undefined) => b.entities.find((e) => e.id === id)?.name;

describe("a place or organization before a title", () => {
  it("reads 'X State' as a place and makes it what the governor's role is of", () => {
    expect(entity("Rivermoor State")?.type).toBe("place");
    const governor = entity("Tunde Akinlabi");
    expect(governor?.type).toBe("person");
    expect(governor?.roles.map((r) => [r.title, nameOf(r.of)])).toContainEqual(["Governor", "Rivermoor State"]);
  });

  it("keeps a creed adjective before 'State' an armed group, not a place or a person", () => {
    const r = extractBriefing({ text: "Islamic State claimed the attack on Friday, officials said.", published: "2025-04-07" });
    expect(r.entities.find((e) => e.name === "Islamic State")?.type).toBe("organization");
  });

  it("resolves 'he said' to the person, never to the place", () => {
    const q = b.statements.find((s) => s.text.includes("rebuild every home"));
    expect(nameOf(q?.speakerId)).toBe("Tunde Akinlabi");
  });

  it("credits a quote to the analyst, whose role is of the organization before it", () => {
    const q = b.statements.find((s) => s.text.includes("margin story"));
    expect(nameOf(q?.speakerId)).toBe("Jane Roe");
    expect(entity("Brightwater")?.type).toBe("organization");
    expect(entity("Jane Roe")?.roles.map((r) => [r.title, nameOf(r.of)])).toContainEqual(["analyst", "Brightwater"]);
  });
});

describe("a sentence-initial 'He' before a proper noun", () => {
  it("is a surname, while a pronoun 'He' names nobody", () => {
    const t = "He Wenbo, a trader in Shenzhen, said prices rose sharply this week. He said more rises would come.";
    const names = extractBriefing({ text: t, published: "2025-04-07" }).entities.map((e) => e.name);
    expect(names).toContain("He Wenbo");
    expect(names).not.toContain("Wenbo");
    expect(names).not.toContain("He");
  });
});

describe("an unknown ALL-CAPS dateline", () => {
  it("is a place, not an organization", () => {
    const t = "MERIDOVA, Nigeria (Newswire) - Floods have killed at least 52 people, officials said.";
    const e = extractBriefing({ text: t, published: "2025-04-07" }).entities.find((x) => x.name === "MERIDOVA");
    expect(e?.type).toBe("place");
  });
});
