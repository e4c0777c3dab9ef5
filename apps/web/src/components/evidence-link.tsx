import type { ComposedItem } from "@briefing/core";

/** Where an item's n-th evidence span is shown highlighted in its article. */
export function evidenceHref(briefingId: string, item: Pick<ComposedItem, "id" | "evidence">, n = 0): string | null {
  const e = item.evidence[n];
  if (!e) return null;
  return `/b/${briefingId}/source/${e.sourceId}?item=${item.id}#${item.id}-${n}`;
}

/** The "source" link after every line: one click from a line to the sentence it came from. */
export function EvidenceLink({ briefingId, item }: { briefingId: string; item: ComposedItem }) {
  const href = evidenceHref(briefingId, item);
  if (!href) return null;
  const what = item.emphasis ?? item.text;
  return (
    // A plain link: dozens per page, and each as a client Link would add to the page's payload.
    <a className="evidence-link" href={href} title={`Show “${item.evidence[0]?.text}” in the article`}>
      source<span className="visually-hidden"> of “{what.length > 60 ? `${what.slice(0, 60)}…` : what}”</span>
    </a>
  );
}
