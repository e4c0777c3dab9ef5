// Damage is looked for before the first write: a write into a damaged file can spread the damage
// (a page freed twice, a b-tree rebalanced over garbage), and then nothing can be recovered.
import type Database from "better-sqlite3";
import { StoreError } from "./errors.js";

/**
 * Runs SQLite's `PRAGMA quick_check` (every page of every b-tree, freelist and overflow chain; not
 * index-to-table agreement) and throws `corrupt` with its first finding. Cost grows with the file:
 * about 140-240 ms for 10,000 briefings (47 MB).
 */
export function quickCheck(sqlite: Database.Database, path: string): void {
  let findings: unknown[];
  try {
    findings = sqlite.pragma("quick_check(1)", { simple: false }) as unknown[];
  } catch (error) {
    throw new StoreError("corrupt", `the database ${path} is damaged (${(error as Error).message}); nothing was written to it`, {
      cause: error,
    });
  }
  const first = String(Object.values((findings[0] ?? {}) as Record<string, unknown>)[0]);
  if (findings.length !== 1 || first !== "ok") {
    // One line: SQLite prefixes "*** in database main ***" and a newline.
    const finding = first
      .replace(/\*\*\* in database \w+ \*\*\*/u, "")
      .replace(/\s+/gu, " ")
      .trim();
    throw new StoreError("corrupt", `the database ${path} is damaged (quick_check: ${finding}); nothing was written to it`);
  }
}
