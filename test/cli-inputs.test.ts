// What the command line reads: a byte cap counted on the bytes read (not on the size a file
// reports), no named pipe or device opened by name, folders with symbolic link loops walked once,
// and pages nested too deeply for the reader refused with a clear message.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));

let dir: string;

/** Runs the command; `stdin` is text, or a file descriptor the child reads as its standard input. */
function briefing(args: string[], stdin: string | number = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    ...(typeof stdin === "number" ? { stdio: [stdin, "pipe", "pipe"] } : { input: stdin }),
    env: { ...process.env, BRIEFING_DB: join(dir, "briefing.db"), BRIEFING_DATABASE_URL: "", NO_COLOR: "" },
    // A hang is a failure: this is far above what any of these runs needs on a busy machine.
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const article = (what: string) =>
  `The ${what} authority said on Tuesday that traffic doubled in the spring. “We have never been this busy,” said Maria Lopez, the director.\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-inputs-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("devices, pipes and the byte cap", () => {
  it("refuses a character device named on the command line instead of reading it forever", () => {
    const r = briefing(["extract", "/dev/zero"]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("briefing: /dev/zero: is a character device, not a file");
    expect(r.stderr).toContain("- < /dev/zero");
  });

  it("stops reading standard input at the cap, however much more there is", () => {
    const zero = openSync("/dev/zero", "r");
    try {
      const r = briefing(["extract", "-"], zero);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("standard input: is larger than 8 MB");
    } finally {
      closeSync(zero);
    }
  });

  it("refuses a named pipe by name, on its own and inside a folder, without waiting for a writer", () => {
    const folder = join(dir, "with-pipe");
    mkdirSync(folder);
    writeFileSync(join(folder, "story.txt"), article("harbour"));
    const fifo = join(folder, "pipe.txt");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const extract = briefing(["extract", fifo]);
    expect(extract.signal).toBeNull();
    expect(extract.code).toBe(1);
    expect(extract.stderr).toContain("pipe.txt: is a named pipe, not a file");
    const ingest = briefing(["ingest", fifo]);
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toContain("is a named pipe");
    // In a folder, a pipe is not an article file: skipped and counted, never opened.
    const walked = briefing(["ingest", folder]);
    expect(walked.signal).toBeNull();
    expect(walked.code).toBe(0);
    expect(walked.stderr).toContain("1 stored, 1 other files skipped.");
  });

  it("still refuses a regular file larger than the cap before reading it", () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(9_000_000, 0x61));
    const r = briefing(["extract", big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("big.txt: is 9 MB; one article is at most 8 MB");
  });
});

describe("symbolic link loops in folders", () => {
  it("reports each loop once, follows none, and reads every file once however many links lead to it", () => {
    const root = join(dir, "loops");
    mkdirSync(join(root, "desk", "inner"), { recursive: true });
    writeFileSync(join(root, "a.txt"), article("harbour"));
    writeFileSync(join(root, "desk", "inner", "b.md"), article("railway"));
    // Two loops back to the top, one from a subfolder back to its parent, a second way into a
    // folder, a second name for a file, and two links that point at each other.
    symlinkSync(".", join(root, "self"));
    symlinkSync("..", join(root, "desk", "up"));
    symlinkSync("../..", join(root, "desk", "inner", "top"));
    symlinkSync("desk/inner", join(root, "shortcut"));
    symlinkSync("a.txt", join(root, "also-a.txt"));
    symlinkSync("ping.txt", join(root, "pong.txt"));
    symlinkSync("pong.txt", join(root, "ping.txt"));

    const r = briefing(["ingest", root, "--json"]);
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const results = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { input: string; ok: boolean });
    expect(results.map((x) => x.input).sort()).toEqual([join(root, "a.txt"), join(root, "desk", "inner", "b.md")].sort());
    expect(results.every((x) => x.ok)).toBe(true);
    const loopLines = r.stderr.split("\n").filter((l) => l.startsWith("loop"));
    expect(loopLines.sort()).toEqual(
      [
        `loop  ${join(root, "desk", "inner", "top")}: a symbolic link back to ${root}; not followed`,
        `loop  ${join(root, "desk", "up")}: a symbolic link back to ${root}; not followed`,
        `loop  ${join(root, "ping.txt")}: a loop of symbolic links; not followed`,
        `loop  ${join(root, "pong.txt")}: a loop of symbolic links; not followed`,
        `loop  ${join(root, "self")}: a symbolic link back to ${root}; not followed`,
      ].sort(),
    );
  });
});

describe("deeply nested HTML", () => {
  const SENTENCE = "ferry traffic doubled in the spring";
  const page = (depth: number) =>
    `<!doctype html><html><head><title>Deep page</title></head><body>${"<div><span>".repeat(depth)}<p>The harbour authority said on Tuesday that ${SENTENCE}, officials said. Ticket sales rose 40%, according to the Coastal Transport Board.</p>${"</span></div>".repeat(depth)}</body></html>`;
  /** What a too-deep page may fail with: its depth, or the worker pool's budget it ran past. */
  const CLEAR_REASON = /(deep|nest|budget)/;

  /** A result that kept the article, or a clear refusal with exit 1; never a stack overflow or exit 5. */
  function expectArticleOrClearError(file: string) {
    const r = briefing(["extract", file, "--format", "json"]);
    expect(r.stderr).not.toMatch(/call stack|unexpected error/i);
    if (r.code === 0) expect(JSON.parse(r.stdout).sources[0].text).toContain(SENTENCE);
    else {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/^briefing: .*deep-\d+\.html: /);
      expect(r.stderr).toMatch(CLEAR_REASON);
    }
  }

  it("2,000 levels: the article or a clear refusal, never a stack overflow with exit 5; in a batch it never stops the rest", () => {
    const file = join(dir, "deep-2000.html");
    writeFileSync(file, page(2000));
    expectArticleOrClearError(file);
    const folder = join(dir, "deep-batch");
    mkdirSync(folder);
    writeFileSync(join(folder, "deep.html"), page(2000));
    writeFileSync(join(folder, "fine.txt"), article("harbour"));
    const batch = briefing(["ingest", folder, "--json"]);
    expect(batch.stderr).not.toMatch(/call stack|unexpected error/i);
    const results = batch.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { input: string; ok: boolean; error?: string });
    expect(results.find((x) => x.input.endsWith("fine.txt"))?.ok).toBe(true);
    const deep = results.find((x) => x.input.endsWith("deep.html"));
    if (!deep?.ok) expect(deep?.error).toMatch(CLEAR_REASON);
  });

  it("1,000 levels: the article, or a clear refusal; never a briefing that silently lost the article", () => {
    const file = join(dir, "deep-1000.html");
    writeFileSync(file, page(1000));
    expectArticleOrClearError(file);
  });
});
