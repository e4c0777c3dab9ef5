// One briefing, two screens: every line of core's composed document must appear both in the web
// page and in the terminal UI's briefing screen, for the sample and for an article ingested through
// the command line.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Briefing, type ComposedBriefing, composeBriefing } from "@briefing/core";
import { renderBriefingFrames } from "@briefing/tui/render-frame";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLI, startWebServer, type WebServer } from "./support/web-server.js";

// Written for this test; every name in it is made up.
const ARTICLE = `Riverton approves new water treaty with upstream neighbour

Riverton's parliament on Thursday approved a water-sharing treaty with Lakeland, Prime Minister Ana Ruiz said.
"This treaty ends ten years of quarrels over the river," Ruiz told reporters in Port Ellis.
The deal guarantees Riverton 40% of the river's summer flow, according to the Riverton Water Authority.
Lakeland will receive $250 million over five years for new dams, the authority said.
Talks began in March 2019 and stalled in 2021.`;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** True when the words of `needle` occur in `haystack` in order (table cells wrap, so runs may interleave). */
function wordsInOrder(haystack: string[], needle: string, from = 0): boolean {
  let at = from;
  for (const word of words(needle)) {
    while (at < haystack.length && !(haystack[at] as string).includes(word)) at++;
    if (at === haystack.length) return false;
    at++;
  }
  return true;
}

/** The lead block's words: the main event (who, sentence, where and when), then its key figures. */
function leadFieldsOf(doc: ComposedBriefing): string[] {
  if (!doc.lead) return [];
  return [doc.lead.event, ...doc.lead.figures].flatMap((item) =>
    [item.emphasis, item.text, item.meta].filter((f): f is string => Boolean(f)),
  );
}

function fieldsOf(doc: ComposedBriefing) {
  return doc.sections.flatMap((s) =>
    s.items.flatMap((item) =>
      [item.emphasis, item.text, item.meta].filter((f): f is string => Boolean(f)).map((field) => ({ section: s.id, field })),
    ),
  );
}

describe("web and terminal show the same briefing", () => {
  let dir: string;
  let db: string;
  let web: WebServer;
  let ingestedId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "briefing-parity-"));
    db = join(dir, "briefing.db");
    const file = join(dir, "riverton.txt");
    writeFileSync(file, ARTICLE);
    const out = execFileSync(
      "node",
      [CLI, "ingest", file, "--published", "2026-03-12", "--publisher", "Parity Post", "--json", "--db", db],
      { encoding: "utf8" },
    );
    ingestedId = (out.match(/brf_[a-z0-9]+/) ?? [""])[0];
    web = await startWebServer(db);
  });

  afterAll(() => {
    web?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function check(id: string) {
    const briefing = (await (await fetch(`${web.base}/api/briefings/${id}?format=json`)).json()) as Briefing;
    const doc = composeBriefing(briefing);
    const html = await (await fetch(`${web.base}/b/${id}`)).text();
    const { document } = parseHTML(html);
    const main = document.querySelector("main");
    for (const el of main?.querySelectorAll("script, style") ?? []) el.remove();
    const webText = words(main?.textContent ?? "").join(" ");
    const terminal = words(renderBriefingFrames(doc, { sources: briefing.sources }));

    const fields = fieldsOf(doc);
    expect(fields.length).toBeGreaterThan(10);
    const missingOnWeb = fields.filter(({ field }) => !webText.includes(words(field).join(" ")));
    const missingInTerminal = fields.filter(({ field }) => !wordsInOrder(terminal, field));
    expect(missingOnWeb).toEqual([]);
    expect(missingInTerminal).toEqual([]);

    // The lead comes first on both screens, with the same words in the same order: the web's lead
    // block, and the terminal's first rows before the first section's items.
    const lead = leadFieldsOf(doc);
    expect(lead.length).toBeGreaterThan(1);
    const leadOnWeb = words(main?.querySelector(".lead")?.textContent ?? "");
    expect(lead.filter((field) => !wordsInOrder(leadOnWeb, field))).toEqual([]);
    expect(wordsInOrder(leadOnWeb, lead.join(" "))).toBe(true);
    const firstItem = doc.sections[0]?.items[0]?.text ?? "";
    expect(wordsInOrder(terminal, `${lead.join(" ")} ${firstItem}`)).toBe(true);
  }

  test("the sample briefing", async () => {
    const list = (await (await fetch(`${web.base}/api/briefings`)).json()) as { briefings: { id: string; title: string }[] };
    const sample = list.briefings.find((b) => /Dar|Rubio/.test(b.title));
    expect(sample).toBeDefined();
    await check(sample?.id as string);
  });

  test("an article ingested through the command line", async () => {
    expect(ingestedId).toMatch(/^brf_/);
    await check(ingestedId);
  });
});
