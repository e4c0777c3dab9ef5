import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@briefing/source"] },
  ssr: { resolve: { conditions: ["@briefing/source"] } },
  test: {
    name: "tui",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    env: { NO_COLOR: "" },
  },
});
