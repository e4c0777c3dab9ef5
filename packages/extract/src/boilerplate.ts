// Lines that are not the story: reporter credits, photo credits, "Related:" links, copyright.
// Names in them (reporters, photographers) are not entities of the article.
import words from "./lexicons/boilerplate.json" with { type: "json" };

const patterns = words.linePatterns.map((p) => new RegExp(p, "i"));

/** `[start, end)` ranges of boilerplate lines, in order. */
export function boilerplateRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line && patterns.some((p) => p.test(line))) out.push([start, end]);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}
