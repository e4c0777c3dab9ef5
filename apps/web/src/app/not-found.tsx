import Link from "next/link";

/** Unknown briefing, source or address. */
export default function NotFound() {
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
