import type { ComposedBriefing, ComposedItem, ComposedSection, SectionId } from "@briefing/core";

// Caps on what one page renders, so a pathological article (thousands of quotes, a line of a
// million characters) still gives a page of bounded size that renders in milliseconds. Real
// articles stay far below them (the development set: at most 38 lines a section, 367 characters
// a line), so for them the page shows everything, word for word.

/** Lines of one section shown on the briefing page; the rest are one link away. */
export const SECTION_PREVIEW = 60;
/** Lines per page when one section is shown on its own (`?section=`). */
export const SECTION_PAGE = 200;
/** Characters of one line's text, lead words or notes; longer ones end in "…". */
export const MAX_LINE_CHARS = 1000;
/** Characters of a heading (the briefing's title, a speaker's name). */
export const MAX_HEADING_CHARS = 300;
/** Actor chips shown above the briefing. */
export const MAX_ACTOR_CHIPS = 60;
/** Actor chips shown before the "more" toggle (the most central people; a phone shows little else above the fold). */
export const CENTRAL_ACTOR_CHIPS = 5;
/** JSON-LD larger than this is linked, not embedded in the page. */
export const MAX_EMBEDDED_JSON_LD = 64_000;
/**
 * Characters of article text on one page of the source view. Each highlight costs markup and a
 * hover note, twice (the HTML and Next's payload), so a quote-dense part of 10,000 characters
 * stays well under 1 MB.
 */
export const SOURCE_PART_CHARS = 10_000;
/** Characters of a highlight's hover note. */
export const MAX_NOTE_CHARS = 120;
/** Hover notes of one run of text (a run inside many spans names the first few). */
export const MAX_NOTES = 3;

/** `text` cut to `max` characters (never inside a surrogate pair), with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const clipOrNull = (text: string | null, max: number) => (text === null ? null : clip(text, max));

function clipItem(item: ComposedItem): ComposedItem {
  return {
    ...item,
    emphasis: clipOrNull(item.emphasis, MAX_LINE_CHARS),
    text: clip(item.text, MAX_LINE_CHARS),
    meta: clipOrNull(item.meta, MAX_LINE_CHARS),
    group: clipOrNull(item.group, MAX_HEADING_CHARS),
    evidence: item.evidence.map((e) => ({ ...e, text: clip(e.text, MAX_LINE_CHARS) })),
  };
}

/** How much of one section a page shows. */
export interface SectionWindow {
  /** Lines in the whole section. */
  total: number;
  /** Index of the first line shown. */
  from: number;
  /** Lines shown. */
  shown: number;
}

/** The part of a composed briefing one page shows, and what was left out. */
export interface CappedBriefing {
  doc: ComposedBriefing;
  windows: Partial<Record<SectionId, SectionWindow>>;
}

/**
 * The document a page renders: every section's first SECTION_PREVIEW lines, or, with `only`, that
 * one section's lines on page `page` (SECTION_PAGE a page). Long words are clipped.
 */
export function capBriefing(doc: ComposedBriefing, only?: { section: SectionId; page: number }): CappedBriefing {
  const windows: CappedBriefing["windows"] = {};
  const sections: ComposedSection[] = [];
  for (const section of doc.sections) {
    if (only && section.id !== only.section) continue;
    const size = only ? SECTION_PAGE : SECTION_PREVIEW;
    const from = only ? Math.min((only.page - 1) * size, Math.max(0, section.items.length - 1)) : 0;
    const items = section.items.slice(from, from + size).map(clipItem);
    windows[section.id] = { total: section.items.length, from, shown: items.length };
    sections.push({ ...section, items });
  }
  return {
    doc: {
      ...doc,
      // One section shown alone is a page of lines, not the briefing: it does not open with the lead.
      lead: doc.lead && !only ? { event: clipItem(doc.lead.event), figures: doc.lead.figures.map(clipItem) } : null,
      title: clip(doc.title, MAX_HEADING_CHARS),
      byline: clip(doc.byline, MAX_HEADING_CHARS),
      sections,
      warnings: doc.warnings.map((w) => clip(w, MAX_LINE_CHARS)),
    },
    windows,
  };
}

/**
 * The article cut into pages of at most `max` characters, each ending after a line break when one
 * falls in its second half (else after a space, else anywhere but inside a surrogate pair).
 */
export function sourceParts(text: string, max = SOURCE_PART_CHARS): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const floor = start + Math.floor(max / 2);
      const newline = text.lastIndexOf("\n", end - 1);
      const space = text.lastIndexOf(" ", end - 1);
      if (newline >= floor) end = newline + 1;
      else if (space >= floor) end = space + 1;
      else if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end--;
    }
    parts.push({ start, end });
    start = end;
  }
  return parts.length > 0 ? parts : [{ start: 0, end: 0 }];
}

/** The 1-based page of `parts` holding character `offset`. */
export function partOf(parts: readonly { start: number; end: number }[], offset: number): number {
  const index = parts.findIndex((p) => offset >= p.start && offset < p.end);
  return index < 0 ? 1 : index + 1;
}
