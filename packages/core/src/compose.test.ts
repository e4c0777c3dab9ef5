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

  test("the timeline holds the dated events, and a date alone only when nothing happened then, in chronological order", () => {
    const items = section("timeline").items;
    const values = items.map((i) => i.when?.value ?? "");
    expect([...values].sort()).toEqual(values);
    const datedEvents = referenceBriefing.events.filter((e) => referenceBriefing.times.find((t) => t.id === e.timeId)?.value);
    for (const e of datedEvents) expect(items.find((i) => i.id === e.id)?.text).toBe(e.summary);
    const eventValues = new Set(items.filter((i) => datedEvents.some((e) => e.id === i.id)).map((i) => i.when?.value));
    for (const t of referenceBriefing.times) {
      const row = items.find((i) => i.id === t.id);
      expect(Boolean(row), t.text).toBe(!eventValues.has(t.value ?? ""));
    }
  });

  test("opens with the lead: the first event's sentence, who, where and when, then up to three measured figures", () => {
    const first = referenceBriefing.events[0]!;
    expect(doc.lead?.event.id).toBe(first.id);
    expect(doc.lead?.event.evidence).toEqual(first.evidence);
    expect(doc.lead?.event.text).toBe(first.evidence[0]!.text.replace(/\s+/g, " ").trim());
    expect(doc.lead?.event.emphasis).toContain("Ishaq Dar");
    expect(doc.lead?.event.meta).toContain("7 April 2025");
    expect(doc.lead?.figures.map((f) => f.emphasis)).toEqual(["42%", "$7 billion", "29%"]);
    expect(doc.lead?.figures[0]?.meta).toBe("according to Pakistan Institute for Conflict and Security Studies");
    const none = composeBriefing({ ...referenceBriefing, events: [] });
    expect(none.lead).toBeNull();
  });

  test("leaves figures whose measure is unknown out of the key figures and the lead", () => {
    const b = structuredClone(referenceBriefing);
    b.figures[0]!.measure = null;
    const composed = composeBriefing(b);
    expect(composed.sections.find((s) => s.id === "key-figures")!.items.map((i) => i.id)).not.toContain(b.figures[0]!.id);
    expect(composed.lead?.figures.map((f) => f.emphasis)).toEqual(["$7 billion", "29%", "240 million"]);
  });

  test("marks an event date borrowed from the story", () => {
    const b = structuredClone(referenceBriefing);
    const e = b.events.find((x) => x.timeId)!;
    e.timeFrom = "story";
    expect(
      composeBriefing(b)
        .sections.find((s) => s.id === "what-happened")!
        .items.find((i) => i.id === e.id)?.meta,
    ).toContain("date of the story");
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
      expect(out).toContain(doc.lead!.event.text.slice(0, 40));
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
