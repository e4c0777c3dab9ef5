import type { ComposedItem } from "@briefing/core";
import type { Row } from "./rows.js";
import { type Line, pad, textWidth, wrapSegments } from "./wrap.js";

const GAP = 2;

/**
 * Key figures as a table, the figures right-aligned in their own column. When every cell fits on one
 * line, what it measures and who vouches for it get a column each; otherwise the attribution goes
 * under what the figure measures, so no two wrapped cells interleave their words.
 */
export function figureTableRows(items: ComposedItem[], width: number): Row[] {
  const figureWidth = Math.min(18, Math.max(6, ...items.map((i) => textWidth(i.emphasis ?? ""))));
  const measureNeeded = Math.max(16, ...items.map((i) => textWidth(i.text)));
  const attributionNeeded = Math.max(11, ...items.map((i) => textWidth(i.meta ?? "")));
  const room = Math.max(12, width - figureWidth - GAP);
  const wide = measureNeeded + GAP + attributionNeeded <= room;
  const measureWidth = wide ? measureNeeded : room;
  const gap = " ".repeat(GAP);
  const indent = " ".repeat(figureWidth + GAP);

  const heading = wide
    ? `${pad("Figure", figureWidth, "right")}${gap}${pad("What it measures", measureWidth)}${gap}Attribution`
    : `${pad("Figure", figureWidth, "right")}${gap}What it measures · attribution`;
  const rows: Row[] = [
    { item: null, line: [{ text: heading, style: "heading" }] },
    {
      item: null,
      line: [{ text: "─".repeat(Math.min(width, wide ? figureWidth + measureWidth + attributionNeeded + 2 * GAP : width)), style: "axis" }],
    },
  ];
  items.forEach((item, index) => {
    const measure = wrapSegments([{ text: item.text, style: "text" }], measureWidth);
    const first: Line = [
      { text: pad(item.emphasis ?? "", figureWidth, "right"), style: "emphasis" },
      { text: gap, style: "text" },
    ];
    if (wide) {
      rows.push({
        item: index,
        line: [...first, ...cell(measure[0], measureWidth), { text: gap, style: "text" }, { text: item.meta ?? "", style: "meta" }],
      });
      return;
    }
    measure.forEach((line, i) => {
      rows.push({ item: index, line: [...(i === 0 ? first : [{ text: indent, style: "text" as const }]), ...line] });
    });
    if (item.meta) {
      for (const line of wrapSegments([{ text: item.meta, style: "meta" }], measureWidth))
        rows.push({ item: index, line: [{ text: indent, style: "text" }, ...line] });
    }
  });
  return rows;
}

function cell(line: Line | undefined, width: number): Line {
  const used = (line ?? []).reduce((n, s) => n + textWidth(s.text), 0);
  return [...(line ?? []), { text: " ".repeat(Math.max(0, width - used)), style: "text" }];
}
