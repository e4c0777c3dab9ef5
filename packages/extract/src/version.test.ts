import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { EXTRACTOR } from "./index.js";

it("records the package version as the extractor version", () => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  expect(EXTRACTOR).toEqual({ name: "briefing-rules", version: pkg.version });
});
