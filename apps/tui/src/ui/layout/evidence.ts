import type { ComposedBriefing, ComposedItem, Evidence, Source } from "@briefing/core";

/** The sentence (or line) of a source that holds an evidence span, and where the span sits in it. */
export interface EvidenceContext {
  before: string;
  span: string;
  after: string;
}

const SENTENCE_END = /[.!?…]["”’)\]]*\s|\n/g;

/** Cuts the source text around a span back to the sentences it sits in. */
export function sentenceAround(text: string, start: number, end: number, maxChars = 600): EvidenceContext {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = (m.index ?? 0) + m[0].length;
    if (boundary <= start) from = boundary;
    else if ((m.index ?? 0) >= end - 1 && boundary > end) {
      to = m[0] === "\n" ? (m.index ?? 0) : boundary;
      break;
    }
  }
  // A paragraph without punctuation could be the whole article: keep a window around the span.
  from = Math.max(from, start - maxChars / 2);
  to = Math.min(to, end + maxChars / 2);
  return { before: text.slice(from, start).trimStart(), span: text.slice(start, end), after: text.slice(end, to).trimEnd() };
}

/** Where one piece of evidence came from, as a reader names it. */
export interface EvidenceStop {
  evidence: Evidence;
  source: Source | undefined;
}

/**
 * Every piece of evidence about an entity, in source order: the item's own evidence plus that of
 * every item naming the entity, so n/p walk through the article wherever the entity is mentioned.
 */
export function evidenceTrail(doc: ComposedBriefing, item: ComposedItem, entityId: string | null): Evidence[] {
  const all: Evidence[] = [...item.evidence];
  if (entityId) {
    for (const section of doc.sections) {
      // Timeline and source items cite dates and titles, not the entity itself.
      if (section.id === "sources" || section.id === "timeline") continue;
      for (const other of section.items) if (other.entityIds.includes(entityId)) all.push(...other.evidence);
    }
  }
  const seen = new Set<string>();
  const unique = all.filter((e) => {
    const key = `${e.sourceId}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.end - b.end);
}

/** The display name of an entity, from the who's who section of the composed document. */
export function entityName(doc: ComposedBriefing, entityId: string): string {
  const item = doc.sections.find((s) => s.id === "whos-who")?.items.find((i) => i.id === entityId);
  return item?.emphasis ?? entityId;
}
