import { type Briefing, createBriefing, createSource, findEvidence } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { memoryLibrary } from "../../library.js";
import { KEYS, renderReader } from "../../test-utils/render.js";

afterEach(() => cleanup());

/** A second briefing, written for this test, so filtering has something to leave out. */
function harbourBriefing(): Briefing {
  const source = createSource({
    text: "The harbour authority said on Tuesday that ferry traffic doubled in the spring.",
    title: "Ferry traffic doubles at the harbour",
    publisher: "Coast Courier",
    published: "2025-05-06",
  });
  return createBriefing({
    title: "Ferry traffic doubles at the harbour",
    extractor: { name: "test", version: "1" },
    sources: [source],
    keyPoints: [{ id: "kpt_000001", text: "Ferry traffic doubled.", evidence: [findEvidence(source, "ferry traffic doubled")] }],
  });
}

describe("the list screen", () => {
  const library = () => memoryLibrary([referenceBriefing, harbourBriefing()]);

  it("filters as you type, by title and publisher", async () => {
    const ui = renderReader({ library: library() });
    await ui.waitFor("2 briefings");
    await ui.press("/");
    await ui.type("ferry");
    const frame = await ui.waitFor("1 match for “ferry”");
    expect(frame).toContain("Ferry traffic doubles at the harbour");
    expect(frame).not.toContain("Ishaq Dar and Marco Rubio");
    await ui.press(KEYS.escape);
    await ui.waitFor((f) => f.includes("Ishaq Dar and Marco Rubio") && f.includes("Ferry traffic"));
  });

  it("finds briefings by their article text, showing the matching snippet", async () => {
    const ui = renderReader({ library: library() });
    await ui.waitFor("2 briefings");
    await ui.press("/");
    await ui.type("critical minerals");
    const frame = await ui.waitFor("critical minerals and expressed");
    expect(frame).toContain("Ishaq Dar and Marco Rubio");
    expect(frame).not.toContain("Ferry traffic");
  });

  it("says so when nothing matches, and Backspace widens the search again", async () => {
    const ui = renderReader({ library: library() });
    await ui.waitFor("2 briefings");
    await ui.press("/");
    await ui.type("ferryx");
    await ui.waitFor("Nothing matches “ferryx”");
    await ui.press(KEYS.backspace);
    await ui.waitFor("1 match for “ferry”");
  });

  it("opens the highlighted result with Enter while typing, and finds words inside a briefing with /", async () => {
    const ui = renderReader({ library: library() });
    await ui.waitFor("2 briefings");
    await ui.press("/");
    await ui.type("rubio");
    await ui.waitFor("1 match");
    await ui.press(KEYS.enter);
    await ui.waitFor("7 April 2025");
    await ui.press("/");
    await ui.type("Taliban");
    await ui.press(KEYS.enter);
    const frame = await ui.waitFor("matches for “Taliban”");
    const selected = frame
      .split("\n")
      .filter((l) => l.startsWith("┃"))
      .join(" ");
    expect(selected).toContain("Taliban");
    const first = /(\d+) of (\d+) matches/.exec(frame);
    await ui.press("n");
    await ui.waitFor(`${Number(first?.[1]) + 1} of ${first?.[2]} matches`);
  });
});
