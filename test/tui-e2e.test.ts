// The interactive reader in a real terminal: the built command runs in tmux, keys are sent as a
// person types them, and the test reads the screen a person would see.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { composeBriefing, parseBriefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));
const SOCKET = `briefing-e2e-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), "briefing-tui-"));
// A person at a terminal has no CI variable; with CI set, Ink only prints the last frame on exit.
const { CI: _ci, ...personEnv } = process.env;
const env = { ...personEnv, BRIEFING_DB: join(dir, "briefing.db"), BRIEFING_DATABASE_URL: "", NO_COLOR: "" };

function tmux(...args: string[]): string {
  const r = spawnSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8", env });
  if (r.status !== 0) throw new Error(`tmux ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

const screen = (session: string) => tmux("capture-pane", "-p", "-t", session);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(session: string, check: (s: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < until) {
    last = screen(session);
    if (check(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; the screen shows:\n${last}`);
}

async function press(session: string, ...keys: string[]) {
  for (const key of keys) {
    tmux("send-keys", "-t", session, key);
    await sleep(150);
  }
}

/** Starts the reader in a 100x30 pane; the shell reports the exit code and whether the terminal is sane again. */
function start(session: string, args = ""): void {
  tmux(
    "new-session",
    "-d",
    "-s",
    session,
    "-x",
    "100",
    "-y",
    "30",
    // The trap keeps this shell alive when Ctrl-C arrives as a signal, so the test can read what follows.
    `trap 'echo INT' INT; node ${BIN} ${args}; echo "EXIT:$?"; stty -a | grep -o -- '-\\?icanon' | sed 's/^/MODE:/'; sleep 60`,
  );
}

beforeAll(() => {
  // Create and seed the store first, so the reader's first frame is not racing the migration.
  const r = spawnSync(process.execPath, [BIN, "list"], { env, encoding: "utf8" });
  expect(r.status).toBe(0);
});

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"], { env });
  rmSync(dir, { recursive: true, force: true });
});

describe("briefing in a terminal", () => {
  it("shows the sample's quotes with speakers, figures with sources and the evidence of a figure, and quits cleanly", async () => {
    start("read");
    await waitFor("read", (s) => s.includes(referenceBriefing.title.slice(0, 50)) && s.includes("1 briefing"), "the list");
    // A person reads the first frame before pressing a key; the reader takes raw mode just after it.
    await sleep(300);

    await press("read", "Enter");
    await waitFor("read", (s) => s.includes("[Key points 4]"), "the briefing screen");

    await press("read", "4");
    const quotes = await waitFor("read", (s) => s.includes("[Who said what 5]"), "the quotes");
    const speakersAndWords: [string, string][] = [
      ["US State Department", "They (Rubio and Dar) discussed US reciprocal tariffs on Pakistan"],
      ["Foreign Office", "Dar reiterated Pakistan’s commitment to strengthening its partnership"],
      ["Marco Rubio", "cooperation in economy and trade would define the future relations"],
    ];
    for (const [speaker, words] of speakersAndWords) {
      expect(quotes).toMatch(new RegExp(`^\\s*${speaker}\\s*$`, "m"));
      expect(quotes).toContain(words);
      // The speaker's heading comes before the words.
      expect(quotes.indexOf(speaker)).toBeLessThan(quotes.indexOf(words));
    }

    await press("read", "Tab");
    const figures = await waitFor("read", (s) => s.includes("[Key figures 5]"), "the figures");
    for (const [figure, source] of [
      ["42%", "according to Pakistan Institute for Conflict and Security Studies"],
      ["$7 billion", "according to US Department of Defense"],
      ["29%", "stated by the source"],
    ]) {
      const line = figures.split("\n").find((l) => l.includes(` ${figure} `));
      expect(line, figure).toBeDefined();
      // The attribution follows the figure: on its line when the table is wide, else under it.
      const block = figures
        .slice(figures.indexOf(line as string))
        .replace(/┃/g, " ")
        .replace(/\s+/g, " ");
      expect(block.slice(0, 200)).toContain(source);
    }

    await press("read", "Enter");
    const evidence = await waitFor("read", (s) => s.includes("Evidence 1 of"), "the evidence view");
    expect(evidence).toContain("Source: Untitled source — 7 April 2025");
    const lines = evidence.split("\n");
    const at = lines.findIndex((l) => l.includes("significant 42% increase"));
    expect(at).toBeGreaterThan(0);
    const carets = lines[at + 1] ?? "";
    expect(lines[at]?.slice(carets.indexOf("^"), carets.lastIndexOf("^") + 1)).toBe("42%");

    await press("read", "n");
    await waitFor("read", (s) => s.includes("Evidence 2 of"), "the next evidence of PICSS");

    await press("read", "Escape", "q");
    await waitFor("read", (s) => s.includes("1 briefing") && !s.includes("[Key"), "the list again");
    await press("read", "q");
    const after = await waitFor("read", (s) => s.includes("EXIT:") && s.includes("MODE:"), "the shell");
    expect(after).toContain("EXIT:0");
    expect(after).toContain("MODE:icanon");
    // The alternate screen is gone: nothing of the reader is left on the shell's screen.
    expect(after).not.toContain("↑↓ move");
  });

  it("redraws to fit a resized terminal and gives the terminal back after Ctrl-C", async () => {
    start("interrupt", `show ${referenceBriefing.id}`);
    await waitFor("interrupt", (s) => s.includes("[Key points 4]"), "the briefing screen");
    await sleep(500);
    // A narrower, shorter terminal: the screen redraws to fit it.
    tmux("resize-window", "-t", "interrupt", "-x", "64", "-y", "18");
    const small = await waitFor("interrupt", (s) => s.includes("[Points 4]"), "the redraw at 64x18");
    for (const line of small.split("\n")) expect([...line].length).toBeLessThanOrEqual(64);
    expect(small).toContain("Foreign Minister Ishaq Dar");
    await press("interrupt", "C-c");
    const after = await waitFor("interrupt", (s) => s.includes("EXIT:") && s.includes("MODE:"), "the shell");
    expect(after).toContain("MODE:icanon");
    expect(after).not.toContain("↑↓ move");
  });

  it("reads an article ingested through the command line, found by searching", async () => {
    const article = join(dir, "harbour.txt");
    writeFileSync(
      article,
      "Port traffic doubles in spring\n\nThe harbour authority said on Tuesday that ferry traffic doubled in the spring. “We have never been this busy,” said Maria Lopez, the port director. Ticket sales rose 40%, according to the Coastal Transport Board.\n",
    );
    const ingest = spawnSync(
      process.execPath,
      [BIN, "ingest", article, "--published", "2025-05-06", "--publisher", "Coast Courier", "--json"],
      { env, encoding: "utf8" },
    );
    expect(ingest.status).toBe(0);
    const { id } = JSON.parse(ingest.stdout) as { id: string };
    // What the reader must show is what core composes from the stored briefing.
    const stored = spawnSync(process.execPath, [BIN, "export", id], { env, encoding: "utf8" });
    const doc = composeBriefing(parseBriefing(JSON.parse(stored.stdout)));

    start("ingested");
    await waitFor("ingested", (s) => s.includes("2 briefings"), "the list");
    await press("ingested", "/");
    await waitFor("ingested", (s) => /^\/\s*$/m.test(s), "the search prompt");
    tmux("send-keys", "-t", "ingested", "-l", "ferry");
    await waitFor("ingested", (s) => s.includes("1 match for “ferry”"), "the filtered list");
    await press("ingested", "Enter");
    await waitFor("ingested", (s) => s.includes(doc.title.slice(0, 30)) && s.includes("[Key points"), "the ingested briefing");
    for (const [key, sectionId] of [
      ["4", "who-said-what"],
      ["5", "key-figures"],
    ] as const) {
      await press("ingested", key);
      const section = doc.sections.find((s) => s.id === sectionId);
      const shown = (await waitFor("ingested", (s) => s.includes(`[${section?.title}`), section?.title ?? key))
        .replace(/┃/g, " ")
        .replace(/\s+/g, " ");
      for (const item of section?.items ?? []) {
        for (const words of [item.emphasis, item.text, item.meta]) if (words) expect(shown).toContain(words.replace(/\s+/g, " "));
      }
    }
  });
});
