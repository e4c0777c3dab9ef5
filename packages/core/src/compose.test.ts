import { describe, expect, test } from "vitest";
import { composeBriefing, formatFigure, formatTime, renderMarkdown, renderText, SECTION_IDS, toJsonLd } from "./index.js";
import { referenceBriefing } from "./sample/index.js";

const doc = composeBriefing(referenceBriefing);
const section = (id: (typeof SECTION_IDS)[number]) => doc.sections.find((s) => s.id === id)!;
const entityName = (id: string) => referenceBriefing.entities.find((e) => e.id === id)?.name;

describe("composeBriefing", () => {
  test("has every section in the fixed order", () => {
    expect(doc.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  });

  test("every item carries evidence", () => {
    for (const s of doc.sections) for (const item of s.items) expect(item.evidence.length, `${s.id}/${item.id}`).toBeGreaterThan(0);
  });

  test("who said what holds every quote with its speaker", () => {
    const items = section("who-said-what").items;
    for (const st of referenceBriefing.statements) {
      const item = items.find((i) => i.id === st.id)!;
      expect(item.text).toContain(st.text);
      expect(item.emphasis).toBe(entityName(st.speakerId!));
    }
  });

  test("key figures hold every figure with who vouches for it", () => {
    const items = section("key-figures").items;
    expect(items.map((i) => i.emphasis)).toEqual(["42%", "$7 billion", "29%", "240 million", "10%"]);
    expect(items[0]!.meta).toBe("according to Pakistan Institute for Conflict and Security Studies");
    expect(items[2]!.meta).toBe("stated by the source");
  });

  test("the timeline holds every date, in chronological order", () => {
    const items = section("timeline").items;
    expect(items.map((i) => i.when?.value)).toEqual([
      "2013/2018",
      "2021",
      "2021-08",
      "2022",
      "2024-12",
      "2025-01",
      "2025-04-05",
      "2025-04-07",
      "2025-04-09",
    ]);
    expect(items.length).toBe(referenceBriefing.times.length);
  });

  test("is deterministic", () => {
    expect(JSON.stringify(composeBriefing(referenceBriefing))).toBe(JSON.stringify(doc));
  });
});

describe("renderers", () => {
  const text = renderText(doc);
  const markdown = renderMarkdown(doc);

  test("plain text and Markdown contain every quote, figure and date of the reference", () => {
    for (const out of [text, markdown.replace(/\\/g, "")]) {
      for (const st of referenceBriefing.statements) expect(out).toContain(st.text);
      for (const f of referenceBriefing.figures) expect(out).toContain(formatFigure(f));
      for (const t of referenceBriefing.times) expect(out).toContain(formatTime(t));
    }
  });

  test("Markdown escapes source words that look like markup", () => {
    const b = structuredClone(referenceBriefing);
    b.title = "Tariffs *rise* [again](javascript:alert(1))";
    expect(renderMarkdown(composeBriefing(b))).toContain("# Tariffs \\*rise\\* \\[again\\]\\(javascript:alert\\(1\\)\\)");
  });

  test("formats figures and times as a reader writes them", () => {
    expect(formatFigure({ value: 7e9, unit: "USD", scale: "billion" })).toBe("$7 billion");
    expect(formatFigure({ value: 3.5e6, unit: "PKR", scale: "million" })).toBe("PKR 3.5 million");
    expect(formatFigure({ value: 1250, unit: "count", scale: "one" })).toBe("1,250");
    expect(formatTime({ value: "2013/2018", text: "2013-18" })).toBe("2013–2018");
    expect(formatTime({ value: null, text: "last Friday" })).toBe("last Friday");
  });
});

describe("toJsonLd", () => {
  const ld = toJsonLd(referenceBriefing) as { "@context": string; "@graph": { "@type": string; name?: string; creator?: unknown }[] };

  test("is schema.org with the report, the article, people, quotations and claims", () => {
    expect(ld["@context"]).toBe("https://schema.org");
    const types = ld["@graph"].map((n) => n["@type"]);
    for (const t of ["Report", "NewsArticle", "Person", "Organization", "Place", "Quotation", "Claim", "Event"]) expect(types).toContain(t);
    expect(ld["@graph"].filter((n) => n["@type"] === "Person").map((n) => n.name)).toEqual(["Ishaq Dar", "Marco Rubio", "Donald Trump"]);
    expect(ld["@graph"].filter((n) => n["@type"] === "Quotation").every((n) => n.creator)).toBe(true);
  });
});
