import type { ComposedItem } from "@briefing/core";
import { EvidenceLink } from "./evidence-link";

/**
 * One composed item as a list entry: emphasis — text (meta), then its source link. The words are
 * exactly core's itemLine, so the page and the terminal show the same line.
 */
export function ItemLine({ briefingId, item, showEmphasis = true }: { briefingId: string; item: ComposedItem; showEmphasis?: boolean }) {
  return (
    <li id={item.id} className="item">
      {showEmphasis && item.emphasis ? (
        <>
          <strong className="item-emphasis">{item.emphasis}</strong> —{" "}
        </>
      ) : null}
      <span className="item-text">{item.text}</span>
      {item.meta ? <span className="item-meta"> ({item.meta})</span> : null} <EvidenceLink briefingId={briefingId} item={item} />
    </li>
  );
}
