import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkRatchet, loadRatchet, RatchetFileError, raiseRatchet, ratchetFrom, writeRatchet } from "./ratchet.js";
import type { Totals } from "./totals.js";

const prf = (x: number) => ({ precision: x, recall: x, f1: x });
const totals: Totals = {
  entities: prf(0.8),
  roles: { accuracy: 0.5 },
  quotes: { ...prf(0.9), speakerAccuracy: 0.57, speakerPrecision: 0.96 },
  figures: { ...prf(0.7), sourceAccuracy: 0.6, sourcePrecision: 0.8 },
  dates: prf(0.456),
  events: { precision: 0.2, recall: 0.614, f1: 0.3 },
  lead: { accuracy: 0.7 },
};

const dir = await mkdtemp(join(tmpdir(), "briefing-ratchet-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("checkRatchet", () => {
  it("checks only the metrics the ratchet sets and fails those below their minimum", () => {
    const checks = checkRatchet(totals, { entities: { f1: 0.85 }, quotes: { recall: 0.9 } });
    expect(checks.map((c) => [c.metric, c.passed])).toEqual([
      ["entities.f1", false],
      ["quotes.recall", true],
    ]);
  });

  it("does not fail a metric equal to its minimum through float noise", () => {
    const noisy = { ...totals, quotes: { ...totals.quotes, speakerAccuracy: 0.57 - 1e-12 } };
    expect(checkRatchet(noisy, { quotes: { speakerAccuracy: 0.57 } })[0]?.passed).toBe(true);
  });
});

describe("precision minimums", () => {
  it("are optional and checked when set", async () => {
    const file = join(dir, "precision.json");
    await writeFile(file, JSON.stringify({ quotes: { speakerPrecision: 0.95 }, figures: { sourcePrecision: 0.85 } }));
    const checks = checkRatchet(totals, await loadRatchet(file));
    expect(checks.map((c) => [c.metric, c.passed])).toEqual([
      ["quotes.speakerPrecision", true],
      ["figures.sourcePrecision", false],
    ]);
  });
});

describe("ratchetFrom", () => {
  it("rounds every total down to two decimals, so the current scores pass", () => {
    const r = ratchetFrom(totals);
    expect(r.dates).toEqual(prf(0.45));
    expect(r.quotes?.speakerAccuracy).toBe(0.57);
    expect(checkRatchet(totals, r).every((c) => c.passed)).toBe(true);
  });
});

describe("events and lead minimums", () => {
  it("check events recall and lead accuracy, and ratchet recall only (event precision is informational)", () => {
    const checks = checkRatchet(totals, { events: { recall: 0.6 }, lead: { accuracy: 0.75 } });
    expect(checks.map((c) => [c.metric, c.passed])).toEqual([
      ["events.recall", true],
      ["lead.accuracy", false],
    ]);
    expect(ratchetFrom(totals).events).toEqual({ recall: 0.61 });
    expect(raiseRatchet({}, totals).lead).toEqual({ accuracy: 0.7 });
  });

  it("refuse a minimum on event precision", async () => {
    const file = join(dir, "events-precision.json");
    await writeFile(file, JSON.stringify({ events: { precision: 0.5 } }));
    await expect(loadRatchet(file)).rejects.toThrow(/precision/);
  });
});

describe("loadRatchet", () => {
  it("rejects a misspelled metric instead of silently not checking it", async () => {
    const file = join(dir, "typo.json");
    await writeFile(file, JSON.stringify({ quotes: { speakerAcuracy: 0.8 } }));
    await expect(loadRatchet(file)).rejects.toThrow(RatchetFileError);
    await expect(loadRatchet(file)).rejects.toThrow(/speakerAcuracy/);
  });

  it("rejects a minimum outside 0..1", async () => {
    const file = join(dir, "range.json");
    await writeFile(file, JSON.stringify({ dates: { f1: 85 } }));
    await expect(loadRatchet(file)).rejects.toThrow(/dates\.f1/);
  });
});

describe("raiseRatchet", () => {
  it("raises minimums to the current scores rounded down, never lowers one, and adds missing metrics", () => {
    const raised = raiseRatchet({ entities: { f1: 0.95 }, dates: { f1: 0.3 } }, totals);
    expect(raised.entities).toEqual({ precision: 0.8, recall: 0.8, f1: 0.95 });
    expect(raised.dates?.f1).toBe(0.45);
    expect(raised.roles).toEqual({ accuracy: 0.5 });
  });

  it("is written so that it reads back the same", async () => {
    const file = join(dir, "raised.json");
    const raised = raiseRatchet({}, totals);
    await writeRatchet(file, raised);
    expect(await loadRatchet(file)).toEqual(raised);
  });
});
