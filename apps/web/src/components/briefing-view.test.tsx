import { composeBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { actorsOf, filterByActor } from "@/lib/actor-filter";
import { BriefingView } from "./briefing-view";

const doc = composeBriefing(referenceBriefing);
const actors = actorsOf(doc);
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

describe("BriefingView", () => {
  const html = renderToStaticMarkup(<BriefingView doc={doc} actors={actors} actor={null} />);
  const text = textOf(html);

  it("shows every composed item's words", () => {
    for (const section of doc.sections) {
      for (const item of section.items) {
        expect(text).toContain(item.text);
        if (item.emphasis) expect(text).toContain(item.emphasis);
        if (item.meta) expect(text).toContain(item.meta);
      }
    }
  });

  it("links every line to its highlighted evidence in the source view", () => {
    for (const section of doc.sections.filter((s) => s.id !== "sources")) {
      for (const item of section.items) {
        const e = item.evidence[0];
        expect(html).toContain(`href="/b/${doc.id}/source/${e?.sourceId}?item=${item.id}#${item.id}-0"`);
      }
    }
  });

  it("groups quotes under one heading per speaker", () => {
    const speakers = new Set(doc.sections.find((s) => s.id === "who-said-what")?.items.map((i) => i.group));
    const headings = [...html.matchAll(/<div class="speaker"><h3>([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(headings.length).toBe(speakers.size);
  });

  it("draws the timeline as an SVG with a text alternative", () => {
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain("<title");
  });

  it("filters the page to one actor through a plain link", () => {
    const actor = actors.find((a) => a.lines > 0 && a.type === "person");
    expect(actor).toBeDefined();
    if (!actor) return;
    expect(html).toContain(`href="/b/${doc.id}?actor=${actor.id}"`);
    const filtered = filterByActor(doc, actor.id);
    const filteredHtml = renderToStaticMarkup(<BriefingView doc={filtered} actors={actors} actor={actor} />);
    expect(filteredHtml).toContain("Showing only the lines about");
    expect(filteredHtml).toContain('aria-current="true"');
    const unrelated = doc.sections
      .flatMap((s) => (s.id === "sources" ? [] : s.items))
      .find((i) => !i.entityIds.includes(actor.id) && i.text.length > 20);
    if (unrelated) expect(filteredHtml).not.toContain(`id="${unrelated.id}"`);
  });
});
