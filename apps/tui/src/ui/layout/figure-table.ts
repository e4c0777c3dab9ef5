import type { ComposedItem } from "@briefing/core";
import type { Row } from "./rows.js";
import { type Line, pad, textWidth, wrapSegments } from "./wrap.js";

const GAP = 2;

/** Key figures as an aligned table: the figure right-aligned, what it measures, who vouches for it. */
export function figureTableRows(items: ComposedItem[], width: number): Row[] {
  const figureWidth = Math.min(18, Math.max(6, ...items.map((i) => textWidth(i.emphasis ?? ""))));
  const measureNeeded = Math.max(16, ...items.map((i) => textWidth(i.text)));
  const attributionNeeded = Math.max(11, ...items.map((i) => textWidth(i.meta ?? "")));
  const room = width - figureWidth - 2 * GAP;
  // Natural widths when the table fits; otherwise the attribution gets up to 40% of the room.
  const attributionWidth =
    measureNeeded + attributionNeeded <= room ? attributionNeeded : Math.min(attributionNeeded, Math.max(16, Math.floor(room * 0.4)));
  const measureWidth = Math.max(12, room - attributionWidth);
  const gap = " ".repeat(GAP);

  const header: Row = {
    item: null,
    line: [
      { text: `${pad("Figure", figureWidth, "right")}${gap}${pad("What it measures", measureWidth)}${gap}Attribution`, style: "heading" },
    ],
  };
  const rule: Row = {
    item: null,
    line: [{ text: "─".repeat(Math.min(width, figureWidth + measureWidth + attributionWidth + 2 * GAP)), style: "axis" }],
  };

  const rows: Row[] = [header, rule];
  items.forEach((item, index) => {
    const measure = wrapSegments([{ text: item.text, style: "text" }], measureWidth);
    const attribution = wrapSegments([{ text: item.meta ?? "", style: "meta" }], attributionWidth);
    const height = Math.max(measure.length, attribution.length);
    for (let i = 0; i < height; i++) {
      const line: Line = [
        { text: pad(i === 0 ? (item.emphasis ?? "") : "", figureWidth, "right"), style: "emphasis" },
        { text: gap, style: "text" },
        ...cell(measure[i], measureWidth),
        { text: gap, style: "text" },
        ...(attribution[i] ?? []),
      ];
      rows.push({ item: index, line });
    }
  });
  return rows;
}

function cell(line: Line | undefined, width: number): Line {
  const used = (line ?? []).reduce((n, s) => n + textWidth(s.text), 0);
  return [...(line ?? []), { text: " ".repeat(Math.max(0, width - used)), style: "text" }];
}
