import Link from "next/link";
import { connection } from "next/server";

/** Unknown briefing, source or address. */
export default async function NotFound() {
  // Rendered per request, not prerendered: Next puts the request's CSP nonce on its scripts only then.
  await connection();
  return (
    <div className="page page-narrow">
      <h1 className="page-title">Not found</h1>
      <p className="lede">There is no briefing or page at this address. It may have been removed, or the link may be incomplete.</p>
      <p>
        <Link href="/" prefetch={false}>
          See every briefing
        </Link>{" "}
        or{" "}
        <Link href="/ingest" prefetch={false}>
          add an article
        </Link>
        .
      </p>
    </div>
  );
}
