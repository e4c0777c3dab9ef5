import type { ComposedItem } from "@briefing/core";
import { describe, expect, it } from "vitest";
import { layoutTimeline, periodOf } from "./timeline-layout";

const item = (id: string, value: string | null): ComposedItem => ({
  id,
  emphasis: value,
  text: id,
  meta: null,
  group: null,
  when: value ? { value, precision: "day" } : null,
  entityIds: [],
  evidence: [{ sourceId: "src_abcdef", start: 0, end: 1, text: "x" }],
});

describe("timeline layout", () => {
  it("reads days, months, years and spans as periods", () => {
    expect(periodOf("2025-04-07")).toEqual([Date.UTC(2025, 3, 7), Date.UTC(2025, 3, 8)]);
    expect(periodOf("2025-04")).toEqual([Date.UTC(2025, 3, 1), Date.UTC(2025, 4, 1)]);
    expect(periodOf("2013/2018")).toEqual([Date.UTC(2013, 0, 1), Date.UTC(2019, 0, 1)]);
    expect(periodOf("someday")).toBeNull();
  });

  it("keeps time order left to right and numbers marks as listed, skipping undated items", () => {
    const layout = layoutTimeline([item("tim_a", "2013/2018"), item("tim_b", "2021"), item("tim_c", null), item("tim_d", "2025-04-07")]);
    expect(layout.marks.map((m) => [m.item.id, m.number])).toEqual([
      ["tim_a", 1],
      ["tim_b", 2],
      ["tim_d", 3],
    ]);
    const [a, b, d] = layout.marks;
    expect(a && b && d && a.x0 < b.x0 && b.x0 < d.x0).toBe(true);
    const years = layout.ticks.map((t) => Number(t.label));
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(years).toEqual([...years].sort((x, y) => x - y));
  });

  it("puts marks too close to share a row on separate rows", () => {
    const close = layoutTimeline([item("tim_a", "2025-04-05"), item("tim_b", "2025-04-06"), item("tim_c", "2025-04-07")]);
    expect(close.marks.map((m) => m.lane)).toEqual([0, 1, 2]);
    const apart = layoutTimeline([item("tim_a", "2010"), item("tim_b", "2025-04-06")]);
    expect(apart.marks.map((m) => m.lane)).toEqual([0, 0]);
  });
});
