import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { createSource, entityIdFor, normalizeName, sha256Hex, sourceIdFor, stableId } from "./index.js";
import { portableSha256Hex } from "./sha256.js";

describe("ids", () => {
  test("the portable and native SHA-256 agree with node:crypto on ASCII, Unicode and block-boundary inputs", () => {
    for (const text of [
      "",
      "abc",
      "“quoted” — Pakistan’s",
      "x".repeat(55),
      "y".repeat(56),
      "z".repeat(64),
      "é".repeat(1000),
      "emoji 🇵🇰 and \ud800 lone",
    ]) {
      const expected = createHash("sha256").update(text, "utf8").digest("hex");
      expect(sha256Hex(text)).toBe(expected);
      expect(portableSha256Hex(text)).toBe(expected);
    }
  });

  test("the same text gives the same source id whatever the metadata", () => {
    const a = createSource({ text: "Same words.", title: "One" });
    const b = createSource({ text: "Same words.", title: "Two", publisher: "Other" });
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(sourceIdFor("Same words."));
    expect(createSource({ text: "Other words." }).id).not.toBe(a.id);
  });

  test("entity ids ignore case, accents, dots and a leading 'the'", () => {
    expect(entityIdFor("organization", "The Taliban")).toBe(entityIdFor("organization", "taliban"));
    expect(entityIdFor("place", "U.S.")).toBe(entityIdFor("place", "US"));
    expect(entityIdFor("person", "José Núñez")).toBe(entityIdFor("person", "Jose Nunez"));
    expect(entityIdFor("person", "Georgia")).not.toBe(entityIdFor("place", "Georgia"));
  });

  test("normalizeName follows the evaluation's rules", () => {
    expect(normalizeName("  The  U.S.  State\u00adDepartment’s ")).toBe("us statedepartment");
  });

  test("stable ids are deterministic and prefixed", () => {
    expect(stableId("evt", "a", 1)).toBe(stableId("evt", "a", 1));
    expect(stableId("evt", "a", 1)).toMatch(/^evt_[a-f0-9]{16}$/);
    expect(stableId("evt", "a1")).not.toBe(stableId("evt", "a", 1));
  });
});
