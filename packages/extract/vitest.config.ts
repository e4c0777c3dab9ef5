import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@briefing/source"] },
  ssr: { resolve: { conditions: ["@briefing/source"] } },
  test: { name: "extract", include: ["src/**/*.test.ts"] },
});
