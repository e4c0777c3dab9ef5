// biome-ignore-all lint/suspicious/noControlCharactersInRegex: the tests look for control characters
import { describe, expect, it } from "vitest";
import { terminalBlock, terminalJson, terminalLine, terminalLinesDeep } from "./terminal-safe.js";

const ESC = "\x1b";
const BEL = "\x07";
/** Anything a terminal would act on or hide: C0 except tab/LF, DEL, C1, bidi controls, zero-width. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

describe("terminalLine", () => {
  it("removes whole escape sequences: OSC 0 title, OSC 52 clipboard, CSI, DCS, 8-bit CSI", () => {
    expect(terminalLine(`Evil ${ESC}]0;PWNED${BEL} title`)).toBe("Evil  title");
    expect(terminalLine(`copy ${ESC}]52;c;SGVsbG8=${ESC}\\ me`)).toBe("copy  me");
    expect(terminalLine(`${ESC}[2J${ESC}[?1049hclear${ESC}[31mred${ESC}[0m`)).toBe("clearred");
    expect(terminalLine(`a${ESC}P1;2|secret${ESC}\\b`)).toBe("ab");
    expect(terminalLine("a\x9b31mb\x9d0;T\x9cc")).toBe("abc");
    expect(terminalLine(`keypad ${ESC}= ${ESC}(B done`)).toBe("keypad   done");
  });

  it("turns a lone control character into a visible U+FFFD and line breaks and tabs into spaces", () => {
    expect(terminalLine(`bell${BEL} nul\x00 del\x7f c1\x80 esc${ESC}`)).toBe("bell\ufffd nul\ufffd del\ufffd c1\ufffd esc\ufffd");
    expect(terminalLine("one\r\ntwo\rthree\nfour\tfive\u2028six")).toBe("one two three four five six");
    // An unterminated OSC cannot reach the terminal as one once its ESC is gone.
    expect(terminalLine(`${ESC}]0;never ends`)).toBe("0;never ends");
  });

  it("removes bidi overrides, isolates and zero-width characters, keeping joiners inside words and emoji", () => {
    expect(terminalLine("invoice\u202eexe.pdf")).toBe("invoiceexe.pdf");
    expect(terminalLine("Ja\u200bne \u2066Roe\u2069\ufeff")).toBe("Jane Roe");
    expect(terminalLine("\u200dstray\u200c")).toBe("stray");
    // ZWNJ in a Persian word and ZWJ in a family emoji shape the text: they stay.
    expect(terminalLine("می\u200cخواهم")).toBe("می\u200cخواهم");
    expect(terminalLine("👩\u200d👧")).toBe("👩\u200d👧");
    // Tag characters smuggle invisible ASCII, except in a subdivision flag.
    const smuggled = [..."hidden"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("");
    expect(terminalLine(`plain${smuggled}`)).toBe("plain");
    const flag = `\u{1f3f4}${[..."gbsct"].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join("")}\u{e007f}`;
    expect(terminalLine(flag)).toBe(flag);
  });

  it("leaves ordinary text of any script alone", () => {
    for (const text of ["Plain “quoted” text — 42% of $7 billion", "Éléphant naïve façade", "北京 東京 서울", "مرحبا שלום"])
      expect(terminalLine(text)).toBe(text);
  });

  it("neutralizes long runs of unterminated introducers followed by words", () => {
    // The string body of an OSC/DCS stops at the next introducer, so an open one never swallows
    // (or rescans) the rest of the article.
    const filler = " plain words of an article without any terminator at all,";
    for (const introducer of [`${ESC}]0;`, `${ESC}P`, `${ESC}[1;`, "\x9d", "\x90", "\u{e0041}", "\u200d"]) {
      const out = terminalLine((introducer + filler).repeat(2000));
      expect(UNSAFE.test(out), JSON.stringify(introducer)).toBe(false);
      expect(out.split("words of an article").length - 1).toBe(2000);
    }
  });
});

describe("terminalBlock", () => {
  it("keeps line breaks (as LF) and tabs, and neutralizes everything else", () => {
    expect(terminalBlock(`Title ${ESC}]0;X${BEL}\r\n\tbody\u202e\x85next`)).toBe("Title \n\tbody\nnext");
  });
});

describe("terminalJson", () => {
  it("is exact JSON: it parses to the same value, with nothing unsafe left in the text", () => {
    const value = {
      title: `Evil ${ESC}]0;PWNED${BEL} \u202eRLO \u200bZW \x9bC1 \x7fDEL \u2028LS \u{e0041}tag`,
      list: ["plain", 42, null],
    };
    const text = terminalJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(UNSAFE.test(text)).toBe(false);
    expect(text).toContain("\\u001b]0;PWNED\\u0007");
    expect(text).toContain("\\u202e");
    expect(text).toContain("\\udb40\\udc41");
    expect(terminalJson({ a: 1 })).toBe(JSON.stringify({ a: 1 }, null, 2));
  });
});

describe("terminalLinesDeep", () => {
  it("cleans every string of nested data and keeps the rest", () => {
    const out = terminalLinesDeep({ a: `x${ESC}]0;t${BEL}`, b: [{ c: "y\u202e" }, 3, true, null] });
    expect(out).toEqual({ a: "x", b: [{ c: "y" }, 3, true, null] });
  });
});
