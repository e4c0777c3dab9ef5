// Bundles dist/ with Kysely inlined into dist/bundle/. Kysely ships ~280 ESM files, and loading
// them one by one costs a CLI process far more than parsing one file (≈1 s vs ≈80 ms on a busy
// machine), which `briefing show` cannot afford. Everything else stays an external import.
import { build } from "rolldown";

const inline = (id) => id.startsWith(".") || id.startsWith("/") || id === "kysely" || id.startsWith("kysely/");

await build({
  input: new URL("../dist/index.js", import.meta.url).pathname,
  platform: "node",
  external: (id) => !inline(id),
  logLevel: "warn",
  output: {
    dir: new URL("../dist/bundle", import.meta.url).pathname,
    format: "esm",
    entryFileNames: "index.js",
    chunkFileNames: "[name]-[hash].js",
  },
});
