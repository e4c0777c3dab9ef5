// The `briefing` command line end to end: the built command, a temporary store, real files.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { composeBriefing, parseBriefing, renderText } from "@briefing/core";
import { referenceBriefing, sampleArticleText } from "@briefing/core/sample";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../apps/tui/bin/briefing.js", import.meta.url));
const ESC = String.fromCharCode(27);

let dir: string;
let db: string;

function briefing(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    input: options.input ?? "",
    env: { ...process.env, BRIEFING_DB: db, BRIEFING_DATABASE_URL: "", NO_COLOR: "", ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-cli-"));
  db = join(dir, "store", "briefing.db");
  mkdirSync(join(dir, "articles", "more"), { recursive: true });
  writeFileSync(join(dir, "articles", "sample.txt"), sampleArticleText);
  writeFileSync(
    join(dir, "articles", "more", "harbour.md"),
    "The harbour authority said on Tuesday that ferry traffic doubled in the spring. “We have never been this busy,” said Maria Lopez, the port director.\n",
  );
  writeFileSync(join(dir, "articles", "empty.txt"), "");
  writeFileSync(join(dir, "articles", "image.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0]));
  writeFileSync(join(dir, "articles", "notes.pdf"), "not an article extension, skipped in folders");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("briefing (no command) and --help", () => {
  it("prints help with the commands, examples and exit codes when not on a terminal", () => {
    const r = briefing([]);
    expect(r.code).toBe(0);
    for (const command of ["extract", "ingest", "list", "search", "show", "rm", "export", "rebuild", "eval"])
      expect(r.stdout).toContain(command);
    expect(r.stdout).toContain("Exit codes:");
  });

  it("has --help with examples for every command, and --version", () => {
    for (const command of ["extract", "ingest", "list", "search", "show", "rm", "export", "rebuild", "eval"]) {
      const r = briefing([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/Examples?:/);
    }
    const v = briefing(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exits 2 on usage errors", () => {
    expect(briefing(["frobnicate"]).code).toBe(2);
    expect(briefing(["list", "--limit", "0"]).code).toBe(2);
    expect(briefing(["show", referenceBriefing.id, "--format", "pdf"]).code).toBe(2);
    const bad = briefing(["extract", join(dir, "articles", "sample.txt"), "--published", "7 April"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("YYYY-MM-DD");
    expect(briefing(["export"]).code).toBe(2);
  });
});

describe("a new store", () => {
  it("lists the sample briefing on first use", () => {
    const r = briefing(["list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(referenceBriefing.id);
    expect(r.stdout).toContain(referenceBriefing.title);
    expect(r.stdout).not.toContain(ESC);
    const json = JSON.parse(briefing(["list", "--json"]).stdout) as { id: string }[];
    expect(json.map((s) => s.id)).toContain(referenceBriefing.id);
  });

  it("shows a briefing as core's plain text when stdout is not a terminal, and in every format", () => {
    const text = briefing(["show", referenceBriefing.id]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(renderText(composeBriefing(referenceBriefing)));
    const json = briefing(["show", referenceBriefing.id, "--format", "json"]);
    expect(parseBriefing(JSON.parse(json.stdout)).id).toBe(referenceBriefing.id);
    expect(briefing(["show", referenceBriefing.id, "--format", "md"]).stdout).toMatch(/^# /);
    expect(JSON.parse(briefing(["show", referenceBriefing.id, "--format", "jsonld"]).stdout)["@graph"].length).toBeGreaterThan(3);
  });

  it("says which id is unknown and exits 3", () => {
    const r = briefing(["show", "brf_0000000000000000"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("no briefing with id brf_0000000000000000");
    expect(briefing(["rm", "brf_0000000000000000"]).code).toBe(3);
  });

  it("searches with the matching snippet", () => {
    const r = briefing(["search", "critical", "minerals"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(referenceBriefing.id);
    expect(r.stdout.toLowerCase()).toContain("critical minerals");
    const hits = JSON.parse(briefing(["search", "tariffs", "--json"]).stdout) as {
      briefing: { id: string };
      snippet: { match: boolean }[];
    }[];
    expect(hits[0]?.briefing.id).toBe(referenceBriefing.id);
    expect(hits[0]?.snippet.some((p) => p.match)).toBe(true);
  });
});

describe("extract", () => {
  it("prints a valid briefing of a file without storing it", () => {
    const r = briefing([
      "extract",
      join(dir, "articles", "more", "harbour.md"),
      "--published",
      "2025-05-06",
      "--publisher",
      "Coast Courier",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const b = parseBriefing(JSON.parse(r.stdout));
    expect(b.sources[0]?.publisher).toBe("Coast Courier");
    expect(b.sources[0]?.published?.slice(0, 10)).toBe("2025-05-06");
    expect(briefing(["list", "--json"]).stdout).not.toContain(b.id);
  });

  it("reads standard input with -", () => {
    const r = briefing(["extract", "-", "--title", "Ferries"], {
      input: "The harbour authority said on Tuesday that ferry traffic doubled.",
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Ferries");
  });

  it("explains unreadable, empty and binary input with exit 1", () => {
    const missing = briefing(["extract", join(dir, "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file or directory");
    expect(briefing(["extract", join(dir, "articles", "empty.txt")]).stderr).toContain("empty");
    expect(briefing(["extract", join(dir, "articles", "image.html")]).stderr).toContain("binary");
  });
});

describe("ingest, export, rm and rebuild", () => {
  it("stores what it can from a folder, reports each bad file and exits 1", () => {
    const r = briefing(["ingest", join(dir, "articles"), join(dir, "missing-folder")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/stored {2}brf_\w+ {2}.*harbour\.md/);
    expect(r.stdout).toMatch(/already stored {2}brf_\w+ .*sample\.txt/);
    expect(r.stderr).toMatch(/empty\.txt: .*empty/);
    expect(r.stderr).toMatch(/image\.html: .*binary/);
    expect(r.stderr).toMatch(/missing-folder: no such file or directory/);
    expect(r.stderr).toContain("1 stored, 1 already stored, 3 failed, 1 other files skipped.");
  });

  it("is idempotent: ingesting again stores nothing new", () => {
    const before = (JSON.parse(briefing(["list", "--json"]).stdout) as unknown[]).length;
    const r = briefing(["ingest", join(dir, "articles", "more"), "--json"]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { ok: boolean; created: boolean });
    expect(lines).toEqual([expect.objectContaining({ ok: true, created: false })]);
    expect((JSON.parse(briefing(["list", "--json"]).stdout) as unknown[]).length).toBe(before);
  });

  it("refuses --title for several files", () => {
    expect(briefing(["ingest", join(dir, "articles"), "--title", "One title"]).code).toBe(2);
  });

  it("exports every briefing and removes one", () => {
    const all = JSON.parse(briefing(["export", "--all"]).stdout) as { id: string }[];
    expect(all.length).toBe(2);
    const other = all.find((b) => b.id !== referenceBriefing.id)!;
    const rm = briefing(["rm", other.id]);
    expect(rm.code).toBe(0);
    expect(rm.stdout).toContain(`removed ${other.id}`);
    expect(briefing(["show", other.id]).code).toBe(3);
  });

  it("rebuilds stored briefings from their sources with the current extractor", () => {
    const r = briefing(["rebuild", "--json"]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; ok: boolean; to: { name: string } });
    expect(lines.map((l) => l.id)).toContain(referenceBriefing.id);
    expect(lines.every((l) => l.ok)).toBe(true);
    const rebuilt = parseBriefing(JSON.parse(briefing(["export", referenceBriefing.id]).stdout));
    expect(rebuilt.extractor.name).toBe(lines[0]?.to.name);
    expect(rebuilt.sources[0]?.text).toBe(referenceBriefing.sources[0]?.text);
  });
});

describe("eval", () => {
  it("explains a folder that is not there", () => {
    const r = briefing(["eval", join(dir, "no-gold")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no such file or directory");
  });

  it("scores a gold folder and prints the totals, or JSON for machines", () => {
    const gold = fileURLToPath(new URL("../packages/extract/src/eval/fixtures", import.meta.url));
    const text = briefing(["eval", gold]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/entities\s+P \d/);
    const json = briefing(["eval", gold, "--json"]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { totals: { quotes: { recall: number }; figures: { f1: number } } };
    expect(report.totals.quotes.recall).toEqual(expect.any(Number));
    expect(report.totals.figures.f1).toEqual(expect.any(Number));
  });
});
