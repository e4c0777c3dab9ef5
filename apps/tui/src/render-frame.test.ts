import { composeBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { renderBriefingFrames } from "./render-frame.js";
import { screenItems, screenRows } from "./ui/layout/screen-rows.js";

const squash = (text: string) => text.replace(/\s+/g, " ");

describe("renderBriefingFrames", () => {
  const doc = composeBriefing(referenceBriefing);

  it("shows every composed item's words: emphasis, text and meta", () => {
    const seen = squash(renderBriefingFrames(doc));
    for (const section of doc.sections) {
      for (const item of section.items) {
        for (const words of [item.emphasis, item.text, item.meta]) if (words) expect(seen).toContain(squash(words));
      }
    }
  });

  it("draws one frame per section, each with the title and the section bar", () => {
    const frames = renderBriefingFrames(doc, { columns: 100 });
    expect(frames.split(doc.title.slice(0, 40)).length - 1).toBe(doc.sections.length);
    expect(frames).toContain("[Key figures 5]");
    expect(frames).not.toContain("\u001b[");
  });

  it("opens with the lead: the main event's line, then a bullet per key figure, before the first section", () => {
    const lead = doc.lead;
    expect(lead).not.toBeNull();
    if (!lead) return;
    const frames = renderBriefingFrames(doc, { columns: 120 });
    const lines = frames.split("\n");
    const first = lines.findIndex((l) => l.includes(squash(lead.event.text).slice(0, 30)));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(lines.findIndex((l) => l.includes(squash(doc.sections[0]?.items[0]?.text ?? "").slice(0, 30))));
    expect(squash(frames)).toContain(squash(`${lead.event.emphasis} — ${lead.event.text}`));
    for (const f of lead.figures) expect(lines.some((l) => l.startsWith(`    • ${f.emphasis} — ${f.text}`))).toBe(true);
  });

  it("makes the lead's lines selectable items of the first section, each row pointing at its item", () => {
    const lead = doc.lead;
    if (!lead) throw new Error("the sample has a lead");
    const items = screenItems(doc, 0);
    expect(items.slice(0, 1 + lead.figures.length).map((i) => i.id)).toEqual([lead.event.id, ...lead.figures.map((f) => f.id)]);
    expect(items.length).toBe(1 + lead.figures.length + (doc.sections[0]?.items.length ?? 0));
    const rows = screenRows(doc, 0, 100);
    const indexes = [...new Set(rows.flatMap((r) => (r.item === null ? [] : [r.item])))];
    expect(indexes).toEqual(items.map((_, i) => i));
    expect(screenItems(doc, 1)).toEqual(doc.sections[1]?.items);
  });
});
