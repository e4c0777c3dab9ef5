import { timingSafeEqual } from "node:crypto";
import { currentListenPolicy, type Env, hostName, isLoopbackHost, type ListenPolicy } from "@/server/listen-policy";

// Writes (ingest, delete) are open only when the server listens on loopback alone, no token is
// configured and the request names a loopback host (a DNS-rebinding page names its own domain).
// A configured BRIEFING_TOKEN is enforced everywhere, loopback included; BRIEFING_WRITES=off
// turns writes off.

export { isLoopbackHost };

/** How a write from this request would be judged, before any token is looked at. */
export type WriteGate = { kind: "open" } | { kind: "token" } | { kind: "refused"; status: 403 | 503; code: string; message: string };

export type WriteAccess = { ok: true } | { ok: false; status: 401 | 403 | 503; code: string; message: string };

/** What a write naming `host` (the request's Host header) needs on this server. */
export function writeGate(
  host: string | null | undefined,
  env: Env = process.env,
  policy: ListenPolicy | undefined = currentListenPolicy(),
): WriteGate {
  if ((env.BRIEFING_WRITES ?? "").trim().toLowerCase() === "off") {
    return { kind: "refused", status: 403, code: "writes-off", message: "This server is read-only (BRIEFING_WRITES=off)." };
  }
  if (env.BRIEFING_TOKEN) return { kind: "token" };
  if (!policy) {
    return {
      kind: "refused",
      status: 503,
      code: "writes-disabled",
      message: "Writes are disabled: the server was not started with its start script, so its address is unknown; set BRIEFING_TOKEN.",
    };
  }
  if (!policy.loopbackOnly) {
    return {
      kind: "refused",
      status: 503,
      code: "writes-disabled",
      message: "Writes are disabled: this server listens beyond localhost and BRIEFING_TOKEN is not set.",
    };
  }
  const name = hostName(host);
  if (!name || !isLoopbackHost(name)) {
    return {
      kind: "refused",
      status: 403,
      code: "not-loopback",
      message: "Writes without a token are accepted only from this machine, at localhost or 127.0.0.1.",
    };
  }
  return { kind: "open" };
}

/** True when the write forms should ask for the access token. */
export function tokenRequired(
  host: string | null | undefined,
  env: Env = process.env,
  policy: ListenPolicy | undefined = currentListenPolicy(),
): boolean {
  return writeGate(host, env, policy).kind === "token";
}

/** Whether a write naming `host` and presenting `token` may proceed. */
export function checkWriteAccess(
  token: string | null | undefined,
  host: string | null | undefined,
  env: Env = process.env,
  policy: ListenPolicy | undefined = currentListenPolicy(),
): WriteAccess {
  const gate = writeGate(host, env, policy);
  if (gate.kind === "open") return { ok: true };
  if (gate.kind === "refused") return { ok: false, status: gate.status, code: gate.code, message: gate.message };
  const expected = env.BRIEFING_TOKEN ?? "";
  if (!token) return { ok: false, status: 401, code: "unauthorized", message: "This server needs an access token for changes." };
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    return { ok: false, status: 401, code: "unauthorized", message: "The access token is not right." };
  return { ok: true };
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
