import { describe, expect, it } from "vitest";
import { jsonForScript } from "./json-ld-script";

describe("jsonForScript", () => {
  it("cannot close the script element or open a comment, and still parses to the same value", () => {
    const value = { headline: "</script><script>alert(1)</script><!-- & \u2028" };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
