import type { IncomingMessage } from "node:http";
import { API_CSP } from "../lib/csp.js";
import { SECURITY_HEADERS } from "../lib/security-headers.js";
import { hostName, isAllowedHost, type ListenPolicy } from "./listen-policy.js";

// Requests answered before Next sees them: Next would serve a foreign Host, and turn a malformed
// path or a refused cross-origin server action into a 500 without security headers.

/** A response to send instead of handing the request to Next. */
export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function respond(path: string, status: number, code: string, message: string): Refusal {
  const headers: Record<string, string> = { "cache-control": "no-store", "content-security-policy": API_CSP };
  for (const { key, value } of SECURITY_HEADERS) headers[key.toLowerCase()] = value;
  if (path.startsWith("/api/")) {
    return {
      status,
      headers: { ...headers, "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ error: { code, message } }),
    };
  }
  return { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" }, body: `${message}\n` };
}

/** True when every %-escape of the path is valid UTF-8 (Next answers 500 to `/api/briefings/%ff`). */
export function hasValidPercentEncoding(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** True for a POST Next may treat as a server action whose Origin is another site (Next answers 500; this is a 403). */
export function isCrossOriginAction(req: Pick<IncomingMessage, "method" | "headers">, path: string): boolean {
  if (req.method !== "POST" || path.startsWith("/api/")) return false;
  const type = (first(req.headers["content-type"]) ?? "").toLowerCase();
  const maybeAction =
    req.headers["next-action"] !== undefined ||
    type.startsWith("multipart/form-data") ||
    type.startsWith("application/x-www-form-urlencoded");
  const origin = first(req.headers.origin);
  if (!maybeAction || origin === undefined) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  // The same comparison Next makes: the forwarded host when present, else Host.
  const forwarded = first(req.headers["x-forwarded-host"])?.split(",")[0]?.trim();
  return originHost !== (forwarded || first(req.headers.host));
}

/** The refusal for a request Next must not see, or null to hand it on. */
export function refusal(
  req: Pick<IncomingMessage, "method" | "headers" | "url">,
  policy: Pick<ListenPolicy, "allowedHosts">,
): Refusal | null {
  const url = req.url ?? "/";
  const path = url.split("?")[0] ?? "/";
  const host = first(req.headers.host);
  if (!isAllowedHost(host, policy)) {
    const name = hostName(host);
    return respond(
      path,
      403,
      "host-not-allowed",
      `This server does not answer to ${name ? `the host "${name}"` : "requests without a valid Host header"}; add the name to BRIEFING_ALLOWED_HOSTS if it is yours.`,
    );
  }
  if (!hasValidPercentEncoding(path)) return respond(path, 400, "bad-path", "The address has a malformed %-escape.");
  if (isCrossOriginAction(req, path)) return respond(path, 403, "cross-origin", "A form on another site cannot make changes here.");
  return null;
}
