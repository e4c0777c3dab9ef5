// biome-ignore-all lint/suspicious/noControlCharactersInRegex: the test strips the styles Ink draws
// The reader over a briefing from an older store whose title, names, source metadata and text hold
// escape sequences, bidi overrides and zero-width characters: no screen passes them on.
import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { memoryLibrary } from "../../library.js";
import { hostileBriefing, UNSAFE_FOR_TERMINAL } from "../../test-utils/hostile-briefing.js";
import { KEYS, renderReader } from "../../test-utils/render.js";

afterEach(() => cleanup());

/** The frame without the bold/inverse/underline styles Ink itself draws (SGR: ESC [ … m). */
const content = (frame: string) => frame.replace(/\x1b\[[0-9;]*m/g, "");

function expectSafe(frame: string, where: string) {
  const text = content(frame);
  const bad = text.match(UNSAFE_FOR_TERMINAL);
  expect(bad, `${where}: U+${bad?.[0].codePointAt(0)?.toString(16)} in\n${text}`).toBeNull();
  expect(text, where).not.toContain("PWNED");
}

describe("the reader and hostile stored text", () => {
  it("shows the list, a search snippet, every section and the evidence without escape sequences", async () => {
    const ui = renderReader({ library: memoryLibrary([hostileBriefing()]), columns: 100, rows: 30 });
    const list = await ui.waitFor("Harbour talks resume");
    expectSafe(list, "list");
    expect(content(list)).toContain("Harbour talks resume evil.exe");
    expect(content(list)).toContain("Coast Courier");

    await ui.press("/");
    await ui.type("increase in terror");
    const found = await ui.waitFor((f) => content(f).includes("1 match for"));
    expectSafe(found, "search snippet");

    await ui.press(KEYS.enter);
    await ui.waitFor("[Key points");
    for (const key of ["1", "2", "3", "4", "5", "6", "7"]) {
      await ui.press(key);
      expectSafe(ui.frame(), `section ${key}`);
    }
    await ui.press("3");
    expect(content(await ui.waitFor("[Who's who"))).toContain("Ishaq Dar");

    await ui.press("5");
    await ui.waitFor("[Key figures");
    await ui.press(KEYS.enter);
    const evidence = content(await ui.waitFor("Evidence 1 of"));
    expectSafe(evidence, "evidence");
    expect(evidence).toContain("Source: Port report today — Coast Courier · 7 April 2025");
    const lines = evidence.split("\n");
    const at = lines.findIndex((l) => l.includes("experienced a 42% increase"));
    expect(at, evidence).toBeGreaterThan(0);
    // The caret line still sits under the span: offsets were used before the text was cleaned.
    const carets = lines[at + 1] ?? "";
    expect(lines[at]?.slice(carets.indexOf("^"), carets.lastIndexOf("^") + 1)).toBe("42%");
  });
});
