import { describe, expect, it } from "vitest";
import { sentenceAround } from "./evidence.js";
import { navigate } from "./navigation.js";
import { scrollOffset } from "./scroll.js";
import { periodOf, timelineChartRows } from "./timeline-chart.js";
import { lineText, textWidth, wrapSegments } from "./wrap.js";

describe("wrapSegments", () => {
  it("never exceeds the width and keeps every word in order", () => {
    const text =
      "Pakistan experienced a significant 42% increase in terror attacks in January 2025, extraordinarily-long-compound-words-included.";
    for (const width of [8, 13, 30, 80]) {
      const lines = wrapSegments([{ text, style: "text" }], width).map(lineText);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
    }
  });

  it("keeps each segment's style across line breaks", () => {
    const lines = wrapSegments(
      [
        { text: "Ishaq Dar", style: "emphasis" },
        { text: " — Foreign Minister of Pakistan", style: "text" },
      ],
      10,
    );
    expect(lines[0]).toEqual([{ text: "Ishaq Dar", style: "emphasis" }]);
    expect(lines.slice(1).every((l) => l.every((s) => s.style === "text"))).toBe(true);
  });

  it("counts wide characters twice", () => {
    expect(textWidth("日本")).toBe(4);
    expect(wrapSegments([{ text: "日本語のニュース", style: "text" }], 6).map(lineText)).toEqual(["日本語", "のニュ", "ース"]);
  });
});

describe("scrollOffset", () => {
  it("scrolls just enough to show the selection, down and up", () => {
    expect(scrollOffset(0, 3, 4, 10, 50)).toBe(0);
    expect(scrollOffset(0, 12, 13, 10, 50)).toBe(4);
    expect(scrollOffset(4, 2, 2, 10, 50)).toBe(2);
    expect(scrollOffset(0, 48, 49, 10, 50)).toBe(40);
  });

  it("shows the top of a selection taller than the view", () => {
    expect(scrollOffset(0, 20, 40, 10, 50)).toBe(20);
  });
});

describe("periodOf", () => {
  it("turns ISO values of any precision into a stretch of time", () => {
    expect(periodOf("2021")).toEqual({ from: 2021, to: 2022 });
    expect(periodOf("2013/2018")).toEqual({ from: 2013, to: 2019 });
    expect(periodOf("2025-01")?.from).toBe(2025);
    const day = periodOf("2025-04-07");
    expect(day && day.to - day.from).toBeCloseTo(1 / 365);
    expect(periodOf("soon")).toBeNull();
  });
});

describe("sentenceAround", () => {
  it("cuts the text back to the sentence holding the span", () => {
    const text = "First sentence here. The minister said 42% more. Last one.";
    const start = text.indexOf("42%");
    expect(sentenceAround(text, start, start + 3)).toEqual({ before: "The minister said ", span: "42%", after: " more." });
  });
});

describe("navigate", () => {
  it("stops at the ends of a section and wraps around the sections", () => {
    const counts = [2, 3];
    let state = { section: 0, selected: [0, 0] };
    state = navigate(state, { type: "step", by: 5 }, counts);
    expect(state.selected[0]).toBe(1);
    state = navigate(state, { type: "section", by: -1 }, counts);
    expect(state.section).toBe(1);
    state = navigate(state, { type: "section", by: 1 }, counts);
    expect(state).toEqual({ section: 0, selected: [1, 0] });
  });
});

describe("timelineChartRows", () => {
  const item = (value: string, text: string) => ({
    id: `tim_${value.replace(/\D/g, "")}`,
    emphasis: value,
    text,
    meta: null,
    group: null,
    when: { value, precision: "day" },
    entityIds: [],
    evidence: [{ sourceId: "src_000000", start: 0, end: 1, text: "x" }],
  });

  it("places each date on the axis, earliest left, and marks long quiet stretches", () => {
    const rows = timelineChartRows([item("2015", "first"), item("2025-04-07", "last")], 80).map((r) => lineText(r.line));
    expect(rows[0]).toMatch(/2015\s+2025/);
    const first = rows.find((r) => r.includes("first")) ?? "";
    const last = rows.find((r) => r.includes("last")) ?? "";
    expect(first.indexOf("━")).toBeLessThan(last.indexOf("●"));
    expect(rows.some((r) => r.includes("9 years later"))).toBe(true);
  });
});
