// How relative and yearless times are resolved: against the outlet's local publication day, the
// tense of their clause, and the narrative around them. Made-up sentences only.
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp.js";
import { findTimes } from "./index.js";
import { publicationDay, urlDay } from "./publication.js";

const read = (text: string, published: string | null, url: string | null = null) =>
  findTimes(analyze(text), published, url).map((t) => [t.words.text, t.value]);

describe("the publication day is the outlet's local day", () => {
  it("reads a timestamp in its own offset, not in UTC", () => {
    expect(publicationDay("2024-03-05T23:10:00-05:00")).toEqual({ year: 2024, month: 3, day: 5 });
  });
  it("prefers the date in the URL to a UTC stamp or bare date a day off", () => {
    const url = "https://news.example.com/2024/03/05/hawks-beat-owls/";
    expect(publicationDay("2024-03-06T03:59:00Z", url)).toEqual({ year: 2024, month: 3, day: 5 });
    expect(publicationDay("2024-03-06", url)).toEqual({ year: 2024, month: 3, day: 5 });
    expect(read("I thought tonight we played well.", "2024-03-06T03:59:00Z", url)).toEqual([["tonight", "2024-03-05"]]);
  });
  it("keeps the stamp when the URL date is far off or the stamp has its own offset", () => {
    expect(publicationDay("2024-03-20", "https://news.example.com/2024/03/05/story/")).toEqual({ year: 2024, month: 3, day: 20 });
    expect(publicationDay("2024-03-06T01:00:00+01:00", "https://news.example.com/2024/03/05/x")).toEqual({ year: 2024, month: 3, day: 6 });
  });
  it("reads only plain dates out of URLs", () => {
    expect(urlDay("https://news.example.com/2024-03-05/story")).toEqual({ year: 2024, month: 3, day: 5 });
    expect(urlDay("https://news.example.com/story-20240305123")).toBeNull();
    expect(urlDay("not a url")).toBeNull();
  });
});

describe("ago", () => {
  it("reads 'a year ago' as the month a year back, or the month of the sentence a year back", () => {
    expect(read("The firm hired nearly a year ago.", "2024-03-18")).toEqual([["nearly a year ago", "2023-03"]]);
    expect(read("Sales in October fell 10 percent from a year ago.", "2024-11-20")).toEqual([
      ["October", "2024-10"],
      ["a year ago", "2023-10"],
    ]);
  });
  it("keeps 'four years ago' a year", () => {
    expect(read("She left four years ago.", "2024-03-18")).toEqual([["four years ago", "2020"]]);
  });
});

describe("month names", () => {
  it("reads 'this past May' as the latest May", () => {
    expect(read("This past May, the agency picked 11 firms.", "2024-11-18")).toEqual([["This past May", "2024-05"]]);
  });
  it("reads a month between a determiner and a noun", () => {
    expect(read("It is still down from the March high of 21.8 percent.", "2024-11-20")).toEqual([["March", "2024-03"]]);
    expect(read("The October report was late.", "2024-11-20")).toEqual([["October", "2024-10"]]);
  });
  it("leaves a month that is a name alone", () => {
    expect(read("The May Fair drew crowds, and Ms. March spoke.", "2024-11-20")).toEqual([]);
  });
});

describe("years after an approximator", () => {
  it("reads 'until at least 2026'", () => {
    expect(read("No action is expected until at least 2026.", "2024-11-19")).toEqual([["2026", "2026"]]);
  });
});

describe("tense", () => {
  it("reads a weekday forward after a modal of what is expected", () => {
    expect(read("The wind should ease by Thursday morning.", "2024-11-20")).toEqual([["Thursday morning", "2024-11-21"]]);
  });
  it("keeps a weekday in the past after 'should have'", () => {
    expect(read("The crew should have left on Monday.", "2024-11-20")).toEqual([["Monday", "2024-11-18"]]);
  });
  it("does not put a past-tense month after publication: it continues the story's year", () => {
    const text = "He first saw a doctor in November 2021. But by December, his symptoms worsened.";
    expect(read(text, "2024-11-18")).toEqual([
      ["November 2021", "2021-11"],
      ["December", "2021-12"],
    ]);
    expect(read("By December, his symptoms had worsened.", "2024-11-18")).toEqual([["December", "2023-12"]]);
  });
  it("still reads a coming month forward", () => {
    expect(read("The plant will reopen in December.", "2024-11-18")).toEqual([["December", "2024-12"]]);
  });
});

describe("anaphora across sentences", () => {
  it("reads a sentence-opening 'The next year' from the time of the sentence before", () => {
    const text = "The two were seized in August 2016. The next year, their captors released a video.";
    expect(read(text, "2024-11-19")).toEqual([
      ["August 2016", "2016-08"],
      ["The next year", "2017"],
    ]);
  });
  it("drops 'the next year' inside a sentence with no time before it", () => {
    expect(read("Prices will rise over the next year.", "2024-11-19")).toEqual([]);
  });
});
