import { timingSafeEqual } from "node:crypto";

// On loopback only this machine's user can reach the server, so writes are open. On any other
// address every write (ingest, delete) needs the BRIEFING_TOKEN, and without one writes are off.

const LOOPBACK = new Set(["localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1"]);

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return LOOPBACK.has(h) || /^127(\.\d{1,3}){3}$/.test(h);
}

/** The settings this module reads: HOST and BRIEFING_TOKEN. */
export type Env = Record<string, string | undefined>;

export type WriteAccess = { ok: true } | { ok: false; status: 401 | 503; message: string };

/** True when this server listens beyond loopback, so writes need the token. */
export function tokenRequired(env: Env = process.env): boolean {
  return !isLoopbackHost(env.HOST || "127.0.0.1");
}

/** Whether a write presenting `token` may proceed on this server. */
export function checkWriteAccess(token: string | null | undefined, env: Env = process.env): WriteAccess {
  if (!tokenRequired(env)) return { ok: true };
  const expected = env.BRIEFING_TOKEN;
  if (!expected) {
    return { ok: false, status: 503, message: "Writes are disabled: this server listens beyond localhost and BRIEFING_TOKEN is not set." };
  }
  if (!token) return { ok: false, status: 401, message: "This server needs an access token for changes." };
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { ok: false, status: 401, message: "The access token is not right." };
  return { ok: true };
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
