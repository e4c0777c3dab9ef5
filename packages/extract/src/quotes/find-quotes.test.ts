import { sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import type { QuoteCandidate } from "../candidates.js";
import { analyze } from "../nlp.js";
import { findQuotes } from "./index.js";

const quotes = (text: string) => findQuotes(analyze(text));
const direct = (text: string) => quotes(text).filter((q) => q.kind === "direct");
const who = (q: QuoteCandidate | undefined) => (q && "span" in q.speaker ? `${q.speaker.kind}:${q.speaker.span.text}` : q?.speaker.kind);

describe("findQuotes on the sample article", () => {
  const found = quotes(sampleArticleText);

  it("finds the three direct quotes with the words between the marks", () => {
    const words = found.filter((q) => q.kind === "direct").map((q) => q.words.text);
    expect(words).toEqual([
      "They (Rubio and Dar) discussed US reciprocal tariffs on Pakistan and how to make progress toward a fair and balanced trade relationship",
      "The Secretary raised prospects for engagement on critical minerals and expressed interest in expanding commercial opportunities for US companies.",
      "He emphasised the importance of strengthening cooperation in areas such as trade, investment and counter-terrorism.",
    ]);
    for (const q of found) expect(sampleArticleText.slice(q.words.start, q.words.end)).toBe(q.words.text);
  });

  it("credits the first quote to the State Department in its statement and lets the next one run on", () => {
    const [first, second] = found.filter((q) => q.kind === "direct");
    expect(who(first)).toBe("named:the State Department");
    expect(first?.channel).toBe("statement");
    expect(first?.attribution.map((a) => a.text)).toEqual(["the State Department noted"]);
    expect(second?.speaker.kind).toBe("running");
  });

  it("reads the reported speech of the statement and of the secretary", () => {
    const reported = found.filter((q) => q.kind === "reported");
    const conveyed = reported.find((q) => q.words.text.startsWith("Dar reiterated"));
    expect(conveyed?.words.text).toBe("Dar reiterated Pakistan’s commitment to strengthening its partnership with the United States");
    expect(conveyed?.attribution.map((a) => a.text)).toEqual(["the statement conveyed that"]);
    expect(conveyed?.channel).toBe("statement");
    // "the statement" points back to the statement the article is built on.
    expect(who(conveyed)).toBe("named:the Foreign Office");
    const stated = reported.find((q) => q.words.text.startsWith("cooperation in economy"));
    expect(stated?.words.text).toBe("cooperation in economy and trade would define the future relations between the two countries");
    expect(who(stated)).toBe("named:Secretary Rubio");
  });
});

describe("findQuotes patterns", () => {
  it("splits a quote interrupted by its attribution and credits both parts", () => {
    const [a, b] = direct("“We will rebuild the bridge by spring,” the mayor said on Tuesday, “and nobody will pay a toll.”");
    expect(a?.words.text).toBe("We will rebuild the bridge by spring");
    expect(b?.words.text).toBe("and nobody will pay a toll.");
    expect(who(a)).toBe("named:the mayor");
    expect(who(b)).toBe("named:the mayor");
  });

  it("reads straight quotes and the speaker after an inverted verb with an apposition", () => {
    const [q] = direct('"Prices will keep rising through the summer," said Maria Lopez, an economist at the central bank.');
    expect(q?.words.text).toBe("Prices will keep rising through the summer");
    expect(who(q)).toBe("named:Maria Lopez");
  });

  it("prefers the name in an apposition before the verb", () => {
    const [q] = direct("“The harvest is the worst in a decade,” Tom Baker, the head of the farmers’ association, told reporters.");
    expect(who(q)).toBe("named:Tom Baker");
    const [r] = direct("The head of the association, Tom Baker, condemned the decision, saying it “will ruin many small farms.”");
    expect(who(r)).toBe("named:Tom Baker");
  });

  it("credits a quote introduced by a colon or by said … before it", () => {
    const [q] = direct("The Health Ministry wrote: “Hospitals have enough beds for the winter.”");
    expect(who(q)).toBe("named:The Health Ministry");
    const [r] = direct("Anna Kowalski said the plan was “a sensible first step toward reform” and would pass.");
    expect(who(r)).toBe("named:Anna Kowalski");
  });

  it("lets a quote without a verb inherit the running speaker, and names the channel", () => {
    const found = direct("“Our schools are safe,” Governor Jane Smith said in a statement.\n“We will add more teachers next year.”");
    expect(found.map((q) => q.speaker.kind)).toEqual(["named", "running"]);
    expect(found.map((q) => q.channel)).toEqual(["statement", "statement"]);
  });

  it("resolves a speaker pronoun to the subject of the sentence before", () => {
    const [q] = direct("Judge Helen Park closed the hearing early.\n“We have heard enough for one day,” she said.");
    expect(who(q)).toBe("named:Judge Helen Park");
    expect(q?.attribution.map((a) => a.text)).toEqual(["she said"]);
  });

  it("keeps an unresolvable pronoun as a pronoun", () => {
    const [q] = direct("“We have heard enough for one day,” she said.");
    expect(who(q)).toBe("pronoun:she");
  });

  it("ignores scare quotes and titles but keeps short quoted speech of four words", () => {
    const found = direct(
      "Critics called the plan a “giveaway” and the minister read “The Wealth of Nations” aloud. He called it a “deal with the devil.”",
    );
    expect(found.map((q) => q.words.text)).toEqual(["deal with the devil."]);
  });

  it("does not let an unclosed quote mark hide the quotes after it", () => {
    const found = direct("He wrote “this is never closed.\nThen he left. “The next paragraph is a fine quote,” he said.");
    expect(found.map((q) => q.words.text)).toEqual(["The next paragraph is a fine quote"]);
  });

  it("credits every paragraph of a quote that runs over paragraphs to the speaker named at its end", () => {
    const found = direct(
      "Rain fell all week.\n\n“The river rose faster than any of us expected.\n\n“We moved the children first,” said Captain Oskar Reyes.",
    );
    expect(found.map((q) => q.words.text)).toEqual(["The river rose faster than any of us expected.", "We moved the children first"]);
    expect(found.map(who)).toEqual(["named:Captain Oskar Reyes", "named:Captain Oskar Reyes"]);
  });

  it("finds reported speech with that, according to, and a trailing attribution", () => {
    const found = quotes(
      "The minister said that the new tax would take effect in June. According to the central bank, inflation fell to its lowest level in years. The strike will end on Friday, union leaders said.",
    ).filter((q) => q.kind === "reported");
    expect(found.map((q) => [q.words.text, who(q)])).toEqual([
      ["the new tax would take effect in June", "named:The minister"],
      ["inflation fell to its lowest level in years", "named:the central bank"],
      ["The strike will end on Friday", "named:union leaders"],
    ]);
  });

  it("credits “the report” to the author named where the report was introduced", () => {
    const [q] = direct(
      "A report released on Monday by the Institute for Fiscal Studies looked at wages.\n\nAs the report states: “Real wages have not grown in fifteen years.”",
    );
    expect(who(q)).toBe("named:the Institute for Fiscal Studies");
    expect(q?.channel).toBe("report");
  });

  it("returns spans that match the text on input with stray marks", () => {
    const text = `” stray “ marks " and ‘ odd ’ ones\n\n"unclosed straight\n“Yet another closed quote is here,” he said. «Un autre exemple de citation ici» dit-il.`;
    for (const q of quotes(text)) expect(text.slice(q.words.start, q.words.end)).toBe(q.words.text);
  });

  it("credits a headline-style quote after a name and a colon, and a quote after a naming verb", () => {
    const [q] = direct("Mayor Tom Reed: “We will rebuild every house that was lost.”");
    expect(who(q)).toBe("named:Mayor Tom Reed");
    const [r] = direct("Smith said the talks failed, and Jones called the outcome “a betrayal of everything we fought for.”");
    expect(who(r)).toBe("named:Jones");
  });

  it("accepts an attribution after a full stop only when it is nothing more than the attribution", () => {
    expect(who(direct("“The numbers are terrible for everyone involved.” Patel said.")[0])).toBe("named:Patel");
    expect(who(direct("“The numbers are terrible for everyone involved.” Patel said he would resign.")[0])).toBe("none");
  });

  it("credits reported speech after a participle to the one who spoke", () => {
    const reported = quotes(
      "Local media quoted the head of the rescue agency, Ana Lima, as saying only two boats had returned. Lima told reporters, adding that the search would resume at dawn.",
    ).filter((q) => q.kind === "reported");
    expect(reported.map(who)).toEqual(["named:Ana Lima", "named:Lima"]);
  });

  it("resolves he/she to a name, looking through a possessive subject", () => {
    const [q] = quotes(
      "Governor Ruth Ellis’s budget plan is not popular. She has defended it, saying the state “cannot keep borrowing to pay its bills.”",
    );
    expect(who(q)).toBe("named:Governor Ruth Ellis");
  });

  it("leaves a dateline out of reported speech and reads a capitalised name wink tags as a verb", () => {
    const [r] = quotes("LONDON (Wire) - Crews evacuated hundreds of homes on Sunday, officials said.").filter((q) => q.kind === "reported");
    expect(r?.words.text).toBe("Crews evacuated hundreds of homes on Sunday");
    const [m] = quotes("According to the Met Office, more rain is expected by Tuesday.");
    expect(who(m)).toBe("named:the Met Office");
  });

  it("ignores quoted names and labels of four words or more", () => {
    const text =
      "The government introduced a “zero tolerance for illegal entry” policy. Officials launched the so-called “clean streets for all citizens” campaign. Her novel, titled “The girl who lived upstairs”, sold well.";
    expect(direct(text)).toEqual([]);
  });

  it("credits a quote after a sentence ending in a colon to that sentence's subject", () => {
    const [q] = direct("Rain fell all week.\n\nThe minister was blunt about the cost:\n“We cannot afford another year like this one.”");
    expect(who(q)).toBe("named:The minister");
  });

  it("looks past a relative clause for the subject of a speech verb", () => {
    const [r] = quotes("Economists who have studied the data say growth will slow next year.");
    expect(who(r)).toBe("named:Economists");
  });

  it("reads through several appositions and past a leading place", () => {
    const [q] = direct("“We need more money for roads,” John Smith, the mayor of Greenville, a city of 20,000, said.");
    expect(who(q)).toBe("named:John Smith");
    const [r] = direct("In Washington, John Smith, a senator, said “the bill will pass this week easily.”");
    expect(who(r)).toBe("named:John Smith");
  });
});

describe("speakers beyond the quote's own sentence", () => {
  it("credits the quote after a short quoted reply to the one who gave the reply", () => {
    const found = direct(
      "The pier reopened on Friday.\n\n“That’s perfect,” Ines Moreau said. “It shows what a town can do when it works together.”",
    );
    expect(found.map((q) => q.words.text)).toEqual(["It shows what a town can do when it works together."]);
    expect(who(found[0])).toBe("named:Ines Moreau");
  });

  it("credits both parts of a quote that wires close with two single marks", () => {
    const found = direct("“The vote was a sham from the start,’’ Ines Moreau told the Harbor Gazette. “And I will say so in court.”");
    expect(found.map((q) => q.words.text)).toEqual(["The vote was a sham from the start", "And I will say so in court."]);
    expect(found.map((q) => q.speaker.kind)).toEqual(["named", "running"]);
  });

  it("resolves a pronoun after a paragraph break past a relative clause in the subject", () => {
    const found = direct(
      "A week ago, Tomas Lind had scored once. Harbor pilot Rolf Dahl, who joked about Lind’s boots, could see the strain.\n\n“He’s used to winning every race,” he said.",
    );
    expect(who(found[0])).toBe("named:Harbor pilot Rolf Dahl");
  });
});

describe("statements", () => {
  it("credits a quote after 'issued a statement warning that' to the issuer, past a relative clause", () => {
    const [q] = direct(
      "In a sign of the confusion, the Harbor Board, which regulates the port, issued a statement warning that “ships are entitled to clear rules from the harbor.”",
    );
    expect(who(q)).toBe("named:the Harbor Board");
  });
});

describe("pronouns after an attribution", () => {
  it("takes the speaker a sentence's closing attribution names as the antecedent of a later 'he said'", () => {
    const found = direct(
      "It is vital to ask about bedding, Dr. Oskar Reyes said.\n\nWhen nurses miss it, they may guess wrong, he added.\n\nStill, “people with wool blankets should not throw them out,” he said.",
    );
    expect(who(found[0])).toBe("named:Dr. Oskar Reyes");
  });
});

describe("people described by age", () => {
  it("credits 'the 34-year-old said' to the person talked about before, past a description", () => {
    const found = direct(
      "Rita Ossa scored twice for the harbor club on Sunday.\n\nThe veteran striker had been injured since May.\n\nThe 34-year-old said after the match: “I am happy to be back on the pitch again.”",
    );
    expect(who(found[0])).toBe("named:Rita Ossa");
  });

  it("credits no one when no person was named before, rather than inventing one", () => {
    const [q] = direct("The 34-year-old said after the match: “I am happy to be back on the pitch again.”");
    expect(q?.speaker.kind).toBe("none");
  });
});

describe("surnames that are also words", () => {
  it("reads a surname wink tags as a verb as part of the name, in the subject and before 'said'", () => {
    const found = quotes(
      "Harbor pilot Rolf Hatch said the tide came early. She said nothing.\n\n“We need more boats on the water tonight,” Hatch said.",
    );
    expect(who(found.find((q) => q.words.text.startsWith("the tide")))).toBe("named:pilot Rolf Hatch");
    expect(who(found.find((q) => q.words.text.startsWith("We need")))).toBe("named:Hatch");
  });
});

describe("reported clause ends", () => {
  it("keeps the percent sign of a clause-final figure", () => {
    const texts = quotes("Net profit rose 20%, the company said on Thursday.").map((q) => q.words.text);
    expect(texts).toContain("Net profit rose 20%");
  });
});
