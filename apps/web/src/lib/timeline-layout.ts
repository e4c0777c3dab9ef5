import type { ComposedItem } from "@briefing/core";

// Places dated timeline items on a proportional axis for the server-rendered SVG: points for days,
// bars for months, years and spans, numbered markers in lanes so labels never overlap.

export interface TimelineMark {
  item: ComposedItem;
  /** 1-based number shown on the chart and in the list beside it. */
  number: number;
  /** Left and right edge, 0..1 of the axis. */
  x0: number;
  x1: number;
  lane: number;
}

export interface TimelineTick {
  x: number;
  label: string;
}

export interface TimelineLayout {
  marks: TimelineMark[];
  ticks: TimelineTick[];
  lanes: number;
}

const DAY = 86_400_000;

/** [start, end) in ms of an ISO date, month, year or span value. */
export function periodOf(value: string): [number, number] | null {
  const [from, to] = value.split("/");
  const start = startOf(from ?? "");
  const end = endOf(to ?? from ?? "");
  return start === null || end === null ? null : [start, Math.max(end, start + DAY)];
}

function parts(v: string): [number, number | undefined, number | undefined] | null {
  const m = v.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return null;
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

function startOf(v: string): number | null {
  const p = parts(v);
  return p ? Date.UTC(p[0], (p[1] ?? 1) - 1, p[2] ?? 1) : null;
}

function endOf(v: string): number | null {
  const p = parts(v);
  if (!p) return null;
  const [y, m, d] = p;
  if (d !== undefined && m !== undefined) return Date.UTC(y, m - 1, d + 1);
  if (m !== undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y + 1, 0, 1);
}

/** Lays out the dated items (in the order given) on one axis; `minGap` is the least room between marks, in axis units. */
export function layoutTimeline(items: ComposedItem[], minGap = 0.045, maxTicks = 8): TimelineLayout {
  const dated = items.flatMap((item) => {
    const period = item.when ? periodOf(item.when.value) : null;
    return period ? [{ item, period }] : [];
  });
  if (dated.length === 0) return { marks: [], ticks: [], lanes: 0 };
  let lo = Math.min(...dated.map((d) => d.period[0]));
  let hi = Math.max(...dated.map((d) => d.period[1]));
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  lo -= pad;
  hi += pad;
  const x = (t: number) => (t - lo) / (hi - lo);

  const laneEnds: number[] = [];
  const marks = dated.map(({ item, period }, i) => {
    const x0 = x(period[0]);
    const x1 = x(period[1]);
    let lane = laneEnds.findIndex((end) => end + minGap <= x0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = Math.max(x0 + minGap, x1);
    return { item, number: i + 1, x0, x1, lane };
  });
  return { marks, ticks: yearTicks(lo, hi, x, maxTicks), lanes: laneEnds.length };
}

function yearTicks(lo: number, hi: number, x: (t: number) => number, max: number): TimelineTick[] {
  const y0 = new Date(lo).getUTCFullYear() + 1;
  const y1 = new Date(hi).getUTCFullYear();
  if (y1 < y0) {
    // Less than a year: tick the months.
    const ticks: TimelineTick[] = [];
    const d = new Date(lo);
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t < hi; ) {
      const date = new Date(t);
      ticks.push({ x: x(t), label: date.toLocaleString("en-US", { month: "short", timeZone: "UTC" }) });
      t = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
    return thin(ticks, max);
  }
  const ticks: TimelineTick[] = [];
  for (let y = y0; y <= y1; y++) ticks.push({ x: x(Date.UTC(y, 0, 1)), label: String(y) });
  return thin(ticks, max);
}

function thin(ticks: TimelineTick[], max: number): TimelineTick[] {
  const step = Math.ceil(ticks.length / max);
  return ticks.filter((_, i) => i % step === 0);
}
