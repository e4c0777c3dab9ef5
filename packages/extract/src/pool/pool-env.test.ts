import { describe, expect, it } from "vitest";
import { PoolSettingError, poolOptionsFromEnv } from "./pool-env.js";

describe("poolOptionsFromEnv", () => {
  it("reads whole numbers and leaves unset settings to the pool's defaults", () => {
    expect(poolOptionsFromEnv({ BRIEFING_EXTRACT_TIME_MS: "5000", BRIEFING_EXTRACT_THREADS: "2" })).toEqual({
      timeBudgetMs: 5000,
      threads: 2,
    });
    expect(poolOptionsFromEnv({})).toEqual({});
  });

  it("refuses anything but a whole number in range, naming the setting", () => {
    for (const value of ["0x10", "1e3", "-1", "0", "2.5", "", "700000"]) {
      expect(() => poolOptionsFromEnv({ BRIEFING_EXTRACT_TIME_MS: value })).toThrow(PoolSettingError);
    }
    expect(() => poolOptionsFromEnv({ BRIEFING_EXTRACT_MEMORY_MB: "lots" })).toThrow(
      /BRIEFING_EXTRACT_MEMORY_MB must be a whole number from 1 to 16384/,
    );
  });
});
