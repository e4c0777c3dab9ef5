import type { Line, Segment } from "./wrap.js";
import { wrapSegments } from "./wrap.js";

/** One screen line of a section; `item` is the index of the item it belongs to, null for headings. */
export interface Row {
  item: number | null;
  line: Line;
}

/** Wraps segments into rows for one item, with a prefix on the first line and an indent after it. */
export function itemRows(item: number | null, segments: Segment[], width: number, first: Segment[] = [], indent = 0): Row[] {
  const firstWidth = first.reduce((n, s) => n + s.text.length, 0);
  const lead = Math.max(firstWidth, indent);
  const lines = wrapSegments(segments, Math.max(8, width - lead));
  return lines.map((line, i) => ({
    item,
    line:
      i === 0
        ? [...first, ...(firstWidth < lead ? [{ text: " ".repeat(lead - firstWidth), style: "text" as const }] : []), ...line]
        : [{ text: " ".repeat(lead), style: "text" }, ...line],
  }));
}

/** A non-selectable heading row. */
export function headingRow(text: string): Row {
  return { item: null, line: [{ text, style: "heading" }] };
}

export function blankRow(): Row {
  return { item: null, line: [] };
}
