// No escape sequence reaches a terminal through the command line: not from a store written before
// extraction stripped control characters, not from an article being extracted, not from an error
// that echoes what was typed. JSON stays exact JSON, with what a terminal would obey escaped.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@briefing/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileBriefing, UNSAFE_FOR_TERMINAL } from "../apps/tui/src/test-utils/hostile-briefing.js";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));
const ESC = "\x1b";
const BEL = "\x07";
const hostile = hostileBriefing();

let dir: string;
let db: string;

function briefing(args: string[], input = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, BRIEFING_DB: db, BRIEFING_DATABASE_URL: "", NO_COLOR: "" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fails with the offending character and where it sits. */
function expectSafe(text: string, where: string) {
  const bad = UNSAFE_FOR_TERMINAL.exec(text);
  expect(
    bad,
    `${where}: U+${bad?.[0].codePointAt(0)?.toString(16)} near ${JSON.stringify(text.slice(Math.max(0, (bad?.index ?? 0) - 30), (bad?.index ?? 0) + 30))}`,
  ).toBeNull();
  expect(text, where).not.toContain("PWNED");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefing-escapes-"));
  db = join(dir, "briefing.db");
  // The store as an older version left it: the hostile text went in before extraction cleaned it.
  const store = await openStore({ path: db });
  try {
    await store.putBriefing(hostile);
  } finally {
    await store.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("stored text with escape sequences", () => {
  it("list and search print titles, publishers and snippets without them", () => {
    const list = briefing(["list"]);
    expect(list.code).toBe(0);
    expectSafe(list.stdout, "list");
    expect(list.stdout).toContain("Harbour talks resume evil.exe");
    const search = briefing(["search", "increase", "terror"]);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain(hostile.id);
    expectSafe(search.stdout, "search");
    expect(search.stdout).toMatch(/experienced a\s+42% increase/);
  });

  it("show and export in text and Markdown print them neutralized", () => {
    for (const args of [
      ["show", hostile.id],
      ["show", hostile.id, "--format", "md"],
      ["export", "--all", "--format", "text"],
    ]) {
      const r = briefing(args);
      expect(r.code, args.join(" ")).toBe(0);
      expectSafe(r.stdout, args.join(" "));
      expect(r.stdout).toContain("Harbour talks resume evil.exe");
    }
  });

  it("JSON stays exact: it parses to the stored values, yet its text holds no raw control character", () => {
    const shown = briefing(["show", hostile.id, "--format", "json"]);
    expectSafe(shown.stdout.replace(/PWNED/g, ""), "show --format json");
    expect(JSON.parse(shown.stdout)).toEqual(hostile);
    const listed = briefing(["list", "--json"]);
    expectSafe(listed.stdout.replace(/PWNED/g, ""), "list --json");
    expect((JSON.parse(listed.stdout) as { id: string; title: string }[]).find((s) => s.id === hostile.id)?.title).toBe(hostile.title);
    const hits = briefing(["search", "harbour", "--json"]);
    expectSafe(hits.stdout.replace(/PWNED/g, ""), "search --json");
    expect(JSON.parse(hits.stdout)[0].briefing.title).toBe(hostile.title);
    const ld = briefing(["export", hostile.id, "--format", "jsonld"]);
    expectSafe(ld.stdout.replace(/PWNED/g, ""), "export --format jsonld");
    expect(JSON.stringify(JSON.parse(ld.stdout))).toContain(JSON.stringify(hostile.title).slice(1, -1));
  });
});

describe("articles and input with escape sequences", () => {
  it("extract of an HTML page whose title and text carry &#x1b; entities prints no escape sequence", () => {
    const page = join(dir, "page.html");
    writeFileSync(
      page,
      `<html><head><title>Ferry &#x1b;]0;PWNED&#x7;news</title></head><body><article><h1>Ferry &#x1b;]0;PWNED&#x7;news &#x202e;gro.live&#x200b;</h1><p>The harbour authority said on Tuesday that ferry traffic doubled in the spring. &#x1b;]52;c;SGVsbG8=&#x7;Ticket sales rose 40%, according to the Coastal Transport Board.</p><p>“We have never been this busy,” said Maria Lopez, the port director, on Tuesday.</p></article></body></html>`,
    );
    for (const format of ["text", "md"]) {
      const r = briefing(["extract", page, "--format", format]);
      expect(r.code, r.stderr).toBe(0);
      // Extraction strips the control characters themselves, leaving the words "]0;PWNED" as text.
      expectSafe(r.stdout.replace(/PWNED/g, ""), `extract --format ${format}`);
      expect(r.stdout).toContain("ferry traffic doubled");
    }
    const json = briefing(["extract", page, "--format", "json"]);
    expect(json.code).toBe(0);
    expectSafe(json.stdout.replace(/PWNED/g, ""), "extract --format json");
    expect(JSON.parse(json.stdout).sources[0].text).toContain("ferry traffic doubled");
  });

  it("extract - of text with a raw ESC and an OSC 52 clipboard write prints neither", () => {
    // Long enough that a few control characters do not make it look like binary data.
    const filler = "Passengers queued at the terminal from early morning, and extra crossings were added. ".repeat(12);
    const text = `Ferry traffic doubles ${ESC}]0;PWNED${BEL}\n\nThe harbour authority said on Tuesday that ferry traffic doubled. ${ESC}]52;c;SGVsbG8=${BEL}Ticket sales rose 40%, according to the Coastal Transport Board. A stray ${ESC} stays visible. ${filler}\n`;
    const r = briefing(["extract", "-", "--title", `Ferries ${ESC}[2J${ESC}]0;PWNED${BEL}`], text);
    expect(r.code, r.stderr).toBe(0);
    expectSafe(r.stdout.replace(/PWNED/g, ""), "extract -");
    expect(r.stdout).toMatch(/^Ferries/);
    const json = briefing(["extract", "-", "--format", "json"], text);
    expect(json.code, json.stderr).toBe(0);
    expectSafe(json.stdout.replace(/PWNED/g, ""), "extract - --format json");
    expect(JSON.parse(json.stdout).sources[0].text).toContain("ferry traffic doubled");
  });

  it("errors that echo what was typed print it neutralized", () => {
    const typed = `x${ESC}]0;PWNED${BEL}\u202e`;
    for (const args of [
      ["show", typed],
      ["rm", typed],
      [typed],
      ["list", `--${typed}`],
      ["extract", join(dir, `missing-${typed}.txt`)],
      ["search", `nothing-matches-${typed}`],
    ]) {
      const r = briefing(args);
      if (args[0] !== "search") expect(r.code, `${JSON.stringify(args)}: ${r.stderr}`).not.toBe(0);
      expect(r.stderr.length, JSON.stringify(args)).toBeGreaterThan(0);
      // Some messages quote the input as JSON ("\u001b]0;PWNED"): visible words, no control.
      expectSafe(r.stderr.replace(/PWNED/g, ""), JSON.stringify(args));
      expectSafe(r.stdout.replace(/PWNED/g, ""), JSON.stringify(args));
    }
  });

  it("ingest names a file with an escape sequence in its name without passing it on", () => {
    const folder = join(dir, "odd-names");
    mkdirSync(folder);
    writeFileSync(
      join(folder, `story-${ESC}]0;PWNED${BEL}.txt`),
      "The harbour authority said on Tuesday that ferry traffic doubled in the spring, officials said.\n",
    );
    writeFileSync(join(folder, `empty-${ESC}[2J.txt`), "");
    const r = briefing(["ingest", folder]);
    expect(r.code).toBe(1);
    expectSafe(r.stdout, "ingest stdout");
    expectSafe(r.stderr, "ingest stderr");
    expect(r.stdout).toMatch(/stored {2}brf_\w+/);
    expect(r.stderr).toMatch(/empty-.*\.txt: .*empty/);
    const json = briefing(["ingest", folder, "--json"]);
    expectSafe(json.stdout.replace(/PWNED/g, ""), "ingest --json");
    expect(
      json.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).input as string),
    ).toContain(join(folder, `story-${ESC}]0;PWNED${BEL}.txt`));
  });
});
