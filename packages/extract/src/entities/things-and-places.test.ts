import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";

// Made-up sentences: capitalized words that are programmes, products, time zones or places rather than organizations.
const names = (text: string) => extractBriefing({ text, published: "2025-04-07" }).entities.map((e) => [e.type, e.name]);

describe("things that are not organizations", () => {
  it("drops programmes, missions and landers named like organizations", () => {
    const got = names(
      "Officials said the Zephyr program would continue. Zephyr aims to land a crew. Bids for the Zephyr human lander are due. Kestrel Labs will build its Pallas uncrewed lander.",
    );
    expect(got.some(([, n]) => n === "Zephyr" || n === "Pallas")).toBe(false);
    expect(got).toContainEqual(["organization", "Kestrel Labs"]);
  });

  it("drops an acronym the text also uses in the plural, and time zones", () => {
    const got = names("Dealers sold 300 trucks and SUVs in May. SUV sales fell, the Brixton Auto Group said at 4 p.m. ET on Monday.");
    expect(got.some(([, n]) => n === "SUV" || n === "ET")).toBe(false);
    expect(got).toContainEqual(["organization", "Brixton Auto Group"]);
  });

  it("keeps the maker before a model number", () => {
    const got = names("Halvard Aerospace said orders rose, while the Halvard Aerospace A380 and the Halvard Aerospace 787 were retired.");
    expect(got).toContainEqual(["organization", "Halvard Aerospace"]);
    expect(got.some(([, n]) => n?.includes("A380"))).toBe(false);
  });
});

describe("places", () => {
  it("types named celestial bodies as places, a company named after one stays a company", () => {
    const got = names("The probe will reach the Moon in 2026 and Mars in 2030, the space agency said. Moon Logistics Inc. disagreed.");
    expect(got).toContainEqual(["place", "Moon"]);
    expect(got).toContainEqual(["place", "Mars"]);
    expect(got).toContainEqual(["organization", "Moon Logistics Inc."]);
  });

  it("reads state abbreviations, compass regions and a sentence-initial number word", () => {
    const got = names("Fans in Buffalo, N.Y., cheered while rain fell in Southern California. One Napa County station saw no rain.");
    expect(got).toContainEqual(["place", "New York"]);
    expect(got).toContainEqual(["place", "Southern California"]);
    expect(got).toContainEqual(["place", "Napa County"]);
  });
});
