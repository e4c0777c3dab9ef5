import { describe, expect, it } from "vitest";
import { decideListenPolicy, type ListenPolicy } from "@/server/listen-policy";
import { bearerToken, checkWriteAccess, tokenRequired } from "./write-access";

const policyFor = (address: string): ListenPolicy => {
  const decision = decideListenPolicy([address], { BRIEFING_TOKEN: "a-token-for-the-policy" });
  if (!decision.ok) throw new Error(decision.message);
  return decision.policy;
};
const LOOPBACK = policyFor("127.0.0.1");
const EVERYWHERE = policyFor("0.0.0.0");

describe("write access", () => {
  it("lets writes through without a token only on a loopback-only server asked by a loopback Host", () => {
    for (const host of ["127.0.0.1:3000", "localhost:3000", "[::1]:3000", "localhost"]) {
      expect(checkWriteAccess(null, host, {}, LOOPBACK)).toEqual({ ok: true });
    }
    expect(tokenRequired("127.0.0.1:3000", {}, LOOPBACK)).toBe(false);
  });

  it("refuses a loopback server's writes when the Host names another site (DNS rebinding)", () => {
    for (const host of ["rebind.example:3000", "127.0.0.1.example.org", "", null]) {
      expect(checkWriteAccess(null, host, {}, LOOPBACK)).toMatchObject({ ok: false, status: 403, code: "not-loopback" });
    }
  });

  it("turns writes off beyond loopback when no token is configured, whatever HOST says", () => {
    expect(checkWriteAccess("anything", "192.168.1.5:3000", { HOST: "127.0.0.1" }, EVERYWHERE)).toMatchObject({ ok: false, status: 503 });
    expect(checkWriteAccess(null, "127.0.0.1:3000", { HOST: "127.0.0.1" }, EVERYWHERE)).toMatchObject({ ok: false, status: 503 });
  });

  it("turns writes off when the start script did not record the address", () => {
    expect(checkWriteAccess(null, "127.0.0.1:3000", {}, undefined)).toMatchObject({
      ok: false,
      status: 503,
      message: expect.stringMatching(/start script/),
    });
  });

  it("enforces a configured token everywhere, loopback included", () => {
    const env = { BRIEFING_TOKEN: "s3cret-token" };
    for (const policy of [LOOPBACK, EVERYWHERE, undefined]) {
      expect(tokenRequired("127.0.0.1:3000", env, policy)).toBe(true);
      expect(checkWriteAccess(null, "127.0.0.1:3000", env, policy)).toMatchObject({ ok: false, status: 401 });
      expect(checkWriteAccess("wrong", "127.0.0.1:3000", env, policy)).toMatchObject({ ok: false, status: 401 });
      expect(checkWriteAccess("s3cret-token", "127.0.0.1:3000", env, policy)).toEqual({ ok: true });
    }
  });

  it("refuses every write with BRIEFING_WRITES=off, even with the right token", () => {
    const env = { BRIEFING_TOKEN: "s3cret-token", BRIEFING_WRITES: "off" };
    expect(checkWriteAccess("s3cret-token", "127.0.0.1:3000", env, LOOPBACK)).toMatchObject({ ok: false, status: 403, code: "writes-off" });
  });

  it("reads a bearer token from the Authorization header", () => {
    expect(bearerToken("Bearer abc.def")).toBe("abc.def");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
