// Starts the web app with Next's programmatic server, so the write rule is decided from the
// addresses the server really listens on, every request's Host is checked (DNS rebinding), a few
// malformed requests are answered before Next turns them into 500s, and SIGTERM stops it promptly.
// `npm start` runs this file compiled to dist/server/start.js.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import nextModule from "next";
import { closeExtractionPool, getExtractionPool } from "../lib/extraction-pool.js";
import { decideListenPolicy, type ListenPolicy, parseStartArgs, setListenPolicy } from "./listen-policy.js";
import { refusal } from "./request-guard.js";

// next is CommonJS: under Node its default import is the factory itself, which NodeNext types as a namespace.
const next = nextModule as unknown as typeof import("next/dist/server/next.js").default;
const APP_DIR = fileURLToPath(new URL("../..", import.meta.url));
/** How long requests in flight may finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 3000;

function fail(message: string): never {
  console.error(`briefing web: ${message}`);
  process.exit(2);
}

let options: ReturnType<typeof parseStartArgs>;
try {
  options = parseStartArgs(process.argv.slice(2), process.env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const server = createServer();
await new Promise<void>((resolve) => {
  server.once("error", (error: NodeJS.ErrnoException) =>
    fail(`cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`),
  );
  server.listen(options.port, options.host, resolve);
});
// Decided before a single request is read: the listen callback runs before any connection is handled.
const address = server.address() as AddressInfo;
const decision = decideListenPolicy([address.address], process.env);
if (!decision.ok) {
  server.close();
  fail(decision.message);
}
const policy: ListenPolicy = decision.policy;
setListenPolicy(policy);
// Created here, with Node's module loading, so its workers find their file; the app finds it on globalThis.
try {
  getExtractionPool();
} catch (error) {
  server.close();
  fail(`bad extraction setting: ${error instanceof Error ? error.message : String(error)}`);
}

const app = next({ dev: options.dev, dir: APP_DIR, hostname: options.host, port: address.port });
const ready = app.prepare();
const handle = app.getRequestHandler();

server.on("request", async (req: IncomingMessage, res: ServerResponse) => {
  const refused = refusal(req, policy);
  if (refused) {
    res.writeHead(refused.status, refused.headers).end(refused.body);
    return;
  }
  try {
    await ready;
    await handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("The server failed to answer this request.");
  }
});
if (options.dev) server.on("upgrade", (req, socket, head) => void app.getUpgradeHandler()(req, socket, head));

await ready;
const shown = address.family === "IPv6" ? `[${address.address}]` : address.address;
const writes = { loopback: "open to this machine only", token: "need BRIEFING_TOKEN", off: "off (BRIEFING_WRITES=off)" }[policy.writes];
console.log(`briefing web: http://${shown}:${address.port} (${options.dev ? "development" : "production"}); writes ${writes}`);

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  console.log(`briefing web: ${signal}, stopping`);
  // Extraction runs in worker threads, so this runs at once even while articles are read; closing
  // the pool stops them, and their requests are answered 503.
  void closeExtractionPool().catch(() => {});
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
