import { describe, expect, test } from "vitest";
import { createSource, evidenceAt, findAllEvidence, findEvidence } from "./index.js";

const source = createSource({ text: "Rubio called Dar. Dar answered Rubio." });

describe("evidence helpers", () => {
  test("findEvidence reads the span from the source", () => {
    expect(findEvidence(source, "Dar")).toEqual({ sourceId: source.id, start: 13, end: 16, text: "Dar" });
    expect(findEvidence(source, "Dar", 14).start).toBe(18);
  });

  test("findEvidence refuses words the source lacks", () => {
    expect(() => findEvidence(source, "Trump")).toThrow(/does not occur/);
  });

  test("findAllEvidence finds every occurrence", () => {
    expect(findAllEvidence(source, "Rubio").map((e) => e.start)).toEqual([0, 31]);
  });

  test("evidenceAt refuses spans outside the source", () => {
    expect(() => evidenceAt(source, 5, 500)).toThrow(RangeError);
    expect(() => evidenceAt(source, 5, 5)).toThrow(RangeError);
  });
});
