import type { ComposedBriefing, ComposedItem } from "@briefing/core";
import { blankRow, itemRows, type Row } from "./rows.js";
import { itemSegments, sectionRows } from "./section-rows.js";

// The briefing opens with its lead (the main news, then its key figures) above the first section,
// as core's text renderer prints it; the lead's lines are items like any other, so the selection,
// Enter (evidence) and find reach them.

/** The lead's lines: the main event, then its figures; none when the briefing has no event. */
export function leadItems(doc: ComposedBriefing): ComposedItem[] {
  return doc.lead ? [doc.lead.event, ...doc.lead.figures] : [];
}

/** The selectable lines of section `index` as the screen lists them: the first opens with the lead. */
export function screenItems(doc: ComposedBriefing, index: number): ComposedItem[] {
  const items = doc.sections[index]?.items ?? [];
  return index === 0 ? [...leadItems(doc), ...items] : items;
}

/** The rows of section `index` at `width`: on the first, the warnings and the lead come before the section. */
export function screenRows(doc: ComposedBriefing, index: number, width: number): Row[] {
  const section = doc.sections[index];
  const body = section ? sectionRows(section, width) : [];
  if (index !== 0) return body;
  const warnings: Row[] = doc.warnings.map((w) => ({ item: null, line: [{ text: `Warning: ${w}`, style: "meta" }] }));
  const lead = leadItems(doc);
  const leadRows = lead.flatMap((item, i) =>
    i === 0 ? itemRows(0, itemSegments(item), width) : itemRows(i, itemSegments(item), width, [{ text: "  • ", style: "marker" }]),
  );
  const shifted = body.map((row) => (row.item === null ? row : { ...row, item: row.item + lead.length }));
  return [...warnings, ...leadRows, ...(lead.length > 0 ? [blankRow()] : []), ...shifted];
}
