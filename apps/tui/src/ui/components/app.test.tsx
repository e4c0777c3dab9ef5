import { referenceBriefing } from "@briefing/core/sample";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { KEYS, renderReader } from "../../test-utils/render.js";

afterEach(() => cleanup());

const TITLE = referenceBriefing.title.slice(0, 40);

/** The lines of a frame that carry the selection marker. */
const selectedLines = (frame: string) => frame.split("\n").filter((l) => l.startsWith("┃"));

describe("the reader", () => {
  it("lists briefings with their date and key figure, and opens one with Enter", async () => {
    const ui = renderReader();
    const list = await ui.waitFor(TITLE);
    expect(list).toContain("7 April 2025");
    expect(list).toContain("1 briefing");
    await ui.press(KEYS.enter);
    const screen = await ui.waitFor("[Points");
    expect(screen).toContain("Foreign Minister Ishaq Dar on Monday held his inaugural telephonic");
    // The lead (the main event and three key figures) opens the first section, selected first.
    expect(selectedLines(screen)[0]).toContain("Ishaq Dar, Marco Rubio — Ishaq Dar on Monday held");
    expect(screen).toContain("    • $7 billion — value of US military equipment");
    expect(screen).toContain("1/8");
  });

  it("moves between sections with Tab, Shift-Tab and number keys, and between items with j/k and arrows", async () => {
    const ui = renderReader();
    await ui.waitFor(TITLE);
    await ui.press(KEYS.enter);
    await ui.waitFor("[Points");
    await ui.press(KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab);
    let frame = await ui.waitFor("[Figures");
    expect(selectedLines(frame).join(" ")).toContain("42%");
    await ui.press("j");
    frame = await ui.waitFor("2/5");
    expect(selectedLines(frame).join(" ")).toContain("$7 billion");
    await ui.press(KEYS.down, KEYS.down, "k");
    frame = await ui.waitFor("3/5");
    expect(selectedLines(frame).join(" ")).toContain("29%");
    await ui.press("G");
    await ui.waitFor("5/5");
    await ui.press("g");
    await ui.waitFor("1/5");
    await ui.press(KEYS.shiftTab);
    await ui.waitFor("[Quotes");
    await ui.press("6");
    await ui.waitFor("[Timeline");
    await ui.press(KEYS.tab, KEYS.tab);
    // Sections wrap around.
    await ui.waitFor("[Points");
  });

  it("goes back to the list with q and keeps the list's place", async () => {
    const ui = renderReader();
    await ui.waitFor(TITLE);
    await ui.press(KEYS.enter);
    await ui.waitFor("[Points");
    await ui.press("q");
    const frame = await ui.waitFor((f) => f.includes("1 briefing") && !f.includes("[Points"));
    expect(frame).toContain(TITLE);
  });

  it("keeps the selection visible when scrolling a section longer than the screen", async () => {
    const ui = renderReader({ rows: 14 });
    await ui.waitFor(TITLE);
    await ui.press(KEYS.enter);
    await ui.waitFor("[Points");
    await ui.press("2");
    await ui.waitFor("[Events");
    await ui.press("G");
    const frame = await ui.waitFor("12/12");
    expect(selectedLines(frame).join(" ")).toContain("A 10% baseline US tariff took effect");
    expect(frame).not.toContain("Ishaq Dar held his first phone call");
    expect(frame.split("\n").length).toBeLessThanOrEqual(13);
  });

  it("handles keys that arrive together in one burst, in order", async () => {
    const ui = renderReader({ openId: referenceBriefing.id, columns: 100 });
    await ui.waitFor("7 April 2025");
    await ui.type("?x5G");
    const frame = await ui.waitFor("5/5");
    expect(frame).toContain("[Key figures 5]");
    expect(frame).not.toContain("Press any key");
  });

  it("shows the keys with ?", async () => {
    const ui = renderReader();
    await ui.waitFor(TITLE);
    await ui.press(KEYS.enter);
    await ui.waitFor("[Points");
    await ui.press("?");
    const frame = await ui.waitFor("Keys");
    expect(frame).toContain("next / previous evidence of the same entity");
    await ui.press("x");
    await ui.waitFor("[Points");
  });

  it("fits every line in 80 columns and adapts to a narrower terminal", async () => {
    for (const columns of [80, 50]) {
      const ui = renderReader({ columns, openId: referenceBriefing.id });
      await ui.waitFor("7 April 2025");
      for (const section of ["1", "2", "3", "4", "5", "6", "7"]) {
        await ui.press(section);
        for (const line of ui.frame().split("\n")) expect([...line].length).toBeLessThanOrEqual(columns);
      }
      ui.unmount();
    }
  });
});
