// Page furniture: the parts of a page that credit, link or navigate rather than report —
// bylines, photo credits, "contributed reporting", "Related" link lists, author bios at the end,
// navigation words, the agency bracket of a dateline. Names in them are not entities of the
// article, and no quote, figure or event comes from them. A pattern marks at most the line (or the
// part of a line) it matches: a paragraph glued to a credit is never dropped whole.
import words from "./lexicons/boilerplate.json" with { type: "json" };

const compile = (list: string[]) => list.map((p) => new RegExp(p, "iu"));

/** One alternation per flag set, so a line is scanned once per group rather than once per pattern. */
function union(patterns: RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) byFlags.set(p.flags, [...(byFlags.get(p.flags) ?? []), `(?:${p.source})`]);
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
}
const linePatterns = [...compile(words.linePatterns), ...words.caseSensitiveLinePatterns.map((p) => new RegExp(p, "u"))];
/** Patterns anchored at the line start mark only that line; the others only short lines, so a glued page is never marked whole. */
const anchored = union(linePatterns.filter((p) => p.source.startsWith("^")));
const unanchored = union(linePatterns.filter((p) => !p.source.startsWith("^")));
const listHeadings = compile(words.listHeadings);
// An author bio names its subject with capitals: case-sensitive.
const tailPatterns = words.tailPatterns.map((p) => new RegExp(p, "u"));
const inlinePatterns = words.inlinePatterns.map((p) => new RegExp(p, "giu"));
const datelineAgency = new RegExp(words.datelineAgency, "u");

interface Line {
  start: number;
  end: number;
  text: string;
  words: number;
}

/** Word count up to a cap (furniture lines are short; longer lines are never counted further). */
function countWords(line: string, cap: number): number {
  let n = 0;
  for (const _ of line.matchAll(/\S+/g)) if (++n > cap) break;
  return n;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const lead = raw.length - raw.trimStart().length;
      lines.push({
        start: start + lead,
        end: start + lead + trimmed.length,
        text: trimmed,
        words: countWords(trimmed, words.maxAnchoredLineWords),
      });
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

// The entity recognizer and the top-of-text reader ask for the furniture of the same text in one
// extraction: the last answer is kept, so the scan runs once per article.
let last: { text: string; ranges: readonly FurnitureRange[] } | undefined;

type FurnitureRange = readonly [number, number];

/** `[start, end)` ranges of furniture, sorted and not overlapping. */
export function boilerplateRanges(text: string): readonly FurnitureRange[] {
  if (last?.text !== text) last = { text, ranges: scan(text) };
  return last.ranges;
}

function scan(text: string): [number, number][] {
  const found: [number, number][] = [];
  const lines = splitLines(text);
  let inList = false;
  lines.forEach((line, i) => {
    const short = line.words <= words.maxLineWords;
    const tail = i >= lines.length - words.tailLines;
    const furniture =
      (line.words <= words.maxAnchoredLineWords && anchored.some((p) => p.test(line.text))) ||
      (short && (unanchored.some((p) => p.test(line.text)) || (tail && tailPatterns.some((p) => p.test(line.text)))));
    if (furniture) {
      found.push([line.start, line.end]);
      inList = listHeadings.some((p) => p.test(line.text));
      return;
    }
    // The items of a "Trending" or "Related" list: short lines that are not sentences.
    if (inList && line.words <= words.listItemMaxWords && !/[.!?"”’]$/.test(line.text)) {
      found.push([line.start, line.end]);
      return;
    }
    inList = false;
    for (const p of inlinePatterns) {
      p.lastIndex = 0;
      for (const m of line.text.matchAll(p)) found.push([line.start + m.index, line.start + m.index + m[0].length]);
    }
    const dateline = datelineAgency.exec(line.text);
    if (dateline?.[2]) {
      const at = dateline[0].lastIndexOf(dateline[2]);
      found.push([line.start + at, line.start + at + dateline[2].length]);
    }
  });
  return merge(found);
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
