import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { GoldFolderError, loadGoldFolder, parseGold } from "./gold.js";

// A small article written for these tests, with its gold annotation.
const FIXTURES = new URL("./fixtures/", import.meta.url);
const harborText = await readFile(new URL("harbor-pier.txt", FIXTURES), "utf8");
const harborGold = JSON.parse(await readFile(new URL("harbor-pier.gold.json", FIXTURES), "utf8"));

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A fresh folder holding `files` (name -> content); objects are written as JSON. */
async function goldFolder(files: Record<string, string | Buffer | object>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "briefing-eval-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(dir, name), typeof content === "string" || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  }
  return dir;
}

async function problemsOf(dir: string): Promise<string> {
  const error = await loadGoldFolder(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GoldFolderError);
  return (error as GoldFolderError).message;
}

describe("loadGoldFolder", () => {
  it("reads the fixture folder", async () => {
    const articles = await loadGoldFolder(fileURLToPath(FIXTURES));
    expect(articles.map((a) => a.name)).toEqual(["harbor-pier"]);
  });

  it("reads NAME.txt + NAME.gold.json pairs sorted by name", async () => {
    const dir = await goldFolder({
      "b.txt": harborText,
      "b.gold.json": harborGold,
      "a.txt": harborText,
      "a.gold.json": harborGold,
      "notes.md": "ignored",
    });
    const articles = await loadGoldFolder(dir);
    expect(articles.map((a) => a.name)).toEqual(["a", "b"]);
    expect(articles[0]?.text).toBe(harborText);
    expect(articles[0]?.gold.entities[1]?.roles).toEqual(["chair"]);
  });

  it("names the file and the field that is wrong", async () => {
    const bad = { ...harborGold, entities: [{ name: "Bergen", type: "city", aliases: [] }] };
    const message = await problemsOf(await goldFolder({ "x.txt": harborText, "x.gold.json": bad }));
    expect(message).toMatch(/x\.gold\.json: entities\[0\]\.type: /);
  });

  it("reports invalid JSON with its path", async () => {
    const message = await problemsOf(await goldFolder({ "x.txt": harborText, "x.gold.json": "{ not json" }));
    expect(message).toMatch(/x\.gold\.json: not valid JSON/);
  });

  it("rejects a speaker or figure source that is not a gold entity", async () => {
    const bad = { ...harborGold, quotes: [{ text: "some four word quote", speaker: "Nobody Known" }] };
    const message = await problemsOf(await goldFolder({ "x.txt": harborText, "x.gold.json": bad }));
    expect(message).toMatch(/quotes\[0\]\.speaker: "Nobody Known" is not the name of an entity/);
  });

  it("rejects an event participant that is not a gold entity, since events are matched by participant", async () => {
    const bad = { ...harborGold, events: [{ what: "x", participants: ["Harbor Board", "Nobody Known"], date: null }] };
    const message = await problemsOf(await goldFolder({ "x.txt": harborText, "x.gold.json": bad }));
    expect(message).toMatch(/events\[0\]\.participants\[1\]: "Nobody Known" is not the name of an entity/);
  });

  it("rejects a date value that is not ISO 8601", async () => {
    const bad = { ...harborGold, dates: [{ text: "Monday", value: "May 6, 2030" }] };
    expect(await problemsOf(await goldFolder({ "x.txt": harborText, "x.gold.json": bad }))).toMatch(/dates\[0\]\.value: must be ISO 8601/);
  });

  it("reports a text without gold and gold without text", async () => {
    const message = await problemsOf(await goldFolder({ "a.txt": harborText, "b.gold.json": harborGold }));
    expect(message).toMatch(/a\.txt: has no a\.gold\.json/);
    expect(message).toMatch(/b\.gold\.json: has no b\.txt/);
  });

  it("refuses an empty or missing folder", async () => {
    expect(await problemsOf(await goldFolder({}))).toMatch(/holds no article pairs/);
    expect(await problemsOf("/nonexistent/briefing-gold")).toMatch(/cannot be read/);
  });

  it("rejects text that is not UTF-8", async () => {
    const dir = await goldFolder({ "x.gold.json": harborGold, "x.txt": Buffer.from([0x68, 0xff, 0xfe, 0x69]) });
    expect(await problemsOf(dir)).toMatch(/x\.txt: is not valid UTF-8/);
  });
});

describe("parseGold", () => {
  it("accepts the format's example shape with optional roles and events", () => {
    const { events: _events, ...withoutEvents } = harborGold;
    const parsed = parseGold(JSON.stringify(withoutEvents));
    expect(parsed.ok && parsed.gold.events).toEqual([]);
  });
});
