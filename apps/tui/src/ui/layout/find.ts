import { type ComposedBriefing, itemLine } from "@briefing/core";
import { screenItems } from "./screen-rows.js";

export interface Place {
  section: number;
  item: number;
}

/** Every item whose line contains the query (case-insensitive), in reading order; the lead counts as the first section's. */
export function findMatches(doc: ComposedBriefing, query: string): Place[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const out: Place[] = [];
  doc.sections.forEach((_, s) => {
    screenItems(doc, s).forEach((item, i) => {
      if (itemLine(item).toLowerCase().includes(needle)) out.push({ section: s, item: i });
    });
  });
  return out;
}

/** The match after (or before) a place, wrapping around; the place itself counts when `inclusive`. */
export function nextMatch(matches: Place[], from: Place, direction: 1 | -1, inclusive = false): Place | null {
  if (matches.length === 0) return null;
  const cmp = (a: Place) => (a.section - from.section) * 1e6 + (a.item - from.item);
  if (direction === 1) return matches.find((m) => (inclusive ? cmp(m) >= 0 : cmp(m) > 0)) ?? matches[0]!;
  return [...matches].reverse().find((m) => cmp(m) < 0) ?? matches[matches.length - 1]!;
}
