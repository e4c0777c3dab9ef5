import { referenceBriefing } from "@briefing/core/sample";
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { KEYS, renderReader } from "../../test-utils/render.js";

afterEach(() => cleanup());

/** The caret line under a text line marks the evidence span: the marked words, read off the screen. */
function markedWords(frame: string): string {
  const lines = frame.split("\n");
  const out: string[] = [];
  lines.forEach((line, i) => {
    const carets = lines[i + 1];
    if (!carets || !/^\s*\^+\s*$/.test(carets)) return;
    const from = carets.indexOf("^");
    out.push(line.slice(from, carets.lastIndexOf("^") + 1));
  });
  return out.join(" ");
}

async function openFigures() {
  const ui = renderReader({ openId: referenceBriefing.id, columns: 100, rows: 30 });
  await ui.waitFor("7 April 2025");
  await ui.press("5");
  await ui.waitFor("[Key figures 5]");
  return ui;
}

describe("the evidence view", () => {
  it("shows the source sentence of a figure with exactly its span marked, and the source's date", async () => {
    const ui = await openFigures();
    await ui.press(KEYS.enter);
    const frame = await ui.waitFor("Evidence");
    expect(frame).toContain("Pakistan experienced a significant 42% increase in terror attacks");
    expect(markedWords(frame)).toBe("42%");
    expect(frame).toContain("Source: Untitled source — 7 April 2025");
    expect(frame).toContain("about Pakistan Institute for Conflict and Security Studies");
  });

  it("walks the evidence of the same entity with n and p, wrapping around", async () => {
    const ui = await openFigures();
    await ui.press(KEYS.enter);
    const first = await ui.waitFor("Evidence");
    const total = Number(/Evidence \d+ of (\d+)/.exec(first)?.[1]);
    expect(total).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (let i = 0; i < total; i++) {
      seen.add(markedWords(ui.frame()));
      await ui.press("n");
    }
    // Every stop marks something different, and the names the entity goes by are among them.
    expect(seen.size).toBe(total);
    expect([...seen]).toContain("PICSS");
    await ui.press("p");
    await ui.waitFor(`Evidence ${total} of ${total}`);
  });

  it("goes back to the section with Esc, keeping the selection", async () => {
    const ui = await openFigures();
    await ui.press("j", KEYS.enter);
    await ui.waitFor("Evidence");
    expect(markedWords(ui.frame())).toBe("$7 billion");
    await ui.press(KEYS.escape);
    const frame = await ui.waitFor("2/5");
    expect(frame).not.toContain("Evidence");
  });

  it("marks the span without color, so it shows with NO_COLOR", async () => {
    const ui = renderReader({ openId: referenceBriefing.id, columns: 80, rows: 24 });
    await ui.waitFor("7 April 2025");
    await ui.press("4", KEYS.enter);
    const frame = await ui.waitFor("Evidence");
    expect(frame).not.toMatch(new RegExp(`${String.fromCharCode(27)}\\[3\\dm`));
    expect(markedWords(frame)).toContain("They (Rubio and Dar) discussed US reciprocal tariffs");
  });
});
