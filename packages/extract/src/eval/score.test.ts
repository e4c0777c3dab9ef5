import { describe, expect, it } from "vitest";
import type { Gold, GoldEntity } from "./gold.js";
import type { PredictedEntity, PredictedEvent, PredictedFigure, PredictedQuote, Predictions } from "./predictions.js";
import { scoreArticle } from "./score.js";

const gold = (parts: Partial<Gold>): Gold => ({
  article: { title: null, publisher: null, published: "2030-05-06", url: null },
  entities: [],
  quotes: [],
  figures: [],
  dates: [],
  events: [],
  ...parts,
});
const predicted = (parts: Partial<Predictions>): Predictions => ({
  entities: [],
  quotes: [],
  figures: [],
  dates: [],
  events: [],
  ...parts,
});
const ent = (type: GoldEntity["type"], name: string, aliases: string[] = [], roles?: string[]): GoldEntity =>
  roles ? { type, name, aliases, roles } : { type, name, aliases };
const pEnt = (type: PredictedEntity["type"], name: string, aliases: string[] = [], roles: string[] = []): PredictedEntity => ({
  type,
  name,
  aliases,
  roles,
});

describe("entities", () => {
  it("match on a shared normalized name or alias when types agree", () => {
    const s = scoreArticle(
      gold({ entities: [ent("place", "United States", ["U.S."])] }),
      predicted({ entities: [pEnt("place", "the US"), pEnt("organization", "United States")] }),
    );
    expect(s.entities.counts).toEqual({ matched: 1, gold: 1, predicted: 2 });
    expect(s.entities.falseHits.map((p) => p.type)).toEqual(["organization"]);
  });

  it("do not match across types", () => {
    const s = scoreArticle(
      gold({ entities: [ent("organization", "Harbor Board")] }),
      predicted({ entities: [pEnt("place", "Harbor Board")] }),
    );
    expect(s.entities.counts.matched).toBe(0);
  });

  it("match one-to-one, gold in file order taking the first unmatched prediction that fits", () => {
    // Both gold entities fit the first prediction; the first gold takes it, the second gets the next.
    const s = scoreArticle(
      gold({ entities: [ent("person", "Ana Ruiz", ["Ruiz"]), ent("person", "Luis Ruiz", ["Ruiz"])] }),
      predicted({ entities: [pEnt("person", "Ruiz"), pEnt("person", "Luis Ruiz"), pEnt("person", "Ruiz")] }),
    );
    expect(s.entities.pairs.map((p) => [p.gold.name, p.predicted.name])).toEqual([
      ["Ana Ruiz", "Ruiz"],
      ["Luis Ruiz", "Luis Ruiz"],
    ]);
    expect(s.entities.falseHits).toHaveLength(1);
  });

  it("are counted per type", () => {
    const s = scoreArticle(
      gold({ entities: [ent("person", "Mira Holt"), ent("place", "Oslo"), ent("place", "Bergen")] }),
      predicted({ entities: [pEnt("place", "Oslo"), pEnt("organization", "Holt Group")] }),
    );
    expect(s.entities.byType).toEqual({
      person: { matched: 0, gold: 1, predicted: 0 },
      organization: { matched: 0, gold: 0, predicted: 1 },
      place: { matched: 1, gold: 2, predicted: 1 },
    });
  });
});

describe("roles", () => {
  it("count matched persons with gold roles; a role fits when one normalized title contains the other", () => {
    const s = scoreArticle(
      gold({
        entities: [
          ent("person", "Mira Holt", [], ["Finance Minister"]),
          ent("person", "Tom Berg", [], ["Mayor of Tromsø"]),
          ent("person", "Kari Lund", [], ["Chief Executive"]),
          ent("person", "Per Dahl"), // no roles: not counted
          ent("person", "Eva Moe", [], ["Judge"]), // not matched: not counted
        ],
      }),
      predicted({
        entities: [
          pEnt("person", "Mira Holt", [], ["Deputy Finance Minister"]), // contains the gold role
          pEnt("person", "Tom Berg", [], ["mayor"]), // contained in the gold role
          pEnt("person", "Kari Lund", [], ["Chairwoman"]),
          pEnt("person", "Per Dahl", [], ["Ambassador"]),
        ],
      }),
    );
    expect(s.roles.accuracy).toEqual({ correct: 2, total: 3 });
    expect(s.roles.wrong.map((w) => w.gold.name)).toEqual(["Kari Lund"]);
  });
});

describe("quotes", () => {
  const q = (text: string, speaker: PredictedQuote["speaker"] = null): PredictedQuote => ({ text, speaker });
  const board = ent("organization", "Harbor Board", ["the Board"]);

  it("match after normalization by containment of at least 80%", () => {
    const s = scoreArticle(
      gold({ quotes: [{ text: "We will rebuild the pier before the summer season.", speaker: null }] }),
      predicted({ quotes: [q("“We will rebuild the pier before the summer season,”"), q("rebuild the pier")] }),
    );
    expect(s.quotes.counts).toEqual({ matched: 1, gold: 1, predicted: 2 });
  });

  it("credit the speaker by name or alias, whatever the predicted type", () => {
    const s = scoreArticle(
      gold({ entities: [board], quotes: [{ text: "The pier stays closed until further notice", speaker: "Harbor Board" }] }),
      predicted({ quotes: [q("The pier stays closed until further notice", { type: "place", name: "Board", aliases: [] })] }),
    );
    expect(s.quotes.speakers).toEqual({ correct: 1, total: 1 });
  });

  it("count a matched quote with no predicted speaker as a wrong speaker, and skip gold quotes without one", () => {
    const s = scoreArticle(
      gold({
        entities: [board],
        quotes: [
          { text: "The pier stays closed until further notice", speaker: "Harbor Board" },
          { text: "Nobody knows who said these words", speaker: null },
        ],
      }),
      predicted({
        quotes: [
          q("The pier stays closed until further notice"),
          q("Nobody knows who said these words", { type: "person", name: "X", aliases: [] }),
        ],
      }),
    );
    expect(s.quotes.speakers).toEqual({ correct: 0, total: 1 });
    expect(s.quotes.wrongSpeakers).toHaveLength(1);
  });

  it("give speaker precision over matched quotes the prediction credits: a speaker where the gold has none is wrong", () => {
    const s = scoreArticle(
      gold({
        entities: [board, ent("person", "Ines Moreau", ["Moreau"])],
        quotes: [
          { text: "The pier stays closed until further notice", speaker: "Harbor Board" },
          { text: "We lost the whole summer to this storm", speaker: "Ines Moreau" },
          { text: "Nobody knows who said these words", speaker: null },
          { text: "The ferries will run again in the spring", speaker: "Ines Moreau" },
          { text: "This quote was never found by the extractor", speaker: "Ines Moreau" },
        ],
      }),
      predicted({
        quotes: [
          q("The pier stays closed until further notice", { type: "place", name: "the Board", aliases: [] }),
          q("We lost the whole summer to this storm", { type: "organization", name: "Harbor Board", aliases: [] }),
          q("Nobody knows who said these words", { type: "person", name: "Moreau", aliases: [] }),
          q("The ferries will run again in the spring"),
          q("An unmatched quote credited to someone", { type: "person", name: "Moreau", aliases: [] }),
        ],
      }),
    );
    // Credited and matched: the Board (right), Harbor Board for Moreau (wrong), Moreau where gold has none (wrong).
    expect(s.quotes.speakerPrecision).toEqual({ correct: 1, total: 3 });
    expect(s.quotes.falseSpeakers.map((w) => w.gold.speaker)).toEqual(["Ines Moreau", null]);
    // Accuracy still counts the uncredited quote as wrong and ignores the gold-null one.
    expect(s.quotes.speakers).toEqual({ correct: 1, total: 3 });
  });
});

describe("figures", () => {
  const f = (value: number, unit: string, source: PredictedFigure["source"] = null): PredictedFigure => ({
    text: String(value),
    value,
    unit,
    source,
  });

  it("de-duplicate predictions by value and unit before matching, so repeats are not false hits", () => {
    const s = scoreArticle(
      gold({ figures: [{ text: "12%", value: 12, unit: "percent", about: "", source: null }] }),
      predicted({ figures: [f(12, "percent"), f(12, "percent"), f(12, "count")] }),
    );
    expect(s.figures.counts).toEqual({ matched: 1, gold: 1, predicted: 2 });
  });

  it("match within 0.5% of the gold value and only with the same unit", () => {
    const g = gold({
      figures: [
        { text: "$2 million", value: 2_000_000, unit: "USD", about: "", source: null },
        { text: "300", value: 300, unit: "count", about: "", source: null },
      ],
    });
    expect(scoreArticle(g, predicted({ figures: [f(2_010_000, "USD"), f(298.5, "count")] })).figures.counts.matched).toBe(2);
    expect(scoreArticle(g, predicted({ figures: [f(2_010_001, "USD"), f(301.6, "count")] })).figures.counts.matched).toBe(0);
    expect(scoreArticle(g, predicted({ figures: [f(2_000_000, "EUR")] })).figures.counts.matched).toBe(0);
  });

  it("credit the source by the entity rule, type included, over gold figures that have one", () => {
    const g = gold({
      entities: [ent("organization", "Statistics Office", ["SO"])],
      figures: [
        { text: "4%", value: 4, unit: "percent", about: "", source: "Statistics Office" },
        { text: "9%", value: 9, unit: "percent", about: "", source: null },
      ],
    });
    const right = scoreArticle(
      g,
      predicted({ figures: [f(4, "percent", { type: "organization", name: "SO", aliases: [] }), f(9, "percent")] }),
    );
    expect(right.figures.sources).toEqual({ correct: 1, total: 1 });
    const wrongType = scoreArticle(g, predicted({ figures: [f(4, "percent", { type: "place", name: "Statistics Office", aliases: [] })] }));
    expect(wrongType.figures.sources).toEqual({ correct: 0, total: 1 });
  });

  it("keep the first of duplicates, with its source", () => {
    const g = gold({
      entities: [ent("organization", "Statistics Office")],
      figures: [{ text: "4%", value: 4, unit: "percent", about: "", source: "Statistics Office" }],
    });
    const s = scoreArticle(
      g,
      predicted({ figures: [f(4, "percent"), f(4, "percent", { type: "organization", name: "Statistics Office", aliases: [] })] }),
    );
    expect(s.figures.sources).toEqual({ correct: 0, total: 1 });
  });

  it("give source precision over matched figures the prediction credits, type included; a credit where the gold has none is wrong", () => {
    const office = { type: "organization" as const, name: "Statistics Office", aliases: [] };
    const g = gold({
      entities: [ent("organization", "Statistics Office", ["SO"])],
      figures: [
        { text: "4%", value: 4, unit: "percent", about: "", source: "Statistics Office" },
        { text: "9%", value: 9, unit: "percent", about: "", source: null },
        { text: "12%", value: 12, unit: "percent", about: "", source: "Statistics Office" },
        { text: "15%", value: 15, unit: "percent", about: "", source: "Statistics Office" },
      ],
    });
    const s = scoreArticle(
      g,
      predicted({
        figures: [
          f(4, "percent", office),
          f(9, "percent", office),
          f(12, "percent", { ...office, type: "place" }),
          f(15, "percent"),
          f(77, "percent", office),
        ],
      }),
    );
    expect(s.figures.sourcePrecision).toEqual({ correct: 1, total: 3 });
    expect(s.figures.falseSources.map((w) => w.gold.value)).toEqual([9, 12]);
    expect(s.figures.sources).toEqual({ correct: 1, total: 3 });
  });

  it("give source precision of the first of duplicates only", () => {
    const g = gold({ figures: [{ text: "9%", value: 9, unit: "percent", about: "", source: null }] });
    const s = scoreArticle(g, predicted({ figures: [f(9, "percent"), f(9, "percent", { type: "organization", name: "X", aliases: [] })] }));
    expect(s.figures.sourcePrecision).toEqual({ correct: 0, total: 0 });
  });
});

describe("dates", () => {
  it("de-duplicate predictions by value and match equal strings only", () => {
    const s = scoreArticle(
      gold({
        dates: [
          { text: "May 2030", value: "2030-05" },
          { text: "Monday", value: "2030-05-06" },
        ],
      }),
      predicted({
        dates: [
          { text: "May", value: "2030-05" },
          { text: "May 2030", value: "2030-05" },
          { text: "Monday", value: "2030-05-06T09:00" },
        ],
      }),
    );
    expect(s.dates.counts).toEqual({ matched: 1, gold: 2, predicted: 2 });
    expect(s.dates.missed.map((d) => d.value)).toEqual(["2030-05-06"]);
  });
});

describe("events and lead", () => {
  const who = (type: PredictedEntity["type"], name: string, aliases: string[] = []) => ({ type, name, aliases });
  const ev = (participants: ReturnType<typeof who>[], date: string | null, what = "x"): PredictedEvent => ({ what, participants, date });
  const g = gold({
    entities: [ent("person", "Mira Holt", ["Holt"]), ent("organization", "Harbor Board"), ent("place", "Tromsø")],
    events: [
      { what: "Holt resigns", participants: ["Mira Holt"], date: "2030-05-06" },
      { what: "board meets", participants: ["Harbor Board", "Tromsø"], date: null },
    ],
  });

  it("match on a shared participant by the entity rule and on the date when the gold has one", () => {
    const s = scoreArticle(
      g,
      predicted({
        events: [
          ev([who("person", "Holt")], "2030-05"), // wrong date
          ev([who("organization", "Tromsø")], "2030-05-01"), // wrong type
          ev([who("place", "Tromsø")], "2030-05-01"), // undated gold: any date fits
          ev([who("person", "Mira Holt")], "2030-05-06"),
        ],
      }),
    );
    expect(s.events.counts).toEqual({ matched: 2, gold: 2, predicted: 4 });
    expect(s.events.pairs.map((p) => p.predicted.participants[0]?.name)).toEqual(["Mira Holt", "Tromsø"]);
  });

  it("score the lead 1 only when the first event is the gold's first", () => {
    const right = scoreArticle(g, predicted({ events: [ev([who("person", "Holt")], "2030-05-06"), ev([], null)] }));
    expect(right.lead.accuracy).toEqual({ correct: 1, total: 1 });
    // The main event found second is still recalled, but it is not the lead.
    const second = scoreArticle(g, predicted({ events: [ev([who("place", "Tromsø")], null), ev([who("person", "Holt")], "2030-05-06")] }));
    expect(second.events.counts.matched).toBe(2);
    expect(second.lead.accuracy).toEqual({ correct: 0, total: 1 });
    expect(scoreArticle(g, predicted({})).lead.accuracy).toEqual({ correct: 0, total: 1 });
    expect(scoreArticle(gold({}), predicted({ events: [ev([], null)] })).lead.accuracy).toEqual({ correct: 0, total: 0 });
  });
});
