import type { ComposedItem, ComposedSection } from "@briefing/core";
import { figureTableRows } from "./figure-table.js";
import { blankRow, headingRow, itemRows, type Row } from "./rows.js";
import { timelineChartRows } from "./timeline-chart.js";
import type { Segment } from "./wrap.js";

const ENTITY_GROUPS: Record<string, string> = { person: "People", organization: "Organizations", place: "Places" };

/** "Emphasis — text (meta)" as styled segments: the same words as core's itemLine. */
export function itemSegments(item: ComposedItem, withEmphasis = true): Segment[] {
  const out: Segment[] = [];
  if (withEmphasis && item.emphasis) out.push({ text: item.emphasis, style: "emphasis" }, { text: " — ", style: "text" });
  out.push({ text: item.text, style: "text" });
  if (item.meta) out.push({ text: ` (${item.meta})`, style: "meta" });
  return out;
}

/** Lays out one composed section as screen rows for a given width. */
export function sectionRows(section: ComposedSection, width: number): Row[] {
  if (section.items.length === 0) return [{ item: null, line: [{ text: "Nothing in this section.", style: "meta" }] }];
  switch (section.id) {
    case "key-figures":
      return figureTableRows(section.items, width);
    case "timeline":
      return timelineChartRows(section.items, width);
    case "whos-who":
      return grouped(section.items, width, (i) => ENTITY_GROUPS[i.group ?? ""] ?? i.group ?? "", true);
    case "who-said-what":
      return grouped(section.items, width, (i) => i.emphasis ?? "Unattributed", false);
    case "key-points":
      return section.items.flatMap((item, index) => itemRows(index, itemSegments(item), width, [{ text: "• ", style: "marker" }]));
    default:
      return section.items.flatMap((item, index) => itemRows(index, itemSegments(item), width, [], 2));
  }
}

/** Items under a heading per group (speakers, entity kinds), in the order they come. */
function grouped(items: ComposedItem[], width: number, heading: (item: ComposedItem) => string, withEmphasis: boolean): Row[] {
  const rows: Row[] = [];
  let current: string | null = null;
  items.forEach((item, index) => {
    const group = heading(item);
    if (group !== current) {
      if (current !== null) rows.push(blankRow());
      rows.push(headingRow(group));
      current = group;
    }
    rows.push(...itemRows(index, itemSegments(item, withEmphasis), width, [{ text: "  ", style: "text" }], 4));
  });
  return rows;
}
