// Counts that need more than "number + plural noun": scores, ranges, hyphened compounds, model
// numbers, groups introduced with "the". Made-up sentences only.
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp.js";
import { findFigures } from "./index.js";

const brief = (text: string) => findFigures(analyze(text)).map((f) => ({ words: f.words.text, value: f.value, unit: f.unit }));
const values = (text: string) => findFigures(analyze(text)).map((f) => `${f.value} ${f.unit}`);

describe("ranges give two figures", () => {
  it("reads a dash range in one token, with the unit of the second number", () => {
    expect(brief("Fares rose 30-60 per cent.")).toEqual([
      { words: "30", value: 30, unit: "percent" },
      { words: "60 per cent", value: 60, unit: "percent" },
    ]);
  });
  it("reads 'to' and 'between … and' ranges of counts", () => {
    expect(values("The new ferry seats 240 to 310 passengers.")).toEqual(["240 count", "310 count"]);
    expect(values("Between 10 and 20 people were hurt.")).toEqual(["10 count", "20 count"]);
  });
  it("gives the first number the scale of the second when it has none of its own", () => {
    expect(values("The repairs will cost $5-10 million.")).toEqual(["5000000 USD", "10000000 USD"]);
    expect(values("The town grew from 500 to 2 million people.")).toEqual(["500 count", "2000000 count"]);
  });
  it("does not read spans of years or model variants as ranges", () => {
    expect(values("Output fell in 2013-18 and the 321-7 jet flew.")).toEqual([]);
    expect(values("They served 3 to 5 years.")).toEqual([]);
  });
});

describe("scores give two counts", () => {
  it("reads a score before a result noun", () => {
    expect(values("The Hawks' 4-1 win ended a slump, and a 7–2 vote followed.")).toEqual(["4 count", "1 count", "7 count", "2 count"]);
  });
  it("reads no score without a result noun", () => {
    expect(values("The Hawks beat the Owls 4-1.")).toEqual([]);
  });
});

describe("hyphened compounds", () => {
  it("counts goals, games and members", () => {
    expect(values("Her two-goal night capped a 10-game stretch, and a 12-member panel met.")).toEqual(["2 count", "10 count", "12 count"]);
  });
  it("leaves durations, ages and other compounds alone", () => {
    expect(values("A 45-year-old woman ran a six-month program at a five-star hotel on a one-way street.")).toEqual([]);
    expect(values("He played a one-goal game.")).toEqual([]);
  });
});

describe("model and service numbers are names", () => {
  const article =
    "The carrier grounded its fleet of roughly 400 747 Heron jets after a 747 Heron jet crashed. " +
    "It also made five 860 Skylark sales this week, and the 860 program is late. It ordered 30 Acme jets.";
  it("counts the jets, not the model", () => {
    expect(values(article)).toEqual(["400 count", "5 count", "30 count"]);
  });
  it("reads glued letters as part of a name", () => {
    expect(values("It cut its order of 515x jets and tested 5G masts.")).toEqual([]);
  });
  it("never counts an emergency number", () => {
    expect(values("Thousands could not make 911 calls.")).toEqual([]);
  });
  it("still counts a number before a plural name", () => {
    expect(values("Some 400 Democrats voted for it.")).toEqual(["400 count"]);
  });
});

describe("counted nouns", () => {
  it("counts games, matches, goals and rounds", () => {
    expect(values("The club has won just four matches, scored two goals and lost seven games.")).toEqual(["4 count", "2 count", "7 count"]);
    expect(values("The utility ran three rounds of outages.")).toEqual(["3 count"]);
  });
  it("introduces a group of three or more with 'the', but not a pair", () => {
    expect(values("The four firms join nine others.")).toEqual(["4 count", "9 count"]);
    expect(values("The two sides met, and she won in her first 18 games.")).toEqual(["18 count"]);
  });
  it("reads joined modifiers and quoted nouns before the counted thing", () => {
    expect(values("Power was cut in 18 northern and central coastal counties.")).toEqual(["18 count"]);
    expect(values("The aim is two “launches” a year.")).toEqual(["2 count"]);
  });
  it("does not count 'one' of a series", () => {
    expect(values("She walked from one room of the house to another.")).toEqual([]);
    expect(values("Divers recovered one body near the wreck.")).toEqual(["1 count"]);
  });
  it("reads a bare number after an estimate", () => {
    expect(values("The utility cut its original estimate of about 660,000.")).toEqual(["660000 count"]);
  });
});
