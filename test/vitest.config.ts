import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@briefing/source"] },
  ssr: { resolve: { conditions: ["@briefing/source"] } },
  // End-to-end runs start real processes and browsers: give them time, and run files one at a time.
  test: {
    name: "e2e",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
