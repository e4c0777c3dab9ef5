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
