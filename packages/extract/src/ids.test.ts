import * as core from "@briefing/core";
import { sampleArticleText } from "@briefing/core/sample";
import { expect, it } from "vitest";
import { createSource, entityIdFor, stableId } from "./ids.js";

it("computes exactly core's ids, so briefings from this extractor link with any other", () => {
  for (const [type, name] of [
    ["person", "Ishaq Dar"],
    ["organization", "The U.S. State Department’s"],
    ["place", "Côte d’Ivoire"],
    ["person", "😀 \u00ad Zoë"],
  ] as const) {
    expect(entityIdFor(type, name)).toBe(core.entityIdFor(type, name));
  }
  expect(stableId("tim", "src_0123456789abcdef", 12, 40)).toBe(core.stableId("tim", "src_0123456789abcdef", 12, 40));
  const input = { text: `${sampleArticleText}\nÉté 😀`, published: "2025-04-07", title: "T" };
  expect(createSource(input)).toEqual(core.createSource(input));
});
