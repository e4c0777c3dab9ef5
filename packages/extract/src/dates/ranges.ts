// Two times joined into one span by the words between them: "between January and March",
// "from Monday to Wednesday". (chrono and year-times.ts read most ranges whole; these are the rest.)
import { isoSpan } from "./calendar.js";
import type { Draft, Resolution } from "./draft.js";

const JOINERS: [before: RegExp, between: RegExp][] = [
  [/\bbetween\s+$/i, /^\s+and\s+$/i],
  [/\bfrom\s+$/i, /^\s*(?:to|until|till|through|[-–—])\s*$/i],
];

/** `drafts` (in text order) with joined pairs merged into spans. */
export function joinedRanges(text: string, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i] as Draft;
    const b = drafts[i + 1];
    const merged = b ? join(text, a, b) : null;
    if (merged) {
      out.push(merged);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

function join(text: string, a: Draft, b: Draft): Draft | null {
  const first = a.resolution;
  const last = b.resolution;
  if (a.relation || b.relation || !first?.value || !last?.value) return null;
  if (first.precision === "span" || last.precision === "span" || first.value.includes("/") || last.value.includes("/")) return null;
  if (!(first.value < last.value)) return null;
  const before = text.slice(Math.max(0, a.start - 10), a.start);
  const between = text.slice(a.end, b.start);
  if (!JOINERS.some(([pre, mid]) => pre.test(before) && mid.test(between))) return null;
  const anchor: Resolution["anchor"] = first.anchor.kind === "absolute" ? last.anchor : first.anchor;
  return { start: a.start, end: b.end, resolution: { value: isoSpan(first.value, last.value), precision: "span", anchor } };
}
