import { sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import type { FigureCandidate } from "../candidates.js";
import { analyze } from "../nlp.js";
import { findFigures } from "./index.js";

const figures = (text: string): FigureCandidate[] => findFigures(analyze(text));
const brief = (text: string) => figures(text).map((f) => ({ words: f.words.text, value: f.value, unit: f.unit }));
const creditText = (f: FigureCandidate | undefined): string | null =>
  f && (f.source.kind === "named" || f.source.kind === "pronoun") ? f.source.span.text : null;

describe("findFigures on the sample article", () => {
  const found = figures(sampleArticleText);
  const byWords = (w: string) => found.find((f) => f.words.text.includes(w));

  it("finds the percentages, the amount and the population, and nothing else", () => {
    const keys = new Set(found.map((f) => `${f.value} ${f.unit}`));
    expect(keys).toEqual(new Set(["42 percent", "7000000000 USD", "29 percent", "10 percent", "240000000 count"]));
  });

  it("credits 42% to the think tank and $7 billion to the US Department of Defense", () => {
    expect(creditText(byWords("42%"))).toContain("Pakistan Institute for Conflict and Security Studies");
    expect(creditText(byWords("$7 billion"))).toBe("the US Department of Defense");
    expect(byWords("29%")?.source.kind).toBe("none");
    expect(byWords("10%")?.source.kind).toBe("none");
  });

  it("says what the figures measure", () => {
    expect(byWords("42%")?.measure).toBe("increase in terror attacks");
    expect(byWords("$7 billion")?.measure).toBe("military equipment");
    expect(byWords("240 million")?.measure).toBe("people");
    expect(byWords("$7 billion")?.scale).toBe("billion");
  });

  it("gives spans that match the text exactly", () => {
    for (const f of found) {
      expect(sampleArticleText.slice(f.words.start, f.words.end)).toBe(f.words.text);
      if (f.source.kind === "named" || f.source.kind === "pronoun") {
        expect(sampleArticleText.slice(f.source.span.start, f.source.span.end)).toBe(f.source.span.text);
      }
    }
  });
});

describe("percentages", () => {
  it("reads %, percent and per cent, with decimals", () => {
    expect(brief("Prices rose 4.5% in May.")).toEqual([{ words: "4.5%", value: 4.5, unit: "percent" }]);
    expect(brief("Turnout was 61 percent.")).toEqual([{ words: "61 percent", value: 61, unit: "percent" }]);
    expect(brief("Unemployment fell to 3 per cent.")).toEqual([{ words: "3 per cent", value: 3, unit: "percent" }]);
    expect(brief("Spending is up 15pc.")).toEqual([{ words: "15pc", value: 15, unit: "percent" }]);
  });
  it("keeps an approximator in the words", () => {
    expect(brief("Nearly 70 percent of voters agreed.")[0]?.words).toBe("Nearly 70 percent");
  });
});

describe("money", () => {
  it("reads currency symbols, codes and scales", () => {
    expect(brief("The deal is worth US$1.2bn.")).toEqual([{ words: "US$1.2bn", value: 1_200_000_000, unit: "USD" }]);
    expect(brief("The house sold for £300,000.")).toEqual([{ words: "£300,000", value: 300_000, unit: "GBP" }]);
    expect(brief("The club paid €5m for him.")).toEqual([{ words: "€5m", value: 5_000_000, unit: "EUR" }]);
    expect(brief("The fund holds USD 40 million.")).toEqual([{ words: "USD 40 million", value: 40_000_000, unit: "USD" }]);
  });
  it("reads currency names after the number", () => {
    expect(brief("They lost 7 billion dollars last year.")).toEqual([{ words: "7 billion dollars", value: 7e9, unit: "USD" }]);
    expect(brief("Canberra pledged 50 million Australian dollars.")[0]?.unit).toBe("AUD");
  });
  it("resolves rupees through the country the article is about", () => {
    const text = "Pakistan's cabinet approved Rs 3.5 million for the flood relief in Pakistan.";
    expect(brief(text)).toEqual([{ words: "Rs 3.5 million", value: 3_500_000, unit: "PKR" }]);
    expect(brief("India's budget set aside 200 crore rupees for roads in India.")[0]).toMatchObject({ value: 2e9, unit: "INR" });
  });
  it("joins amounts the tokenizer splits after a glued prefix", () => {
    const text = "Pakistan's budget allocates Rs1.2 trillion to Pakistan's provinces and Rs1,200 to each school.";
    expect(brief(text)).toEqual([
      { words: "Rs1.2 trillion", value: 1.2e12, unit: "PKR" },
      { words: "Rs1,200", value: 1200, unit: "PKR" },
    ]);
  });
  it("resolves shillings through the country the article is about", () => {
    expect(brief("Kenya's treasury set aside Sh5 billion for roads in Kenya.")[0]).toMatchObject({ value: 5e9, unit: "KES" });
    expect(brief("Uganda will spend 300 million shillings in Uganda's north.")[0]).toMatchObject({ value: 3e8, unit: "UGX" });
  });
  it("says what an amount is worth", () => {
    expect(figures("It imposed tariffs on $360 billion worth of Chinese goods.")[0]?.measure).toBe("Chinese goods");
  });
});

describe("counts", () => {
  it("counts people and things in digits and words", () => {
    expect(brief("Rescuers found 162 bodies and 3,000 troops were deployed.")).toEqual([
      { words: "162 bodies", value: 162, unit: "count" },
      { words: "3,000 troops", value: 3000, unit: "count" },
    ]);
    expect(brief("Two soldiers and three hundred civilians were hurt.")).toEqual([
      { words: "Two soldiers", value: 2, unit: "count" },
      { words: "three hundred civilians", value: 300, unit: "count" },
    ]);
    expect(brief("The country of about 240 million people votes today.")[0]).toMatchObject({ value: 240_000_000, unit: "count" });
    expect(figures("The country of about 240 million people votes today.")[0]?.scale).toBe("million");
  });
  it("reads 'a million' and 'half a million'", () => {
    expect(brief("A million people marched and half a million workers went on strike.")).toEqual([
      { words: "A million people", value: 1_000_000, unit: "count" },
      { words: "half a million workers", value: 500_000, unit: "count" },
    ]);
  });
  it("reads partitives and 'others'", () => {
    expect(brief("Police arrested 12 men; two of their leaders escaped, and five others fled.").map((f) => f.words)).toEqual([
      "12 men",
      "two of their leaders",
      "five others",
    ]);
    expect(brief("Twenty-five students sat the exam and 20 of them passed.").map((f) => f.value)).toEqual([25, 20]);
    expect(brief("The party won 303 of the 543 seats.")).toEqual([{ words: "303 of the 543 seats", value: 303, unit: "count" }]);
  });
  it("counts casualties written around a bare number", () => {
    expect(brief("The blast killed 12 and injured 30, raising the death toll to 57.").map((f) => f.value)).toEqual([12, 30, 57]);
    expect(brief("The quake left 1,200 dead.")).toEqual([{ words: "1,200 dead", value: 1200, unit: "count" }]);
    expect(figures("The death toll from the floods has climbed to 1,739.")[0]).toMatchObject({ value: 1739, measure: "death toll" });
    expect(figures("The city has a population of 8.4 million.")[0]).toMatchObject({
      value: 8_400_000,
      unit: "count",
      measure: "population",
    });
    expect(figures("The quake hit a city of 2 million.")[0]).toMatchObject({ value: 2_000_000, unit: "count", measure: "city" });
    expect(figures("The number of refugees has doubled to 4 million.")[0]).toMatchObject({ value: 4_000_000, unit: "count" });
    expect(brief("There were 1,024 confirmed cases.")).toEqual([{ words: "1,024 confirmed cases", value: 1024, unit: "count" }]);
    expect(brief("Half of our 3,000 employees work from home.")).toEqual([{ words: "3,000 employees", value: 3000, unit: "count" }]);
  });
  it("does not count ratios or glued names", () => {
    expect(brief("One in five adults and 3 out of 10 voters agree; F-16 jets flew.")).toEqual([]);
  });
  it("counts one thing only when a singular noun follows", () => {
    expect(brief("Divers recovered one body near the wreck.")).toEqual([{ words: "one body", value: 1, unit: "count" }]);
    expect(brief("No one was hurt, and one of the guards left.")).toEqual([]);
  });
});

describe("what is not a figure", () => {
  it("skips dates, years, times and ordinals", () => {
    expect(brief("On March 8, 2014, at 16:08 UTC, in 2021 and on April 9th, the 1990s ended.")).toEqual([]);
    expect(brief("In 2011 voters elected a new parliament.")).toEqual([]);
  });
  it("skips ages, durations and measurements", () => {
    expect(brief("A 45-year-old man, 55, served three years and 48 hours in a six-month program.")).toEqual([]);
    expect(brief("The plane flew at 32,000 feet and 353 knots over 10,000 square nautical miles, 50 km away.")).toEqual([]);
    expect(brief("The index fell 118.40 points to 4907.20.")).toEqual([]);
  });
  it("skips numbers that are part of a name, list numbers and page numbers", () => {
    expect(brief("Flight 8501 and the G20 met under Resolution 2334 while the FTSE 100 rallied.")).toEqual([]);
    expect(brief("The ranking:\n1. Finland\n2. Norway\n10. United States")).toEqual([]);
    expect(brief("See page 12 and section 4 of the report.")).toEqual([]);
  });
  it("takes bare four-digit numbers in the range of years for years", () => {
    expect(brief("2016 election results were contested, but 2,016 ballots were recounted.")).toEqual([
      { words: "2,016 ballots", value: 2016, unit: "count" },
    ]);
  });
  it("skips number words that are part of a name", () => {
    expect(brief("The Group of Seven leaders met the Big Three automakers and the Group of 20 nations.")).toEqual([]);
    expect(brief("“Two soldiers died,” he said.")).toEqual([{ words: "Two soldiers", value: 2, unit: "count" }]);
  });
  it("skips references back to a known group", () => {
    expect(brief("The two sides met as the world's two largest economies talked, and both leaders agreed.")).toEqual([]);
  });
});

describe("sources", () => {
  it("credits 'according to', 'data from' and 'a report by'", () => {
    expect(creditText(figures("Exports fell 12%, according to the National Statistics Office, a state agency.")[0])).toBe(
      "the National Statistics Office",
    );
    expect(creditText(figures("Attacks rose 30%, as shown by data from the Global Conflict Monitor (GCM).")[0])).toBe(
      "the Global Conflict Monitor (GCM)",
    );
    expect(creditText(figures("According to a 2023 report by the World Bank, 40 million people are poor.")[0])).toBe("the World Bank");
  });
  it("credits a speaker before or after the figure, and pronouns as pronouns", () => {
    expect(creditText(figures("The Health Ministry said 45 people had died.")[0])).toBe("The Health Ministry");
    expect(creditText(figures("About 300 homes were destroyed, Red Cross officials said.")[0])).toBe("Red Cross officials");
    const pronoun = figures("He said 20 soldiers were missing.")[0];
    expect(pronoun?.source).toMatchObject({ kind: "pronoun", span: { text: "He" } });
    expect(creditText(figures("Local media quoted the fire chief, Ann Holt, as saying only two bodies were found.")[0])).toBe("Ann Holt");
  });
  it("credits passive reports and points 'the same report' back at its holder", () => {
    const text =
      "The report, released by the Refugee Council on Monday, said 1,300 families had fled. According to the same report, 40% of them were children.";
    const [families, share] = figures(text);
    expect(creditText(families)).toBe("the Refugee Council");
    expect(creditText(share)).toBe("the Refugee Council");
    expect(creditText(figures("The losses, estimated by the Trade Board at $12 billion, are rising.")[0])).toBe("the Trade Board");
  });
  it("credits nobody for generic holders, which name no entity", () => {
    expect(figures("About 300 homes were destroyed, officials said.")[0]?.source).toEqual({ kind: "none" });
    expect(figures("Officials said 45 people had died.")[0]?.source).toEqual({ kind: "none" });
  });
  it("does not take a month for a holder", () => {
    expect(figures("January data showed exports fell 3%.")[0]?.source).toEqual({ kind: "none" });
  });
  it("credits a figure inside a quotation to the quote's speaker in another sentence", () => {
    const text = "“We are doing what we can. We lost 40 men last week,” the commander, Oskar Vale, told reporters.";
    expect(creditText(figures(text)[0])).toContain("Oskar Vale");
    const before = "Mayor Dana Reyes said: “The water is rising. About 3,000 homes are flooded.”";
    expect(creditText(figures(before)[0])).toBe("Mayor Dana Reyes");
  });
  it("reads a holder with its bracketed acronym before the verb", () => {
    expect(creditText(figures("Inflation eased to 11.8 per cent, the Bureau of Statistics (BoS) said.")[0])).toBe(
      "the Bureau of Statistics (BoS)",
    );
  });
  it("reads 'add' as speech only where it reports", () => {
    const jobs = figures("The economy added 263,000 jobs in May, the Labor Bureau said.")[0];
    expect(creditText(jobs)).toBe("the Labor Bureau");
    expect(figures("“It is a lot,” he added, citing 300 complaints.")[0]?.source.kind).toBe("pronoun");
  });
  it("follows 'the report found' back to the report's holder, across a time phrase", () => {
    const text = "A report released on Monday by the Urban Policy Institute was debated. The report found that 12% of renters were behind.";
    expect(creditText(figures(text)[0])).toBe("the Urban Policy Institute");
    expect(creditText(figures("The figures were compiled by the Census Office, which counted 4,000 new homes.")[0])).toBe(
      "the Census Office",
    );
  });
  it("finds the subject before a relative clause", () => {
    expect(creditText(figures("Smith, who heads the relief agency, said 40 people had died.")[0])).toBe("Smith");
  });
  it("points 'the office' back at the office named before, and lets a paragraph's 'according to' cover the sentence before", () => {
    const text =
      "The District Attorney's Office announced the plea on Monday. The defendant could pay $250,000 in fines. A hearing is set for May, according to the office statement.";
    expect(creditText(figures(text)[0])).toBe("The District Attorney's Office");
    const split = "The defendant could pay $250,000 in fines.\nA hearing is set for May, according to the Court Registry.";
    expect(figures(split)[0]?.source).toEqual({ kind: "none" });
  });
  it("leaves the article's own figures unattributed", () => {
    expect(figures("The town has 12,000 residents.")[0]?.source).toEqual({ kind: "none" });
  });
  it("credits the owner of possessive figures", () => {
    expect(creditText(figures("The Central Bank's figures show inflation at 9%.")[0])).toBe("The Central Bank");
  });
});

describe("sources beyond the obvious", () => {
  const sourceOf = (text: string, words: string) => {
    const f = figures(text).find((x) => x.words.text.includes(words));
    return f ? (creditText(f) ?? f.source.kind) : "missing";
  };

  it("credits the holder of a named report, not the report's name", () => {
    const text = "Dealers sold 4,100 boats in May, according to the Harbor Trends report from Marlow Data, a research firm.";
    expect(sourceOf(text, "4,100")).toBe("Marlow Data");
  });

  it("lets a paragraph's closing 'according to X' vouch for the figures before it, up to another credit", () => {
    const text = [
      "Buyers took 2,300 boats this year, down 7 percent. Sail sales fell 3 percent. Dealers sold 5,200 boats last year, according to Marlow Data.",
      "",
      "Prices rose 9 percent, the Harbor Guild said. Rentals fell 4 percent. Sales rose 6 percent, according to Marlow Data.",
    ].join("\n");
    for (const w of ["2,300", "7 percent", "3 percent", "5,200", "4 percent", "6 percent"]) expect(sourceOf(text, w)).toBe("Marlow Data");
    expect(sourceOf(text, "9 percent")).toBe("the Harbor Guild");
    expect(sourceOf("Rentals fell 4 percent.\nSales rose 6 percent, according to Marlow Data.", "4 percent")).toBe("none");
  });

  it("credits a holder that expects or projects a figure", () => {
    expect(sourceOf("Keel Analytics expects 16.2 million boats will be sold this year.", "16.2 million")).toBe("Keel Analytics");
    // Passive: the one expected to act is not the one who expects.
    expect(sourceOf("The Harbor Board is expected to pick up to four builders next year.", "four builders")).toBe("none");
  });

  it("lets an unnamed speaker keep the figure rather than pass it to someone named later", () => {
    const text =
      "The navy initially said 30 sailors were rescued, although local media quoted the port chief, Ana Lima, as saying only two were found.";
    expect(sourceOf(text, "30 sailors")).toBe("none");
  });

  it("does not credit the speaker of a quotation for figures outside it", () => {
    expect(sourceOf("“We played our best game,” Coach Rolf Dahl said before the 4-1 win over the Gulls.", "4-1")).not.toBe(
      "Coach Rolf Dahl",
    );
    const text =
      "“Boats must move fast,” said Ines Moreau, a sailor, referring to the ferry that sank in May with 120 passengers on board.";
    expect(sourceOf(text, "120 passengers")).toBe("none");
    expect(sourceOf("“We lost 40 boats in the storm,” said Ines Moreau.", "40 boats")).toBe("Ines Moreau");
  });

  it("does not credit a holder for a figure before a verb that reports something else", () => {
    const text = "Besides its order of 30 jets on Monday, Skyway Air announced an order of 50 more planes.";
    expect(sourceOf(text, "30 jets")).toBe("none");
    expect(sourceOf(text, "50 more")).toBe("Skyway Air");
    expect(sourceOf("Ticket sales rose 8% in May, Skyway Air told reporters.", "8%")).toBe("Skyway Air");
  });

  it("takes no market index for a holder", () => {
    expect(sourceOf("The main Harbor index, the HBX 50, dropped by 2.4%.", "2.4%")).toBe("none");
  });

  it("resolves a pronoun speaker with the resolver quotes use", () => {
    expect(sourceOf("Skyway Air had 270 planes in October. On Monday it announced an order of 50 jets.", "50 jets")).toBe("Skyway Air");
  });
});

describe("scale", () => {
  it("handles one endless sentence: credits stay local to each figure", () => {
    const text = "the Harbour Board said 40 people died and ".repeat(3000);
    const found = figures(text);
    expect(found).toHaveLength(3000);
    expect(found.every((f) => creditText(f) === "the Harbour Board")).toBe(true);
    const last = found[found.length - 1] as FigureCandidate;
    expect(last.source.kind === "named" && last.words.start - last.source.span.end).toBeLessThan(40);
  });
  it("grows linearly: a long text of repeated sentences yields one figure per sentence", () => {
    const text = "Officials said 40 people died, according to the Red Cross. ".repeat(2000);
    expect(figures(text)).toHaveLength(2000);
  });
});
