import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { decideListenPolicy } from "./listen-policy";
import { refusal } from "./request-guard";

const decision = decideListenPolicy(["127.0.0.1"], {});
if (!decision.ok) throw new Error(decision.message);
const policy = decision.policy;
const request = (url: string, headers: IncomingHttpHeaders, method = "GET") =>
  refusal({ url, method, headers: { host: "127.0.0.1:3000", ...headers } }, policy);

describe("request guard", () => {
  it("hands ordinary requests to Next", () => {
    expect(request("/b/brf_abc?q=%ff", {})).toBeNull();
    expect(request("/api/briefings", { "content-type": "application/json", origin: "http://evil.example" }, "POST")).toBeNull();
    expect(request("/ingest", { "content-type": "multipart/form-data; boundary=x", origin: "http://127.0.0.1:3000" }, "POST")).toBeNull();
  });

  it("refuses a Host this server does not answer to, with security headers and a JSON body on the API", () => {
    const refused = request("/api/briefings", { host: "rebind.attacker.example:3000" });
    expect(refused?.status).toBe(403);
    expect(JSON.parse(refused?.body ?? "")).toMatchObject({ error: { code: "host-not-allowed" } });
    expect(refused?.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "content-security-policy": expect.stringMatching(/default-src 'none'/),
    });
    expect(request("/", { host: "" })?.status).toBe(403);
  });

  it("answers a malformed %-escape with 400, not Next's 500", () => {
    for (const path of ["/api/briefings/%ff", "/b/%e0%a4", "/%", "/api/briefings/%zz"]) {
      const refused = request(path, {});
      expect(refused?.status).toBe(400);
      expect(refused?.headers["x-frame-options"]).toBe("DENY");
    }
    expect(JSON.parse(request("/api/briefings/%ff", {})?.body ?? "")).toMatchObject({ error: { code: "bad-path" } });
  });

  it("answers a server action posted from another origin with 403, not Next's 500", () => {
    for (const headers of [
      { "next-action": "abc123", origin: "http://evil.example" },
      { "content-type": "multipart/form-data; boundary=x", origin: "null" },
      { "content-type": "application/x-www-form-urlencoded", origin: "http://127.0.0.1:9999" },
    ]) {
      expect(request("/b/brf_abc/delete", headers, "POST")?.status).toBe(403);
    }
  });
});
