// Starts the production build of the web app on a free loopback port, for end-to-end tests.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const WEB = join(ROOT, "apps/web");
export const CLI = join(ROOT, "apps/tui/bin/briefing.js");

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
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${log()}`);
}

export interface WebServer {
  base: string;
  log: () => string;
  stop: () => void;
}

/** `next start` on the given store; builds the app first when run outside turbo (which builds it in CI). */
export async function startWebServer(databasePath: string): Promise<WebServer> {
  if (!existsSync(join(WEB, ".next/BUILD_ID"))) {
    execFileSync("npx", ["turbo", "run", "build", "--filter=@briefing/web...", "--output-logs=errors-only"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(join(ROOT, "node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: WEB,
    env: { ...process.env, BRIEFING_DB: databasePath, HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d) => {
    output += d;
  });
  server.stderr?.on("data", (d) => {
    output += d;
  });
  await waitForServer(`${base}/`, server, () => output);
  return { base, log: () => output, stop: () => server.kill("SIGTERM") };
}
