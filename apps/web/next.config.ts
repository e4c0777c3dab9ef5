import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./src/lib/security-headers";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const nextConfig: NextConfig = {
  // Native drivers and piscina (which starts workers from its own files) load from node_modules at
  // run time. Turbopack still bundles workspace packages listed here, so the extraction pool is
  // created by the start script, outside the bundle (see src/server/start.ts).
  serverExternalPackages: ["better-sqlite3", "pg", "piscina", "@briefing/store", "@briefing/extract"],
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  poweredByHeader: false,
  reactStrictMode: true,
  // `turbo run typecheck` checks the types; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Room for a 1 MB article plus its form fields; the ingest schema reports the real limit per field.
    serverActions: { bodySizeLimit: "3mb" },
    proxyClientMaxBodySize: "3mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
