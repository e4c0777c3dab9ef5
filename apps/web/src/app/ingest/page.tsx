import type { Metadata } from "next";
import { headers } from "next/headers";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest-input";
import { tokenRequired } from "@/lib/write-access";
import { IngestForm } from "./ingest-form";

export const metadata: Metadata = { title: "Add an article" };

/** Ingest: paste or upload an article and get its briefing. */
export default async function IngestPage() {
  // Rendered per request: the CSP nonce and the token requirement come from this server and this request's Host.
  const host = (await headers()).get("host");
  return (
    <div className="page page-narrow">
      <h1 className="page-title">Add an article</h1>
      <p className="lede">
        Briefing reads the article on this machine, finds who did what, who said what, the figures and the dates, and links each line to the
        sentence it came from.
      </p>
      <IngestForm tokenRequired={tokenRequired(host)} maxMegabytes={MAX_ARTICLE_BYTES / 1_000_000} />
    </div>
  );
}
