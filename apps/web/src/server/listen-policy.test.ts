import { describe, expect, it } from "vitest";
import { decideListenPolicy, hostName, isAllowedHost, isLoopbackHost, parseStartArgs } from "./listen-policy";

describe("listen policy", () => {
  it("treats 127.x, ::1 and localhost as loopback, and nothing else", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1", "localhost"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.5", "example.org", "127.0.0.1.example.org", "::ffff:10.0.0.1"]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });

  it("reads the host name of a Host header, and nothing from a malformed one", () => {
    expect(hostName("LocalHost:3000")).toBe("localhost");
    expect(hostName("[::1]:3000")).toBe("::1");
    expect(hostName("briefing.example.org")).toBe("briefing.example.org");
    for (const bad of ["", "a b", "evil.example/x", "[zz]:1", "host:99999999"]) expect(hostName(bad)).toBeNull();
  });

  it("takes the last -H and -p, as next start does, so `npm run start -- -H 0.0.0.0` is what listens", () => {
    expect(parseStartArgs(["-H", "127.0.0.1", "-p", "3000", "-H", "0.0.0.0"])).toEqual({ host: "0.0.0.0", port: 3000, dev: false });
    expect(parseStartArgs(["--hostname=::", "--port", "8080", "--dev"])).toEqual({ host: "::", port: 8080, dev: true });
    expect(parseStartArgs([], { HOST: "localhost", PORT: "4000" })).toEqual({ host: "localhost", port: 4000, dev: false });
    expect(() => parseStartArgs(["-p", "0x10"])).toThrow(/port/);
    expect(() => parseStartArgs(["-H"])).toThrow(/needs a value/);
    expect(() => parseStartArgs(["--keepAliveTimeout", "5"])).toThrow(/unknown option/);
  });

  it("refuses to start beyond loopback without a token unless writes are off", () => {
    for (const address of ["0.0.0.0", "::", "192.168.1.5"]) {
      const refused = decideListenPolicy([address], {});
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/BRIEFING_TOKEN/) });
      expect(decideListenPolicy([address], { BRIEFING_TOKEN: "s3cret-token" })).toMatchObject({
        ok: true,
        policy: { writes: "token", loopbackOnly: false },
      });
      expect(decideListenPolicy([address], { BRIEFING_WRITES: "off" })).toMatchObject({ ok: true, policy: { writes: "off" } });
    }
    expect(decideListenPolicy(["127.0.0.1"], {})).toMatchObject({ ok: true, policy: { writes: "loopback", loopbackOnly: true } });
    expect(decideListenPolicy(["::1"], { BRIEFING_TOKEN: "s3cret-token" })).toMatchObject({ ok: true, policy: { writes: "token" } });
    expect(decideListenPolicy(["127.0.0.1"], { BRIEFING_WRITES: "maybe" })).toMatchObject({ ok: false });
  });

  it("answers to loopback names, its own address and the configured names only", () => {
    const decision = decideListenPolicy(["192.168.1.5"], {
      BRIEFING_TOKEN: "s3cret-token",
      BRIEFING_ALLOWED_HOSTS: "Briefing.Example.org, news.lan:8080",
    });
    if (!decision.ok) throw new Error(decision.message);
    for (const host of ["localhost:3000", "127.0.0.1", "[::1]:3000", "192.168.1.5:3000", "briefing.example.org", "news.lan"]) {
      expect(isAllowedHost(host, decision.policy)).toBe(true);
    }
    for (const host of ["rebind.attacker.example", "192.168.1.6:3000", "", undefined, "localhost.attacker.example"]) {
      expect(isAllowedHost(host, decision.policy)).toBe(false);
    }
  });
});
