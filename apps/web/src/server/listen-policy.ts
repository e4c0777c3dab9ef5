import { isIP } from "node:net";
import { networkInterfaces } from "node:os";

// Who may write, decided from the addresses the server really listens on (reported by
// server.address() in start.ts), never from an environment variable that may disagree with them.
// No relative imports: start.ts (compiled by tsc for Node) and the Next app both load this file.

/** How writes (ingest, delete) are guarded on this server. */
export type WriteMode =
  /** Listening on loopback only, no token configured: writes need a loopback Host header, no token. */
  | "loopback"
  /** BRIEFING_TOKEN is set: every write needs it, whatever the address (also on loopback). */
  | "token"
  /** BRIEFING_WRITES=off: no writes at all. */
  | "off";

/** What the start script decided, shared with the app through globalThis. */
export interface ListenPolicy {
  /** The bound addresses, as server.address() reported them. */
  addresses: string[];
  /** True when every bound address is a loopback address. */
  loopbackOnly: boolean;
  writes: WriteMode;
  /** Host names (lower case, no port) a request may name in its Host header. */
  allowedHosts: string[];
}

const POLICY_KEY = Symbol.for("briefing.web.listen-policy");
type Holder = { [POLICY_KEY]?: ListenPolicy };

/** The settings this module reads. */
export type Env = Record<string, string | undefined>;

/** True for 127.0.0.0/8, ::1 (also bracketed or spelled out, or IPv4-mapped) and `localhost`. */
export function isLoopbackHost(host: string): boolean {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (h.startsWith("::ffff:") && isIP(h.slice(7)) === 4) h = h.slice(7);
  if (h === "localhost" || h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

/** The host name of a Host header value, lower case, without port or IPv6 brackets; null when malformed. */
export function hostName(header: string | null | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const bracketed = h.match(/^\[([0-9a-f:.]+)\](?::\d{1,5})?$/);
  if (bracketed?.[1]) return isIP(bracketed[1]) === 6 ? bracketed[1] : null;
  const plain = h.match(/^([a-z0-9.-]+)(?::\d{1,5})?$/);
  return plain?.[1] ?? null;
}

/** `-H`/`--hostname` and `-p`/`--port` from the start command's arguments; the last one given wins, as with `next start`. */
export function parseStartArgs(args: readonly string[], env: Env = {}): { host: string; port: number; dev: boolean } {
  let host = env.HOST || "127.0.0.1";
  let portText = env.PORT || "3000";
  let dev = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const eq = arg.indexOf("=");
    const [name, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === "-H" || name === "--hostname") host = value();
    else if (name === "-p" || name === "--port") portText = value();
    else if (name === "--dev") dev = true;
    else throw new Error(`unknown option ${arg} (use -H host, -p port, --dev)`);
  }
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
    throw new Error(`the port must be a number from 0 to 65535, got "${portText}"`);
  return { host, port: Number(portText), dev };
}

const isWildcard = (address: string) => address === "0.0.0.0" || address === "::" || address === "0:0:0:0:0:0:0:0";

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((i) => (i ? [i.address.toLowerCase()] : []));
}

/** The Host names this server answers to: loopback names, its own addresses, and BRIEFING_ALLOWED_HOSTS. */
export function allowedHostsFor(addresses: readonly string[], env: Env = {}): string[] {
  const hosts = new Set(["localhost", "127.0.0.1", "::1"]);
  for (const address of addresses) {
    if (isWildcard(address)) for (const own of interfaceAddresses()) hosts.add(own);
    else hosts.add(address.toLowerCase());
  }
  for (const name of (env.BRIEFING_ALLOWED_HOSTS ?? "").split(",")) {
    const h = hostName(name);
    if (h) hosts.add(h);
  }
  return [...hosts];
}

/** True when a request naming `hostHeader` is for this server (DNS rebinding names another host). */
export function isAllowedHost(hostHeader: string | null | undefined, policy: Pick<ListenPolicy, "allowedHosts">): boolean {
  const h = hostName(hostHeader);
  if (!h) return false;
  return isLoopbackHost(h) || policy.allowedHosts.includes(h);
}

/**
 * The policy for a server bound to `addresses`, or the reason it must not start: beyond loopback,
 * writes need BRIEFING_TOKEN unless BRIEFING_WRITES=off.
 */
export function decideListenPolicy(
  addresses: readonly string[],
  env: Env = {},
): { ok: true; policy: ListenPolicy } | { ok: false; message: string } {
  const writesSetting = (env.BRIEFING_WRITES ?? "on").trim().toLowerCase();
  if (writesSetting !== "on" && writesSetting !== "off")
    return { ok: false, message: `BRIEFING_WRITES must be "on" or "off", not "${env.BRIEFING_WRITES}".` };
  const token = env.BRIEFING_TOKEN ?? "";
  const loopbackOnly = addresses.length > 0 && addresses.every(isLoopbackHost);
  const writes: WriteMode = writesSetting === "off" ? "off" : token ? "token" : "loopback";
  if (writes === "loopback" && !loopbackOnly) {
    return {
      ok: false,
      message: `Refusing to start: listening on ${addresses.join(", ")} lets other machines write, and BRIEFING_TOKEN is not set. Set BRIEFING_TOKEN, or BRIEFING_WRITES=off for a read-only server, or listen on 127.0.0.1.`,
    };
  }
  return { ok: true, policy: { addresses: [...addresses], loopbackOnly, writes, allowedHosts: allowedHostsFor(addresses, env) } };
}

/** Makes `policy` the process's policy (the start script calls this once it listens). */
export function setListenPolicy(policy: ListenPolicy | undefined): void {
  if (policy) (globalThis as Holder)[POLICY_KEY] = policy;
  else delete (globalThis as Holder)[POLICY_KEY];
}

/** The process's policy, or undefined when the app was not started by the start script (then writes need the token). */
export function currentListenPolicy(): ListenPolicy | undefined {
  return (globalThis as Holder)[POLICY_KEY];
}
