import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";

// Made-up people and bodies: roles written after the name, and surnames that are also places.
const brief = (text: string) => extractBriefing({ text, published: "2025-04-07" });

describe("roles after the name", () => {
  it("takes the role without its possessor, and links it to the possessor or the complement", () => {
    const b = brief(
      "The plan was announced by Hal Gorman, Brightwater Energy's senior director of emergency preparedness. Tom Zane, NASA's associate administrator of the Deep Survey Directorate, agreed.",
    );
    const roles = (name: string) =>
      b.entities.find((e) => e.name === name)?.roles.map((r) => [r.title, b.entities.find((x) => x.id === r.of)?.name ?? null]);
    expect(roles("Hal Gorman")).toContainEqual(["senior director", "Brightwater Energy"]);
    expect(roles("Tom Zane")).toContainEqual(["associate administrator", "Deep Survey Directorate"]);
  });
});

describe("a surname that is also a place", () => {
  const text =
    'Margaret Hamilton, a software engineer at Northvale University, led the team. "We had to find every error," Hamilton said. She later moved to Hamilton, Ontario.';

  it("reads the bare surname after the person is introduced as that person, and keeps the place where it is one", () => {
    const b = brief(text);
    const person = b.entities.find((e) => e.name === "Margaret Hamilton");
    expect(person?.aliases).toContain("Hamilton");
    const place = b.entities.find((e) => e.type === "place" && e.name === "Hamilton");
    expect(place?.mentions).toHaveLength(1);
    const quote = b.statements.find((s) => s.text.includes("find every error"));
    expect(quote?.speakerId).toBe(person?.id);
  });
});
