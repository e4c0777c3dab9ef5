import { sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { analyze } from "../nlp.js";
import { findTimes } from "./index.js";

const find = (text: string, published: string | null = "2025-04-07") => findTimes(analyze(text), published);
/** [words, value] pairs, the way a reader checks a timeline. */
const read = (text: string, published: string | null = "2025-04-07") => find(text, published).map((t) => [t.words.text, t.value]);

describe("findTimes on the sample article (published Monday 2025-04-07)", () => {
  const times = find(sampleArticleText);

  it("finds every date of the reference briefing with its value and precision", () => {
    const expected: [string, string, string][] = [
      ["Monday", "2025-04-07", "day"],
      ["2021", "2021", "year"],
      ["January 2025", "2025-01", "month"],
      ["the preceding month", "2024-12", "month"],
      ["2022", "2022", "year"],
      ["August 2021", "2021-08", "month"],
      ["2013-18", "2013/2018", "span"],
      ["April 9th", "2025-04-09", "day"],
      ["April 5th", "2025-04-05", "day"],
    ];
    for (const [words, value, precision] of expected) {
      expect(times).toContainEqual(expect.objectContaining({ value, precision, words: expect.objectContaining({ text: words }) }));
    }
  });

  it("resolves the preceding month against January 2025, not the publication date", () => {
    const preceding = times.find((t) => t.words.text === "the preceding month");
    expect(preceding?.anchor.kind).toBe("time");
    const index = preceding?.anchor.kind === "time" ? preceding.anchor.index : -1;
    expect(times[index]?.words.text).toBe("January 2025");
  });

  it("anchors weekdays and yearless dates to the publication date, written years to nothing", () => {
    const anchorOf = (words: string) => times.find((t) => t.words.text === words)?.anchor;
    expect(anchorOf("Monday")).toEqual({ kind: "publication", date: "2025-04-07" });
    expect(anchorOf("April 9th")).toEqual({ kind: "publication", date: "2025-04-07" });
    expect(anchorOf("August 2021")).toEqual({ kind: "absolute" });
  });

  it("gives spans that match the article text exactly", () => {
    for (const t of times) expect(sampleArticleText.slice(t.words.start, t.words.end)).toBe(t.words.text);
  });

  it("reads today's call as the publication day and leaves 'now' out", () => {
    expect(times).toContainEqual(expect.objectContaining({ value: "2025-04-07", words: expect.objectContaining({ text: "today" }) }));
    expect(times.some((t) => /now/i.test(t.words.text))).toBe(false);
  });
});

describe("calendar dates without a year", () => {
  it("takes the publication year for dates just before or after it", () => {
    expect(read("The tariff took effect on April 5th and rises on April 9th.")).toEqual([
      ["April 5th", "2025-04-05"],
      ["April 9th", "2025-04-09"],
    ]);
  });

  it("never pushes a past date into next year", () => {
    // Published in late December: March 8 is this year's, not next year's closer March 8.
    expect(read("The first plane went missing on March 8.", "2014-12-30")).toEqual([["March 8", "2014-03-08"]]);
    expect(read("He was arrested in April for a March 21 call.", "2019-11-18")).toEqual([
      ["April", "2019-04"],
      ["March 21", "2019-03-21"],
    ]);
  });

  it("moves into next year when the words point forward", () => {
    expect(read("His sentencing is scheduled for Feb. 14.", "2019-11-18")).toEqual([["Feb. 14", "2020-02-14"]]);
  });

  it("reads a late-year month in an early-year article as last year's", () => {
    expect(read("Prices fell sharply in December.", "2019-01-10")).toEqual([["December", "2018-12"]]);
  });

  it("keeps modifiers such as mid- and late in the words, not in the value", () => {
    expect(read("The plane was last serviced in mid-November.", "2014-12-30")).toEqual([["mid-November", "2014-11"]]);
    expect(read("Officials said late Thursday that talks had failed.", "2017-01-13")).toEqual([["late Thursday", "2017-01-12"]]);
  });

  it("lets a written weekday choose the year", () => {
    // 2020-03-18 is a Wednesday; 2019-03-18 is not.
    expect(read("Officials met Wednesday, March 18.", "2019-11-20")).toEqual([["Wednesday, March 18", "2020-03-18"]]);
  });

  it("reads a month alone only where a month is meant", () => {
    expect(read("The vote was held in March and postponed from there to May.", "2019-11-20")).toEqual([
      ["March", "2019-03"],
      ["May", "2020-05"],
    ]);
    expect(read("According to April Ryan, you may go. The March drew crowds.")).toEqual([]);
  });

  it("reads a month name the article uses as a surname as the person", () => {
    expect(read("Prime Minister Theresa May spoke. A spokesman for May said talks resume in June.", "2017-06-20")).toEqual([
      ["June", "2017-06"],
    ]);
  });

  it("joins two times into a span when the words say between/from", () => {
    expect(read("The talks ran between January and March.", "2019-11-20")).toEqual([["January and March", "2019-01/2019-03"]]);
  });

  it("takes the year of an earlier time in the same sentence", () => {
    const times = find("A similar standoff in 2013 closed parks from Oct. 1 to Oct. 16. Talks resume on March 26.", "2024-03-21");
    expect(times.map((t) => [t.words.text, t.value])).toEqual([
      ["2013", "2013"],
      ["Oct. 1 to Oct. 16", "2013-10-01/2013-10-16"],
      ["March 26", "2024-03-26"],
    ]);
    expect(times[1]?.anchor).toEqual({ kind: "time", index: 0 });
  });

  it("does not give a yearless date the year of a time in another clause", () => {
    expect(read("Inflation, which peaked in October 2022, had fallen to 6.8% by July.", "2023-08-11")).toEqual([
      ["October 2022", "2022-10"],
      ["July", "2023-07"],
    ]);
    expect(read("The plant, which opened in 1998, will strike on Aug. 29.", "2023-08-11")).toEqual([
      ["1998", "1998"],
      ["Aug. 29", "2023-08-29"],
    ]);
  });

  it("carries a range over the new year into the next year", () => {
    expect(read("In 2013 parks closed from Dec. 28 to Jan. 3.", null)).toEqual([
      ["2013", "2013"],
      ["Dec. 28 to Jan. 3", "2013-12-28/2014-01-03"],
    ]);
  });

  it("reads a range of months with the year written once", () => {
    expect(read("Exports fell from March to May 2020.")).toEqual([["March to May 2020", "2020-03/2020-05"]]);
  });
});

describe("weekdays", () => {
  // 2025-04-09 is a Wednesday.
  it("takes the most recent such day on or before publication", () => {
    expect(read("The minister spoke on Monday and again on Wednesday.", "2025-04-09")).toEqual([
      ["Monday", "2025-04-07"],
      ["Wednesday", "2025-04-09"],
    ]);
  });

  it("looks ahead when the clause speaks of the future, and honours last/next", () => {
    expect(read("The committee will vote on Friday.", "2025-04-09")).toEqual([["Friday", "2025-04-11"]]);
    expect(read("She arrived last Wednesday.", "2025-04-09")).toEqual([["last Wednesday", "2025-04-02"]]);
    expect(read("They meet again next Monday.", "2025-04-09")).toEqual([["next Monday", "2025-04-14"]]);
  });

  it("reads a future auxiliary right after the weekday, but not one in a reported clause", () => {
    // 2019-11-18 is a Monday.
    expect(read("On Thursday, the committee will vote.", "2019-11-18")).toEqual([["Thursday", "2019-11-21"]]);
    expect(read("On Thursday, he said he will resign.", "2019-11-18")).toEqual([["Thursday", "2019-11-14"]]);
  });

  it("leaves names of days such as Black Friday out", () => {
    expect(read("Black Friday sales rose before Super Tuesday.")).toEqual([]);
  });

  it("keeps the day of 'Sunday morning' and the possessive 'Wednesday's attack'", () => {
    expect(read("The plane vanished on Sunday morning.", "2014-12-30")).toEqual([["Sunday morning", "2014-12-28"]]);
    expect(read("Wednesday’s attack shocked the capital.", "2015-03-18")).toEqual([["Wednesday", "2015-03-18"]]);
  });

  it("is an instant only when a time of day is written", () => {
    const [t] = find("First published February 1, 2016: 1:28 AM ET", "2016-02-01");
    expect(t).toMatchObject({ precision: "instant", value: "2016-02-01T01:28-05:00" });
  });
});

describe("years, spans and decades", () => {
  it("finds bare years in a year-like context", () => {
    expect(read("In 1997, the embargo began. It was lifted in 2003, and a 2022 report said so.")).toEqual([
      ["1997", "1997"],
      ["2003", "2003"],
      ["2022", "2022"],
    ]);
  });

  it("finds years after 'the end of', 'the first three months of', 'as recently as'", () => {
    expect(read("Output grew in the first three months of 2023 and by the end of 2024; as recently as 2015 it shrank.")).toEqual([
      ["2023", "2023"],
      ["2024", "2024"],
      ["2015", "2015"],
    ]);
  });

  it("finds a year compared with another", () => {
    expect(read("Sales rose 5% compared with 2019.")).toEqual([["2019", "2019"]]);
  });

  it("reads year spans in their common spellings", () => {
    expect(read("Islamists held power from 2011 to 2013.")).toEqual([["2011 to 2013", "2011/2013"]]);
    expect(read("Growth was strong between 2010 and 2015.")).toEqual([["2010 and 2015", "2010/2015"]]);
    expect(read("The 2013–2018 campaign and the 2013-18 period.")).toEqual([
      ["2013–2018", "2013/2018"],
      ["2013-18", "2013/2018"],
    ]);
  });

  it("reads decades as spans", () => {
    expect(read("For the first time since the 1990s, trade resumed.", "2017-01-13")).toEqual([["1990s", "1990/1999"]]);
  });

  it("does not take counts, money, percentages or ordinals for years", () => {
    expect(read("The army sent 2000 troops and 1,500 vehicles.")).toEqual([]);
    expect(read("It cost $1900 and rose 2020 percent, the 2000 soldiers said.")).toEqual([]);
    expect(read("He finished 21st in the race.")).toEqual([]);
  });
});

describe("relative times", () => {
  // 2019-11-18 is a Monday.
  it("reads last week, last month, last year and last February against the publication date", () => {
    expect(read("The governor said in a speech last week that it was over.", "2019-11-18")).toEqual([
      ["last week", "2019-11-11/2019-11-17"],
    ]);
    expect(read("He showcased the deal last month.", "2019-11-18")).toEqual([["last month", "2019-10"]]);
    expect(read("Sales doubled last year.", "2019-11-18")).toEqual([["last year", "2018"]]);
    expect(read("He left a meeting last February in Hanoi.", "2019-11-18")).toEqual([["last February", "2019-02"]]);
  });

  it("reads yesterday, tomorrow, ago, seasons and the weekend", () => {
    expect(read("The index hit a low yesterday and may recover tomorrow.", "2008-09-17")).toEqual([
      ["yesterday", "2008-09-16"],
      ["tomorrow", "2008-09-18"],
    ]);
    expect(read("The uprising began four years ago.", "2015-03-18")).toEqual([["four years ago", "2011"]]);
    expect(read("Last fall, voters elected a new parliament.", "2015-03-18")).toEqual([["Last fall", "2014-09/2014-11"]]);
    expect(read("Talks collapsed over the weekend.", "2008-09-17")).toEqual([["the weekend", "2008-09-13/2008-09-14"]]);
  });

  it("resolves 'the previous year' against an earlier time of the same sentence", () => {
    const times = find("Attacks rose in 2019 compared with the previous year.");
    expect(times.map((t) => [t.words.text, t.value])).toEqual([
      ["2019", "2019"],
      ["the previous year", "2018"],
    ]);
    expect(times[1]?.anchor).toEqual({ kind: "time", index: 0 });
  });

  it("reads fixed-day holidays after a preposition of time, not holiday words alone", () => {
    expect(read("Shops close early on Christmas Eve.", "2019-11-20")).toEqual([["Christmas Eve", "2019-12-24"]]);
    expect(read("Christmas shopping began in earnest.", "2019-11-20")).toEqual([]);
  });

  it("leaves durations and vague words out", () => {
    expect(read("He served three years and waited 48 hours. Now, recently, markets are nervous.")).toEqual([]);
    expect(read("Uncertainty weighs on the conditions we are experiencing today.")).toEqual([]);
    expect(read("Over the last year, and for the next week, prices held.")).toEqual([]);
  });

  it("leaves times of day, ages and lower-case words out", () => {
    expect(read("The index was down at 16:08 UTC. The man, 55, basked in the sun. You may go.")).toEqual([]);
  });
});

describe("without a publication date", () => {
  it("leaves relative and yearless times unresolved, with a reason", () => {
    const times = find("On Monday, a week after April 9th, officials met; last month they had talked.", null);
    expect(times.map((t) => t.words.text)).toEqual(["Monday", "April 9th", "last month"]);
    for (const t of times) {
      expect(t.value).toBeNull();
      expect(t.anchor.kind).toBe("unresolved");
    }
  });

  it("still resolves what the text pins down", () => {
    expect(read("In January 2025 attacks rose by 42% compared to the preceding month; in 2021 they fell.", null)).toEqual([
      ["January 2025", "2025-01"],
      ["the preceding month", "2024-12"],
      ["2021", "2021"],
    ]);
  });

  it("treats a publication date that is not a date as absent", () => {
    expect(read("It happened on Monday.", "yesterday")).toEqual([["Monday", null]]);
    expect(read("It happened on Monday.", "2025-04-07T23:30:00-05:00")).toEqual([["Monday", "2025-04-07"]]);
  });
});

describe("determinism and size", () => {
  it("gives the same output for the same input", () => {
    expect(find(sampleArticleText)).toEqual(find(sampleArticleText));
  });

  it("handles a long text without sentence breaks", () => {
    const text = `${"markets moved on Monday and in 2021 ".repeat(400)}`;
    const times = find(text);
    expect(times.length).toBe(800);
  });
});
