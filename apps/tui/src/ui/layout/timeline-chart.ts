import type { ComposedItem } from "@briefing/core";
import { itemRows, type Row } from "./rows.js";
import { type Line, pad, textWidth } from "./wrap.js";

/** The stretch of time an ISO value names, in fractional years: "2021" covers all of 2021. */
export function periodOf(value: string): { from: number; to: number } | null {
  const [a, b] = value.split("/");
  const from = pointOf(a ?? "");
  const to = pointOf(b ?? a ?? "");
  return from && to ? { from: from.from, to: to.to } : null;
}

function pointOf(value: string): { from: number; to: number } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { from: year, to: year + 1 };
  const month = Number(m[2]) - 1;
  if (!m[3]) return { from: year + month / 12, to: year + (month + 1) / 12 };
  const day = Number(m[3]) - 1;
  const at = year + month / 12 + day / 365;
  return { from: at, to: at + 1 / 365 };
}

/**
 * The timeline as a chart: each row is one date, with a bar placing it on an axis that runs from the
 * earliest to the latest date (a dot for a day, a bar for a span), then what happened.
 */
export function timelineChartRows(items: ComposedItem[], width: number): Row[] {
  const periods = items.map((i) => (i.when ? periodOf(i.when.value) : null));
  const known = periods.filter((p): p is { from: number; to: number } => p !== null);
  const labelWidth = Math.min(22, Math.max(4, ...items.map((i) => textWidth(i.emphasis ?? ""))));
  const chartWidth = Math.max(10, Math.min(32, Math.floor(width * 0.25)));
  const textLead = labelWidth + chartWidth + 4;
  const min = Math.min(...known.map((p) => p.from));
  const max = Math.max(...known.map((p) => p.to));
  const span = max - min || 1;

  const column = (t: number) => Math.min(chartWidth - 1, Math.max(0, Math.floor(((t - min) / span) * chartWidth)));
  const bar = (p: { from: number; to: number } | null): string => {
    if (!p) return pad("unresolved", chartWidth);
    const cells = Array.from({ length: chartWidth }, () => "·");
    const a = column(p.from);
    const b = Math.max(a, column(p.to - span / (chartWidth * 4)));
    for (let c = a; c <= b; c++) cells[c] = b > a ? "━" : "●";
    return cells.join("");
  };

  const rows: Row[] = [];
  if (known.length > 0) {
    const first = String(Math.floor(min));
    const last = String(Math.max(Math.ceil(max) - 1, Math.floor(min)));
    const axis = first + " ".repeat(Math.max(1, chartWidth - first.length - last.length)) + last;
    rows.push({ item: null, line: [{ text: `${" ".repeat(labelWidth + 2)}${axis}`, style: "axis" }] });
  }
  let previous: { from: number; to: number } | null = null;
  items.forEach((item, index) => {
    const period = periods[index] ?? null;
    // A long quiet stretch gets a line of its own, so the chart reads as time passing, not a list.
    const gap = previous && period ? period.from - previous.to : 0;
    if (gap >= 1) {
      const years = Math.round(gap);
      rows.push({
        item: null,
        line: [{ text: `${" ".repeat(labelWidth + 2)}┆ ${years} year${years === 1 ? "" : "s"} later`, style: "axis" }],
      });
    }
    if (period) previous = period;
    const lead: Line = [
      { text: pad(item.emphasis ?? "", labelWidth, "right"), style: "emphasis" },
      { text: "  ", style: "text" },
      { text: bar(period), style: "marker" },
      { text: "  ", style: "text" },
    ];
    const segments = [
      { text: item.text, style: "text" as const },
      ...(item.meta ? [{ text: ` (${item.meta})`, style: "meta" as const }] : []),
    ];
    rows.push(...itemRows(index, segments, width, lead, textLead));
  });
  return rows;
}
