import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";

const paragraphs = [
  "The Harbour Authority of Westmere said on Tuesday that container traffic rose 12% in March, the busiest month since the port opened.",
  "Port director Alma Ruiz told reporters that the new cranes, bought for $40 million, had doubled the number of ships handled each day.",
  "“We expect the growth to continue through the summer,” Ruiz said, adding that 300 new jobs would be created by the end of the year.",
];
const page = `<!doctype html><html lang="en"><head>
<title>Port traffic jumps | Westmere Daily</title>
<meta property="og:title" content="Port traffic jumps 12% in March">
<meta property="og:site_name" content="Westmere Daily">
<meta property="article:published_time" content="2025-04-08T09:30:00Z">
<link rel="canonical" href="https://news.example.org/port-traffic">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-08","author":{"name":"Jo Lee"},"publisher":{"name":"Westmere Daily"}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Port traffic jumps 12% in March</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer>© Westmere Daily. All rights reserved.</footer></body></html>`;

describe("HTML input", () => {
  const b = extractBriefing({ html: page });
  const source = b.sources[0];

  it("stores the article text paragraph by paragraph, without navigation or footer", () => {
    for (const p of paragraphs) expect(source?.text).toContain(p);
    expect(source?.text).not.toContain("All rights reserved");
    expect(source?.text).not.toContain("Sport");
  });

  it("takes title, publisher, date and canonical URL from the page", () => {
    expect(b.title).toBe("Port traffic jumps 12% in March");
    expect(source).toMatchObject({ publisher: "Westmere Daily", url: "https://news.example.org/port-traffic" });
    expect(source?.published?.startsWith("2025-04-08")).toBe(true);
  });

  it("lets caller metadata override the page", () => {
    const mine = extractBriefing({ html: page, title: "My title", published: "2025-04-09" });
    expect(mine.title).toBe("My title");
    expect(mine.sources[0]?.published).toBe("2025-04-09");
  });

  it("grounds every evidence span in the stored text, never the HTML", () => {
    const text = source?.text ?? "";
    for (const e of b.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(b.entities.map((e) => e.name)).toContain("Alma Ruiz");
  });
});

describe("HTML blocks and depth", () => {
  const sentences = [
    "The Harbour Authority of Westmere said on Tuesday that traffic rose in March.",
    "Port director Alma Ruiz said the cranes were ready.",
    "The mayor, Ana Silva, welcomed the news.",
  ];

  it("keeps a boundary at every block element, so sentences of two blocks never glue", () => {
    const html = `<!doctype html><html><body><main><article>
      <section><div>${sentences[0]}</div><div>${sentences[1]}</div></section>
      <figure><img src="a.jpg"><figcaption>A crane on the quay.</figcaption></figure>
      <blockquote>${sentences[2]}</blockquote><ul><li>First point</li><li>Second point</li></ul>
      <h2>What comes next</h2>Line one<br>Line two
    </article></main></body></html>`;
    const text = extractBriefing({ html }).sources[0]?.text ?? "";
    for (const s of sentences) expect(text).toContain(s);
    expect(text).not.toMatch(/[a-z]\.[A-Z]/);
    expect(text).toContain("Line one\nLine two");
    expect(text).toMatch(/First point\n+Second point/);
  });

  it("keeps the article and its paragraphs nested 1,000 levels deep", () => {
    const body = sentences
      .map((s) => `<p>${s}</p>`)
      .join("")
      .repeat(3);
    const html = `<html><body>${"<div>".repeat(1000)}${body}${"</div>".repeat(1000)}</body></html>`;
    const b = extractBriefing({ html });
    const text = b.sources[0]?.text ?? "";
    for (const s of sentences) expect(text).toContain(`${s}\n`);
    expect(b.entities.map((e) => e.name)).toContain("Alma Ruiz");
  }, 120_000);

  it("reads 10,000 nested divs without overflowing the stack", () => {
    const html = `<html><body>${"<div>".repeat(10_000)}<p>${sentences.join(" ").repeat(3)}</p>${"</div>".repeat(10_000)}</body></html>`;
    expect(extractBriefing({ html }).sources[0]?.text).toContain(sentences[1]);
    // Unclosed tags nest just as deep.
    expect(extractBriefing({ html: `<html><body>${"<div><span>".repeat(10_000)}${sentences.join(" ")}` }).sources[0]?.text).toContain(
      sentences[2],
    );
  }, 120_000);
});
