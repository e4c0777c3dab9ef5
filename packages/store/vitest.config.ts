import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@briefing/source"] },
  ssr: { resolve: { conditions: ["@briefing/source"] } },
  test: { name: "store", include: ["src/**/*.test.ts"] },
});
