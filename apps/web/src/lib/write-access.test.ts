import { describe, expect, it } from "vitest";
import { bearerToken, checkWriteAccess, isLoopbackHost, tokenRequired } from "./write-access";

describe("write access", () => {
  it("treats 127.x, ::1 and localhost as loopback, and nothing else", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "localhost"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.5", "example.org", "127.0.0.1.example.org"]) expect(isLoopbackHost(host)).toBe(false);
  });

  it("lets writes through on loopback (the default) without a token", () => {
    expect(tokenRequired({})).toBe(false);
    expect(checkWriteAccess(null, {})).toEqual({ ok: true });
    expect(checkWriteAccess(null, { HOST: "127.0.0.1" })).toEqual({ ok: true });
  });

  it("refuses writes beyond loopback unless the token matches", () => {
    const env = { HOST: "0.0.0.0", BRIEFING_TOKEN: "s3cret-token" };
    expect(checkWriteAccess(null, env)).toMatchObject({ ok: false, status: 401 });
    expect(checkWriteAccess("wrong", env)).toMatchObject({ ok: false, status: 401 });
    expect(checkWriteAccess("s3cret-token", env)).toEqual({ ok: true });
  });

  it("turns writes off beyond loopback when no token is configured", () => {
    expect(checkWriteAccess("anything", { HOST: "0.0.0.0" })).toMatchObject({ ok: false, status: 503 });
  });

  it("reads a bearer token from the Authorization header", () => {
    expect(bearerToken("Bearer abc.def")).toBe("abc.def");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
