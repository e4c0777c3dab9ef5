import { defineConfig } from "vitest/config";

// Runs every package's tests from the root (`npx vitest`); CI goes through turbo per package.
export default defineConfig({
  test: { projects: ["packages/*", "apps/*", "test"] },
});
