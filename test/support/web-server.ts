// Starts the production build of the web app through its start script (the way `npm start` does)
// on a free loopback port, for end-to-end tests.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const WEB = join(ROOT, "apps/web");
export const CLI = join(ROOT, "apps/tui/bin/briefing.js");
/** The web app's start script, built by `turbo run build`. */
export const WEB_START = join(WEB, "dist/server/start.js");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the web server did not answer within 60 s:\n${log()}`);
}

export interface WebServer {
  base: string;
  log: () => string;
  /** Sends SIGTERM; resolves with the exit code once the process has gone. */
  stop: () => Promise<number | null>;
}

/** Builds the app when run outside turbo (which builds it in CI). */
export function ensureWebBuild(): void {
  if (!existsSync(join(WEB, ".next/BUILD_ID")) || !existsSync(WEB_START)) {
    execFileSync("npx", ["turbo", "run", "build", "--filter=@briefing/web...", "--output-logs=errors-only"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
}

/** Spawns the start script with these arguments and settings (BRIEFING_* of the caller's environment are not passed on). */
export function spawnWebServer(args: string[], env: Record<string, string>): ChildProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("BRIEFING_") && k !== "HOST" && k !== "PORT"),
  );
  return spawn(process.execPath, [WEB_START, ...args], {
    cwd: WEB,
    env: { ...inherited, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The web app on a free loopback port and the given store; `env` adds settings (BRIEFING_EXTRACT_TIME_MS, …). */
export async function startWebServer(databasePath: string, env: Record<string, string> = {}): Promise<WebServer> {
  ensureWebBuild();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawnWebServer(["-H", "127.0.0.1", "-p", String(port)], { BRIEFING_DB: databasePath, ...env });
  server.stdout?.on("data", (d) => {
    output += d;
  });
  server.stderr?.on("data", (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  await waitForServer(`${base}/`, server, () => output);
  return {
    base,
    log: () => output,
    stop: () => {
      if (server.exitCode === null) server.kill("SIGTERM");
      return exited;
    },
  };
}
