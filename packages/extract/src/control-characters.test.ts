import { describe, expect, it } from "vitest";
import { cleanLabel, normalizeArticleText } from "./article-text.js";
import { extractBriefing, readArticleFile } from "./index.js";

const ESC = "\u001b";
const BEL = "\u0007";
const story =
  "The Harbour Authority of Westmere said on Tuesday that container traffic rose 12% in March. Port director Alma Ruiz said the cranes had doubled the traffic.";

describe("text is text: control characters never reach the stored text", () => {
  it("strips C0 and C1 controls but keeps newlines and tabs", () => {
    expect(normalizeArticleText(`a${ESC}]0;TITLE${BEL}b\u009bc\u0000d\te\nf\u007f`)).toBe("a]0;TITLEbcd\te\nf");
    expect(normalizeArticleText("one\u0085two\u000cthree")).toBe("one\ntwo\nthree");
  });

  it("on the text route, before spans are computed", () => {
    const b = extractBriefing({ text: `${ESC}]0;pwned${BEL}${story}`, published: "2025-04-07" });
    const stored = b.sources[0]?.text ?? "";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(stored).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    for (const e of b.entities) for (const m of e.mentions) expect(stored.slice(m.start, m.end)).toBe(m.text);
  });

  it("on the HTML route, after entities are decoded, and in the page title", () => {
    const html = `<!doctype html><html><head><title>&#x1b;]0;TITLE&#x7;Port news &#x202e;gnp.exe</title></head><body><article><p>&#x1b;]52;c;ZWNobw==&#x7;${story}</p></article></body></html>`;
    const b = extractBriefing({ html });
    expect(b.sources[0]?.text).not.toContain(ESC);
    expect(b.sources[0]?.text).not.toContain(BEL);
    expect(b.title).toBe("]0;TITLEPort news gnp.exe");
  });

  it("on the file route", () => {
    const input = readArticleFile(new TextEncoder().encode(`${story}${ESC}[2J`), "story.txt");
    const b = extractBriefing({ ...input, published: "2025-04-07" });
    expect(b.sources[0]?.text).not.toContain(ESC);
  });

  it("removes bidi overrides and zero-width characters from titles given by the caller", () => {
    expect(cleanLabel("Port\u200b news \u202eexe.pdf\u202c")).toBe("Port news exe.pdf");
    const b = extractBriefing({ text: story, title: `Port\u2066 news${ESC}[31m`, published: "2025-04-07" });
    expect(b.title).toBe("Port news[31m");
  });
});
