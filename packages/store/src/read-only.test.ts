// A store that may not be written (a 0444 file, a read-only folder) can still be listed and searched,
// without a journal, WAL or shared-memory file appearing beside it; writes are refused clearly.
// Permissions do not bind root, so under root the reading child runs as `nobody`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openStore } from "./index.js";
import { ARTICLES, briefingFrom } from "./test-briefings.js";
import { buildChild } from "./test-child-process.js";

const root = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const user = root ? NOBODY : undefined;
/** Gives the file or folder to the user the child runs as. */
const own = (path: string) => {
  if (root) chownSync(path, NOBODY.uid, NOBODY.gid);
};
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

let child: Awaited<ReturnType<typeof buildChild>>;
let dir: string;
/** False when the checkout is in a folder `nobody` cannot enter (such as /root): said, and skipped. */
let userCanRunChild = true;
beforeAll(async () => {
  child = await buildChild();
  dir = mkdtempSync(join(tmpdir(), "briefing-store-ro-"));
  chmodSync(dir, 0o755);
  if (user) {
    const probe = spawnSync(process.execPath, ["-e", `require("node:fs").accessSync(${JSON.stringify(child.dir)})`], user);
    userCanRunChild = probe.status === 0;
    if (!userCanRunChild) console.warn(`[store] nobody cannot read ${child.dir}: the read-only store tests are skipped`);
  }
}, 60_000);
afterAll(() => {
  child?.cleanup();
  // A read-only folder must be writable again to be removed.
  if (dir) {
    for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A store of two briefings (and the sample) in its own folder. */
async function storeIn(name: string): Promise<{ folder: string; path: string; ids: string[] }> {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, "briefing.db");
  const store = await openStore({ path });
  const ids = [];
  for (const spec of ARTICLES.slice(0, 2)) ids.push((await store.putBriefing(briefingFrom(spec))).id);
  await store.close();
  own(folder);
  own(path);
  return { folder, path, ids };
}

async function readAsUser(path: string, query: string) {
  const reader = child.run(["read", JSON.stringify({ path }), query], user);
  const { code, stderr } = await reader.done;
  expect(code, stderr).toBe(0);
  return JSON.parse(reader.lines.join("\n")) as {
    listed?: string[];
    found?: string[];
    put?: { code: string; message: string };
    open?: { code: string; message: string };
  };
}

describe("a read-only store", () => {
  const cases: [string, (folder: string, path: string) => void][] = [
    ["a file of mode 0444", (_folder, path) => chmodSync(path, 0o444)],
    ["a file in a read-only folder", (folder) => chmodSync(folder, 0o555)],
  ];
  for (const [what, protect] of cases) {
    test(`${what} is listed and searched, creates no file beside it, and refuses writes clearly`, async (ctx) => {
      if (!userCanRunChild) ctx.skip();
      const { folder, path, ids } = await storeIn(what.replace(/\W+/g, "-"));
      protect(folder, path);
      const before = digest(path);

      const result = await readAsUser(path, "geothermal");
      expect(result.open).toBeUndefined();
      expect(result.listed).toHaveLength(3);
      expect(result.listed).toEqual(expect.arrayContaining(ids));
      expect(result.found).toEqual([ids[1]]);
      expect(result.put?.code).toBe("cannot-open");
      expect(result.put?.message).toContain(path);
      expect(result.put?.message).toMatch(/read-only.*listed and searched, but not changed/);

      expect(readdirSync(folder)).toEqual(["briefing.db"]);
      expect(digest(path)).toBe(before);
    }, 60_000);
  }

  test("an empty read-only file is refused clearly, not opened as an empty store", async (ctx) => {
    if (!userCanRunChild) ctx.skip();
    const folder = join(dir, "empty");
    mkdirSync(folder);
    const path = join(folder, "briefing.db");
    writeFileSync(path, "");
    own(folder);
    own(path);
    chmodSync(path, 0o444);
    const result = await readAsUser(path, "anything");
    expect(result.open?.code).toBe("cannot-open");
    expect(result.open?.message).toMatch(/empty and read-only/);
    expect(readdirSync(folder)).toEqual(["briefing.db"]);
  }, 60_000);
});
