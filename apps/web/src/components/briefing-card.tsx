import { formatTime } from "@briefing/core";
import type { BriefingSummary } from "@briefing/store";
import Link from "next/link";
import type { ReactNode } from "react";

/** "7 April 2025" from an ISO date or timestamp. */
export function publishedLabel(published: string | null): string | null {
  return published ? formatTime({ value: published.slice(0, 10), text: published }) : null;
}

/** One briefing in a list: headline, date, publishers, its key figure, and (in search) why it matched. */
export function BriefingCard({ summary, children }: { summary: BriefingSummary; children?: ReactNode }) {
  const date = publishedLabel(summary.published);
  const { counts } = summary;
  return (
    <article className="card">
      <h2 className="card-title">
        <Link href={`/b/${summary.id}`} prefetch={false}>
          {summary.title}
        </Link>
      </h2>
      <p className="card-byline">{[summary.publishers.join(", "), date].filter(Boolean).join(" · ") || "No publisher or date given"}</p>
      {summary.keyFigure ? (
        <p className="card-figure">
          <span className="visually-hidden">Key figure: </span>
          {summary.keyFigure}
        </p>
      ) : null}
      {children}
      <p className="card-counts">
        {counts.events} events · {counts.statements} statements · {counts.figures} figures · {counts.entities} people, groups and places
      </p>
    </article>
  );
}
