import { describe, expect, it } from "vitest";
import { boilerplateRanges } from "./boilerplate.js";
import { extractBriefing } from "./index.js";

/** The furniture of a text, as the strings the ranges cover. */
const furniture = (text: string) => boilerplateRanges(text).map(([s, e]) => text.slice(s, e));

const story = [
  "The Harbour Authority of Westmere said on Tuesday that container traffic rose 12% in March.",
  "Port director Alma Ruiz said the new cranes had doubled the number of ships handled each day.",
];

describe("page furniture", () => {
  it("recognizes bylines, photo credits, contributor lines and 'originally published' notes", () => {
    const lines = [
      "By Jane Roe and Tom Gale",
      "BY JANE ROE, Westmere Daily",
      "Photo: John Doe/AFP",
      "Cranes at the port on Monday. | Ola Berg | Getty Images",
      "Staff writer Ben Ode contributed reporting.",
      "Westmere Daily writers Ana Silva, Li Wen and Oskar Haddad contributed to this report.",
      "This article was originally published on The Westmere Ledger.",
      "SUBSCRIBE",
      "LATEST NEWS",
      "Skip to content",
    ];
    expect(furniture([story[0], ...lines, story[1]].join("\n\n"))).toEqual(lines);
  });

  it("leaves sentences that merely start like furniture", () => {
    const sentences = [
      "By Friday, most of the workers had left the port.",
      "By 2030, the port expects traffic to double.",
      "Photographers were kept away from the quay on Monday, police said.",
      "The mayor said the new law was a contribution to this report's findings on safety.",
    ];
    expect(furniture(sentences.join("\n\n"))).toEqual([]);
  });

  it("marks an inline image credit and the agency of a dateline, not the place or the sentence", () => {
    const text = `WESTMERE (Harbour Wire) — ${story[0]}\n\nA crane on the quay. (Image credit: Ola Berg)\n\n${story[1]}`;
    expect(furniture(text)).toEqual(["(Harbour Wire)", "(Image credit: Ola Berg)"]);
  });

  it("marks the links of a 'Trending' list and an author bio at the end", () => {
    const text = [
      story[0],
      "Trending",
      "Mayor Ana Silva attacks rival over budget",
      "Ten things to do in Westmere this weekend",
      story[1],
      "Jane Roe is a senior reporter for the Westmere Daily covering transport.",
    ].join("\n\n");
    expect(furniture(text)).toEqual([
      "Trending",
      "Mayor Ana Silva attacks rival over budget",
      "Ten things to do in Westmere this weekend",
      "Jane Roe is a senior reporter for the Westmere Daily covering transport.",
    ]);
  });

  it("never marks more than the line that matches, even in a paragraph that glued a credit", () => {
    const glued = `${story[0]} ${story[1]} ${"The port said traffic would keep rising. ".repeat(10)}All rights reserved.`;
    expect(furniture(glued)).toEqual([]);
    expect(furniture(`${story[0]}\nAll rights reserved.`)).toEqual(["All rights reserved."]);
  });

  it("keeps furniture out of entities and quotes", () => {
    const text = [
      "WESTMERE (Harbour Wire) — Port director Alma Ruiz said on Tuesday that container traffic rose 12% in March.",
      "“We expect the growth to continue,” Ruiz said.",
      "Photo: Ola Berg/Harbour Wire",
      "Staff writer Ben Ode contributed reporting.",
      "Trending",
      "“I will not resign,” mayor tells council",
    ].join("\n\n");
    const b = extractBriefing({ text, published: "2025-04-07" });
    const names = b.entities.map((e) => e.name);
    expect(names).toContain("Alma Ruiz");
    expect(names.some((n) => /Westmere/i.test(n))).toBe(true);
    expect(names).not.toContain("Harbour Wire");
    expect(names).not.toContain("Ola Berg");
    expect(names).not.toContain("Ben Ode");
    expect(b.statements.map((s) => s.text).join(" ")).not.toMatch(/resign/);
  });
});
