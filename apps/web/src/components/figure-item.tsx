import type { ComposedItem } from "@briefing/core";
import { EvidenceLink } from "./evidence-link";

/** One figure line: value, what it measures, who vouches for it, its evidence. `anchor`: give it the item's id. */
export function FigureItem({ item, briefingId, anchor }: { item: ComposedItem; briefingId: string; anchor: boolean }) {
  return (
    <li id={anchor ? item.id : undefined} className="figure">
      <strong className="figure-value item-emphasis">{item.emphasis}</strong>
      <span className="visually-hidden"> — </span>
      <span className="figure-measure item-text">{item.text}</span>
      {item.meta ? (
        <span className="figure-credit item-meta">
          <span className="visually-hidden"> (</span>
          {item.meta}
          <span className="visually-hidden">)</span>
        </span>
      ) : null}
      <EvidenceLink briefingId={briefingId} item={item} />
    </li>
  );
}
