// Runs src/test-child.ts in a child process, bundled first because Node 20 cannot run TypeScript.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));

/** A child of the test process, its stdout lines as they come, and how it ended. */
export interface Child {
  proc: ChildProcess;
  lines: string[];
  done: Promise<{ code: number | null; signal: string | null; stderr: string }>;
}

/** Bundles the child script into a fresh folder; returns a runner and a cleanup. */
export async function buildChild(): Promise<{
  dir: string;
  run(args: string[], user?: { uid: number; gid: number }): Child;
  cleanup(): void;
}> {
  // Under node_modules, so the bundle's bare imports (better-sqlite3, pg, kysely) resolve.
  const dir = join(packageDir, "node_modules", ".cache", `store-test-${process.pid}-${Date.now().toString(36)}`);
  const script = join(dir, "test-child.mjs");
  mkdirSync(dir, { recursive: true });
  await build({
    input: join(packageDir, "src", "test-child.ts"),
    platform: "node",
    resolve: { conditionNames: ["@briefing/source", "import", "node", "default"] },
    external: /^(better-sqlite3|pg|kysely|zod|env-paths)(\/|$)/,
    logLevel: "silent",
    output: { file: script, format: "esm", codeSplitting: false },
  });
  return {
    dir,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
    run(args, user) {
      const proc = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"], ...user });
      const lines: string[] = [];
      let buffered = "";
      let stderr = "";
      proc.stdout!.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const parts = buffered.split("\n");
        buffered = parts.pop() ?? "";
        lines.push(...parts);
      });
      proc.stderr!.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
        proc.on("close", (code, signal) => resolve({ code, signal, stderr })),
      );
      return { proc, lines, done };
    },
  };
}
