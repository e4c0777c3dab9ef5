import { composeBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { actorsOf, centralActors, filterByActor } from "@/lib/actor-filter";
import { CENTRAL_ACTOR_CHIPS } from "@/lib/page-limits";
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

  it("opens with the lead, before the actor chips: who, the sentence, where and when, its source, its figures", () => {
    const lead = doc.lead;
    expect(lead).not.toBeNull();
    if (!lead) return;
    const leadAt = html.indexOf('class="lead"');
    expect(leadAt).toBeGreaterThan(html.indexOf("</header>"));
    expect(leadAt).toBeLessThan(html.indexOf('class="actors"'));
    const block = html.slice(leadAt, html.indexOf("</section>", leadAt));
    for (const field of [lead.event.emphasis, lead.event.text, lead.event.meta]) if (field) expect(textOf(block)).toContain(field);
    expect(block).toContain(`?item=${lead.event.id}#${lead.event.id}-0`);
    expect(lead.figures.length).toBeGreaterThan(0);
    for (const f of lead.figures) {
      expect(textOf(block)).toContain(`${f.emphasis}`);
      if (f.meta) expect(textOf(block)).toContain(f.meta);
      expect(block).toContain(`?item=${f.id}#${f.id}-0`);
    }
    // The figures' anchors stay with the Key figures section.
    expect([...block.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(["lead-title"]);
  });

  it("shows the most central actors first and folds the rest behind a toggle that needs no script", () => {
    const ordered = centralActors(actors, doc.lead);
    const leadIds = doc.lead?.event.entityIds ?? [];
    expect(ordered.slice(0, leadIds.length).map((a) => a.id)).toEqual(leadIds.filter((id) => actors.some((a) => a.id === id)));
    const nav = html.slice(html.indexOf('class="actors"'), html.indexOf("</nav>", html.indexOf('class="actors"')));
    const beforeFold = nav.slice(0, nav.indexOf("<details"));
    expect([...beforeFold.matchAll(/class="chip /g)].length).toBe(Math.min(CENTRAL_ACTOR_CHIPS, actors.length));
    if (actors.length > CENTRAL_ACTOR_CHIPS) {
      expect(nav).toMatch(/<details class="chips-fold"><summary>\d+ more actors?<\/summary>/);
      // Every chip is still there, once.
      expect([...nav.matchAll(/class="chip /g)].length).toBe(actors.filter((a) => a.type !== "place" || a.lines > 0).length);
    }
  });

  it("leaves the lead out of a page that shows one section alone", async () => {
    const { capBriefing } = await import("@/lib/page-limits");
    expect(capBriefing(doc, { section: "key-points", page: 1 }).doc.lead).toBeNull();
    expect(capBriefing(doc).doc.lead?.event.text).toBe(doc.lead?.event.text);
  });
});
