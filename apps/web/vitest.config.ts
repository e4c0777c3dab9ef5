import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: {
    conditions: ["@briefing/source"],
    alias: { "@/": fileURLToPath(new URL("./src/", import.meta.url)) },
  },
  // tsconfig preserves JSX for Next; tests compile it with React's automatic runtime, as Next does.
  oxc: { jsx: { runtime: "automatic" } },
  ssr: { resolve: { conditions: ["@briefing/source"] } },
  test: { name: "web", include: ["src/**/*.test.ts", "src/**/*.test.tsx"], testTimeout: 30_000 },
});
