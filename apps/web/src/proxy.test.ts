import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

const csp = (path: string) => proxy(new NextRequest(`http://127.0.0.1:3000${path}`)).headers.get("content-security-policy") ?? "";

describe("proxy", () => {
  it("gives every page a fresh nonce and allows no inline script or style without it", () => {
    const first = csp("/b/brf_abcdef");
    const second = csp("/b/brf_abcdef");
    const nonce = first.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(second).not.toContain(nonce);
    expect(first).not.toContain("unsafe-inline");
    expect(first).toMatch(/object-src 'none'/);
    expect(first).toMatch(/frame-ancestors 'none'/);
  });

  it("lets nothing run or load from API responses", () => {
    expect(csp("/api/briefings")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });
});
