import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";
import { loadLexicon, WordsLexiconSchema } from "../lexicons/schemas.js";
import unknownNameWeights from "../lexicons/unknown-name-weights.json" with { type: "json" };
import { analyze } from "../nlp.js";
import { recognizeEntities } from "./recognize.js";

// Made-up names no gazetteer knows: their type comes only from how the sentences use them.
const typeOf = (text: string, name: string) =>
  extractBriefing({ text, published: "2025-04-07" }).entities.find((e) => e.name === name)?.type;

describe("unknown names typed from their use", () => {
  it("gives a name the type of the typed names it is listed with", () => {
    const text = "The agency picked Zorvane, Deep Field Systems, Quillon, Brightwater Aerospace and Talmir for the work.";
    expect(typeOf(text, "Zorvane")).toBe("organization");
    expect(typeOf(text, "Quillon")).toBe("organization");
    expect(typeOf(text, "Talmir")).toBe("organization");
  });

  it("reads 'X is a carrier', 'published in X', 'X-based' and 'X said in a statement'", () => {
    expect(typeOf("Fares will rise, Skyvane said. Skyvane is a budget carrier.", "Skyvane")).toBe("organization");
    expect(typeOf("The study was published in Pulmo Case Notes on Monday.", "Pulmo Case Notes")).toBe("organization");
    expect(typeOf("Data came from a Maple Hollow-based provider of car data.", "Maple Hollow")).toBe("place");
    expect(typeOf("On Monday, Orvalis said in a statement that it would appeal.", "Orvalis")).toBe("organization");
    expect(typeOf("Traders said Orvalis's shares rose 4% on Monday.", "Orvalis")).toBe("organization");
  });

  it("still reads people from titles, honorifics and first names", () => {
    expect(typeOf("Mr. Okonjo said the plan would fail.", "Okonjo")).toBe("person");
    expect(typeOf("Ngozi Adebayor said in a statement that she would appeal.", "Ngozi Adebayor")).toBe("person");
  });
});

describe("unknown-name scorer", () => {
  it("keeps each decision with its scores and reason ids, all defined in the weights file", () => {
    const text = "The agency picked Zorvane, Deep Field Systems and Brightwater Aerospace. Zorvane is a lander maker.";
    const found = recognizeEntities(analyze(text), 0);
    const decision = found.decisions.get("zorvane");
    expect(decision?.type).toBe("organization");
    expect(decision?.reasons).toEqual(expect.arrayContaining(["listed-with-organizations", "copula-organization"]));
    expect(decision?.scores.organization).toBeGreaterThan(decision?.scores.person ?? 0);
    const ids = Object.keys(unknownNameWeights.features);
    for (const r of decision?.reasons ?? []) expect(ids).toContain(r);
  });
});

describe("lexicon validation", () => {
  it("rejects a malformed list, naming the file and the path", () => {
    expect(() => loadLexicon("words.json", WordsLexiconSchema, { nameConnectors: "of" })).toThrow(/words\.json[\s\S]*nameConnectors/);
  });
});
