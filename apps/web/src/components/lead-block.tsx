import type { ComposedLead } from "@briefing/core";
import { EvidenceLink } from "./evidence-link";
import { FigureItem } from "./figure-item";

/** What the briefing opens with: the main news in one sentence, then the figures that matter most. */
export function LeadBlock({ lead, briefingId }: { lead: ComposedLead; briefingId: string }) {
  const { event, figures } = lead;
  return (
    <section className="lead" aria-labelledby="lead-title">
      <h2 id="lead-title" className="visually-hidden">
        The news in brief
      </h2>
      <p className="lead-event">
        {event.emphasis ? (
          <>
            <strong className="item-emphasis">{event.emphasis}</strong>
            <span className="visually-hidden"> — </span>{" "}
          </>
        ) : null}
        <span className="item-text">{event.text}</span>
        {event.meta ? (
          <span className="lead-meta item-meta">
            <span className="visually-hidden"> (</span>
            {event.meta}
            <span className="visually-hidden">)</span>
          </span>
        ) : null}{" "}
        <EvidenceLink briefingId={briefingId} item={event} />
      </p>
      {figures.length > 0 ? (
        <ul className="figures lead-figures" aria-label="Key figures of the news">
          {figures.map((item) => (
            // No anchor: the same figure keeps its id in the Key figures section.
            <FigureItem key={item.id} item={item} briefingId={briefingId} anchor={false} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
