import { composeBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { describe, expect, it } from "vitest";
import { renderBriefingFrames } from "./render-frame.js";

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
});
