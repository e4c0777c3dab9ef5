import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { briefingJsonSchema } from "./index.js";

test("the shipped briefing.schema.json matches the zod schemas (run `npm run schema -w @briefing/core` to refresh)", () => {
  const shipped = JSON.parse(readFileSync(new URL("../briefing.schema.json", import.meta.url), "utf8"));
  expect(shipped).toEqual(briefingJsonSchema());
});

test("the JSON Schema requires what the model requires", () => {
  const schema = briefingJsonSchema() as { required: string[]; properties: Record<string, unknown> };
  expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "sources", "entities", "statements", "figures", "times"]));
  expect(JSON.stringify(schema.properties.figures)).toContain("percent");
});
