import { describe, expect, it } from "vitest";
import { findQuoteMarks, MAX_QUOTE_CHARS } from "./quote-marks.js";

const words = (text: string) => findQuoteMarks(text).map((q) => text.slice(q.open + 1, q.close));

describe("findQuoteMarks", () => {
  it("pairs curly quotes and keeps nested single quotes and apostrophes inside", () => {
    const text = "“And I said, ‘I want more.’ They can’t,” she said. “Fine.”";
    expect(words(text)).toEqual(["And I said, ‘I want more.’ They can’t,", "Fine."]);
  });

  it("pairs straight quotes, including a closing mark after a space", () => {
    const text = 'He said, "We must ask: why? " she wrote. A 12" pipe. "Next one."';
    expect(words(text)).toEqual(["We must ask: why? ", "Next one."]);
  });

  it("drops an opening mark that is never closed at the end of its paragraph", () => {
    const text = "He said “this never closes.\nThe next paragraph has “a real quote here.”";
    expect(words(text)).toEqual(["a real quote here."]);
  });

  it("keeps a quote that runs on into a paragraph reopened with a mark, as parts of one group", () => {
    const text = "“The first part of what she said.\n\n“The second part,” she said.";
    const found = findQuoteMarks(text);
    expect(found.map((q) => text.slice(q.open + 1, q.close))).toEqual(["The first part of what she said.", "The second part,"]);
    expect(found.map((q) => q.group)).toEqual([0, 0]);
    expect(found.map((q) => q.closed)).toEqual([false, true]);
  });

  it("reads top-level single curly quotes but not apostrophes or possessives inside words", () => {
    const text = "‘We won’t stop here,’ he said of the workers’ union.";
    expect(words(text)).toEqual(["We won’t stop here,"]);
  });

  it("does not let an unclosed mark swallow a long paragraph", () => {
    const filler = "word ".repeat(MAX_QUOTE_CHARS);
    const text = `“${filler} and then “a closed quote of words.”`;
    expect(words(text)).toEqual(["a closed quote of words."]);
    const runaway = `He said “${"x ".repeat(MAX_QUOTE_CHARS)}” end`;
    expect(words(runaway)).toEqual([]);
  });

  it("reads straight single quotes without breaking on apostrophes", () => {
    const text = "'It's heartbreaking, isn't it,' the vicar said. Rock 'n' roll is fine.";
    expect(words(text)).toEqual(["It's heartbreaking, isn't it,", "n"]);
  });

  it("closes a curly quote with a straight mark or with two closing single marks, as wires type them", () => {
    const text = '“The pier is closed,’’ Ines Moreau said. “We will reopen it in May." She left. “A third quote here.”';
    expect(words(text)).toEqual(["The pier is closed,", "We will reopen it in May.", "A third quote here."]);
  });

  it("keeps a straight pair nested in a curly quote inside it", () => {
    const text = '“He called it "a disgrace" twice,” she said.';
    expect(words(text)).toEqual(['He called it "a disgrace" twice,']);
  });
});
