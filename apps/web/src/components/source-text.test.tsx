import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Highlight } from "@/lib/highlight";
import { SourceText } from "./source-text";

const hostile = 'He said <script>alert("x")</script> and <a href="javascript:alert(1)">click</a> &amp; <img src=x onerror=alert(2)>.';

describe("SourceText", () => {
  it("shows an article's markup as text: no element, attribute or entity from the source is interpreted", () => {
    const start = hostile.indexOf("<script>");
    const highlights: Highlight[] = [
      { itemId: "stm_abcdef", section: "who-said-what", label: "Who said what: <b>x</b>", n: 0, start, end: start + 30 },
    ];
    const html = renderToStaticMarkup(<SourceText text={hostile} highlights={highlights} briefingId="brf_abcdef" chosen={null} />);
    expect(html).not.toMatch(/<script|<img|<a href="javascript|<b>/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp;amp;");
    // Every character survives, so what the reader sees is exactly the stored text.
    const text = html
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    expect(text).toBe(hostile);
  });

  it("labels each highlight with the line it grounds, links back to it, and anchors it for scrolling", () => {
    const text = "The rise was 42% according to the institute.";
    const highlights: Highlight[] = [
      { itemId: "fig_abcdef", section: "key-figures", label: "Key figures: 42% — rise", n: 0, start: 13, end: 16 },
      { itemId: "kpt_abcdef", section: "key-points", label: "Key points: the rise", n: 0, start: 0, end: 44 },
    ];
    const html = renderToStaticMarkup(<SourceText text={text} highlights={highlights} briefingId="brf_abcdef" chosen="fig_abcdef" />);
    expect(html).toContain('id="fig_abcdef-0"');
    expect(html).toMatch(
      /<a href="\/b\/brf_abcdef#fig_abcdef" class="ev ev-key-figures in-key-figures in-key-points chosen" title="Grounds Key figures: 42% — rise\nKey points: the rise"/,
    );
    expect(html).toContain('data-grounds="Key figures: 42% — rise"');
    expect(html.match(/class="ev [^"]*chosen/g)?.length).toBe(1);
  });
});
