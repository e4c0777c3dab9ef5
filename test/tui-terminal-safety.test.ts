// The reader in a real terminal (tmux) over a store holding a briefing whose title, names, source
// metadata and text carry escape sequences: the terminal's title stays, no clipboard buffer is
// written, the screen is not cleared, and what shows is the text without the sequences.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@briefing/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileBriefing } from "../apps/tui/src/test-utils/hostile-briefing.js";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));
const SOCKET = `briefing-escapes-${process.pid}`;
const SESSION = "hostile";
const dir = mkdtempSync(join(tmpdir(), "briefing-tui-escapes-"));
// A person at a terminal has no CI variable; with CI set, Ink only prints the last frame on exit.
const { CI: _ci, ...personEnv } = process.env;
const env = { ...personEnv, BRIEFING_DB: join(dir, "briefing.db"), BRIEFING_DATABASE_URL: "", NO_COLOR: "" };

function tmux(...args: string[]): string {
  const r = spawnSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8", env });
  if (r.status !== 0) throw new Error(`tmux ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

const screen = () => tmux("capture-pane", "-p", "-t", SESSION);
const paneTitle = () => tmux("display-message", "-p", "-t", SESSION, "#{pane_title}").trim();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: (s: string) => boolean, what: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < until) {
    last = screen();
    if (check(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; the screen shows:\n${last}`);
}

async function press(...keys: string[]) {
  for (const key of keys) {
    tmux("send-keys", "-t", SESSION, key);
    await sleep(150);
  }
}

/** What the terminal was told to do besides drawing: a new title, a clipboard write. */
function expectTerminalUntouched() {
  expect(paneTitle()).not.toContain("PWNED");
  // With set-clipboard on, an OSC 52 from the program would create a tmux paste buffer.
  expect(tmux("list-buffers")).toBe("");
}

beforeAll(async () => {
  // The store as an older version left it: the hostile briefing went in before extraction cleaned text.
  const store = await openStore({ path: env.BRIEFING_DB });
  try {
    await store.putBriefing(hostileBriefing());
  } finally {
    await store.close();
  }
  tmux("-f", "/dev/null", "start-server", ";", "set-option", "-g", "set-clipboard", "on");
});

afterAll(() => {
  spawnSync("tmux", ["-L", SOCKET, "kill-server"], { env });
  rmSync(dir, { recursive: true, force: true });
});

describe("the reader over stored text with escape sequences", () => {
  it("shows the list, the briefing and the evidence without obeying or showing them", async () => {
    tmux("new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30", `node ${BIN}; echo "EXIT:$?"; sleep 60`);
    tmux("set-option", "-t", SESSION, "set-clipboard", "on");
    const title = paneTitle();
    const list = await waitFor((s) => s.includes("2 briefings"), "the list");
    expect(list).toContain("Harbour talks resume evil.exe");
    expectTerminalUntouched();
    expect(paneTitle()).toBe(title);
    await sleep(300);

    await press("/");
    await waitFor((s) => /^\/\s*$/m.test(s), "the search prompt");
    tmux("send-keys", "-t", SESSION, "-l", "evil");
    await waitFor((s) => s.includes("1 match for “evil”"), "the filtered list");
    await press("Enter");
    const briefing = await waitFor((s) => s.includes("[Key points"), "the briefing");
    expect(briefing).toContain("Harbour talks resume evil.exe");
    for (const key of ["2", "3", "4", "5", "6", "7"]) {
      await press(key);
      // The screen is never cleared away from under the reader: its key line stays.
      expect(await waitFor((s) => s.includes("?"), `section ${key}`)).not.toContain("PWNED");
    }
    await press("5", "Enter");
    const evidence = await waitFor((s) => s.includes("Evidence 1 of"), "the evidence");
    expect(evidence).toContain("Source: Port report today — Coast Courier · 7 April 2025");
    expect(evidence).toMatch(/experienced a 42% increase/);
    expect(evidence).not.toContain("PWNED");
    expectTerminalUntouched();

    await press("q");
    await waitFor((s) => s.includes("[Key figures") && !s.includes("Evidence 1 of"), "the briefing again");
    await press("q");
    await waitFor((s) => s.includes("2 briefings") && !s.includes("[Key"), "the list again");
    await press("q");
    const after = await waitFor((s) => s.includes("EXIT:"), "the shell");
    expect(after).toContain("EXIT:0");
    expectTerminalUntouched();
  });
});
