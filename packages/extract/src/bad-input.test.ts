import { parseBriefing } from "@briefing/core";
import { sampleArticleText } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { ExtractionError, extractBriefing, MAX_TEXT_LENGTH, readArticleFile } from "./index.js";

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ExtractionError ? error.code : `other: ${String(error)}`;
  }
};
const bytes = (s: string) => new TextEncoder().encode(s);

describe("bad input", () => {
  it("rejects empty and whitespace-only text with a clear error", () => {
    expect(codeOf(() => extractBriefing({ text: "" }))).toBe("empty");
    expect(codeOf(() => extractBriefing({ text: " \n\t \n" }))).toBe("empty");
    expect(codeOf(() => readArticleFile(new Uint8Array()))).toBe("empty");
    expect(codeOf(() => readArticleFile(bytes("   \n  ")))).toBe("empty");
  });

  it("rejects input that is neither text nor html, and malformed metadata", () => {
    expect(codeOf(() => extractBriefing({} as never))).toBe("invalid-input");
    expect(codeOf(() => extractBriefing({ text: "A story.", published: "last week" }))).toBe("invalid-input");
    expect(codeOf(() => extractBriefing({ text: "A story.", url: "not a url" }))).toBe("invalid-input");
  });

  it("rejects binary data, PDFs and invalid UTF-8 files", () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    expect(codeOf(() => readArticleFile(binary, "photo.jpg"))).toBe("binary");
    expect(codeOf(() => readArticleFile(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "paper.pdf"))).toBe("pdf");
    expect(codeOf(() => readArticleFile(new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0x20, 0x61, 0x62])))).toBe("not-utf8");
  });

  it("tells HTML from plain text when reading a file", () => {
    expect(readArticleFile(bytes(sampleArticleText), "call.txt")).toEqual({ text: sampleArticleText });
    const html = "<!doctype html><html><head><title>T</title></head><body><p>Hi</p></body></html>";
    expect(readArticleFile(bytes(html))).toEqual({ html });
  });

  it("rejects an HTML page with no article", () => {
    const html =
      "<!doctype html><html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form><input name=q></form></body></html>";
    expect(codeOf(() => extractBriefing({ html }))).toBe("no-article");
  });

  it("rejects a text too large to be one article (20 MB) quickly, without reading it", () => {
    const huge = "word ".repeat(4_000_000);
    expect(huge.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    expect(codeOf(() => extractBriefing({ text: huge }))).toBe("too-large");
    expect(codeOf(() => readArticleFile(bytes(huge)))).toBe("too-large");
  });

  it("warns about non-English text but still returns a valid briefing (see language.test.ts)", () => {
    const french =
      "Le ministre des Affaires étrangères a rencontré lundi son homologue à Paris. Les deux responsables ont discuté des tarifs douaniers et de la coopération économique entre les deux pays, selon un communiqué publié par le ministère.";
    const b = extractBriefing({ text: french, published: "2025-04-07" });
    expect(() => parseBriefing(b)).not.toThrow();
    expect(b.warnings.join(" ")).toMatch(/English/);
    expect(b.sources[0]?.language).not.toBe("en");
  });

  it("warns when there is no publication date to resolve relative dates", () => {
    const b = extractBriefing({ text: sampleArticleText });
    expect(b.warnings.join(" ")).toMatch(/publication date/);
  });

  it("handles text made only of punctuation, digits or one word", () => {
    expect(codeOf(() => extractBriefing({ text: "!!! ??? ..." }))).toBe("empty");
    for (const text of ["42", "Hello", "a\u0000b", "“Yes,” she said."]) {
      const b = extractBriefing({ text: `${text} ` });
      expect(() => parseBriefing(b)).not.toThrow();
    }
  });
});
