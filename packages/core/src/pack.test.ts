// Packs the package as npm would publish it and imports it from a consumer outside the workspace,
// so a missing file, a wrong `exports` entry or a dev-only import fails here rather than for a user.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { referenceBriefing } from "./sample/index.js";

const packageDir = new URL("..", import.meta.url).pathname;
const consumer = mkdtempSync(join(tmpdir(), "briefing-consumer-"));

beforeAll(() => {
  if (!existsSync(join(packageDir, "dist/index.js"))) throw new Error("build @briefing/core first (turbo runs the build before this test)");
  execFileSync("npm", ["pack", "--silent", "--pack-destination", consumer], { cwd: packageDir });
  const tarball = readdirSync(consumer).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--silent", "--prefer-offline", "--no-audit", "--no-fund", `./${tarball}`, "zod@4.6.7"], {
    cwd: consumer,
  });
}, 120_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

test("the packed package ships only built files, types and the JSON Schema", () => {
  const installed = join(consumer, "node_modules/@briefing/core");
  expect(existsSync(join(installed, "dist/index.js"))).toBe(true);
  expect(existsSync(join(installed, "dist/index.d.ts"))).toBe(true);
  expect(existsSync(join(installed, "briefing.schema.json"))).toBe(true);
  expect(existsSync(join(installed, "src"))).toBe(false);
  expect(existsSync(join(installed, "dist/validate.test.js"))).toBe(false);
});

test("a consumer outside the workspace imports it, validates and renders a briefing", () => {
  writeFileSync(join(consumer, "briefing.json"), JSON.stringify(referenceBriefing));
  const script = `
    import { readFileSync } from "node:fs";
    import { parseBriefing, composeBriefing, renderText, safeParseBriefing } from "@briefing/core";
    import { referenceBriefing } from "@briefing/core/sample";
    import schema from "@briefing/core/briefing.schema.json" with { type: "json" };
    const b = parseBriefing(JSON.parse(readFileSync("briefing.json", "utf8")));
    const bad = safeParseBriefing({ ...b, statements: [{ ...b.statements[0], speakerId: "ent_0000000000000000" }] });
    console.log(JSON.stringify({ title: b.title, sample: referenceBriefing.id === b.id, lines: renderText(composeBriefing(b)).split("\\n").length, rejected: !bad.success, schema: schema.title }));
  `;
  const out = execFileSync("node", ["--input-type=module", "-e", script], { cwd: consumer, encoding: "utf8" });
  expect(JSON.parse(out)).toEqual({
    title: referenceBriefing.title,
    sample: true,
    lines: expect.any(Number),
    rejected: true,
    schema: "Briefing",
  });
}, 60_000);
