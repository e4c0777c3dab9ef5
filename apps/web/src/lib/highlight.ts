import { type ComposedBriefing, itemLine, type SectionId } from "@briefing/core";

// Splits an article into runs of text, each run knowing every evidence span that covers it, so the
// source view can highlight overlapping spans (a name inside a quote) without nesting markup.

/** One evidence span of one composed item. */
export interface Highlight {
  itemId: string;
  section: SectionId;
  /** Which item it grounds, in words: "Key figures: 42% — rise in attacks (according to PICSS)". */
  label: string;
  /** Index of this span among the item's evidence; anchors are `${itemId}-${n}`. */
  n: number;
  start: number;
  end: number;
}

/** A run of article text with the highlights covering all of it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Covering highlights, most specific (shortest) first. */
  covers: Highlight[];
  /** Anchor ids of highlights starting here, for #fragment scrolling. */
  anchors: string[];
}

/** The evidence spans a composed briefing cites in one source (the sources list itself excluded). */
export function highlightsFor(doc: ComposedBriefing, sourceId: string): Highlight[] {
  const out: Highlight[] = [];
  for (const section of doc.sections) {
    if (section.id === "sources") continue;
    for (const item of section.items) {
      item.evidence.forEach((e, n) => {
        if (e.sourceId !== sourceId) return;
        out.push({ itemId: item.id, section: section.id, label: `${section.title}: ${itemLine(item)}`, n, start: e.start, end: e.end });
      });
    }
  }
  return out;
}

/**
 * Cuts `text` (or its `range`, one page of the source view) at every highlight boundary. One sweep
 * over the sorted boundaries: the work grows with the spans, not with spans × boundaries.
 */
export function segmentText(
  text: string,
  highlights: Highlight[],
  range: { start: number; end: number } = { start: 0, end: text.length },
): Segment[] {
  const from = Math.max(0, range.start);
  const to = Math.min(text.length, range.end);
  const valid = highlights
    .filter((h) => h.start >= 0 && h.end <= text.length && h.end > h.start && h.end > from && h.start < to)
    .sort((a, b) => a.start - b.start);
  const cuts = new Set([from, to]);
  for (const h of valid) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: Highlight[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    active = active.filter((h) => h.end > start);
    const anchors: string[] = [];
    while (next < valid.length && Math.max(from, (valid[next] as Highlight).start) <= start) {
      const h = valid[next++] as Highlight;
      active.push(h);
      if (h.start === start) anchors.push(`${h.itemId}-${h.n}`);
    }
    const covers = [...active].sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text: text.slice(start, end), covers, anchors });
  }
  return segments;
}
