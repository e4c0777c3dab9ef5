// The PostgreSQL URL is checked before pg sees it: pg reads "notaurl" as a host named "base" and
// reports "getaddrinfo ENOTFOUND base", and warns over several lines about what `sslmode` means.
import { z } from "zod";
import { StoreError } from "./errors.js";

const PostgresUrlSchema = z.url({ protocol: /^postgres(ql)?$/ });

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "the configured PostgreSQL URL";
  }
}

/**
 * The connection string to hand to pg, or a `connection` StoreError when `url` is not a postgres://
 * URL. `sslmode` keeps the meaning libpq and psql give it (`require`: encrypted, certificate not
 * verified; `verify-full`: verified), which pg 8 only applies, without its warning, when asked to.
 */
export function connectionString(url: string): string {
  if (!PostgresUrlSchema.safeParse(url).success) {
    // The text may hold a password: name its shape, not its content.
    throw new StoreError(
      "connection",
      "BRIEFING_DATABASE_URL (or the url option) is not a valid postgres:// URL; it looks like postgres://user:password@host:5432/database",
    );
  }
  const parsed = new URL(url);
  if (parsed.searchParams.has("sslmode") && !parsed.searchParams.has("uselibpqcompat")) {
    parsed.searchParams.set("uselibpqcompat", "true");
  }
  return parsed.toString();
}
