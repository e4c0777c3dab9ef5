import type { SnippetPart } from "./types.js";

// Control characters the indexer strips from searchable text, so a match marker in a snippet can
// only be ours: snippets are split on them, never parsed as markup.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/** Searchable text with the marker characters removed. */
export function stripMarkers(text: string): string {
  return text.replaceAll(MATCH_START, " ").replaceAll(MATCH_END, " ");
}

/** Turns `a ␂b␃ c` (the markers) into parts with `match` set on `b`; adjacent parts of a kind merge. */
export function parseSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (raw: string, match: boolean) => {
    const text = raw.replace(/\s+/g, " ");
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let match = false;
  let from = 0;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c !== MATCH_START && c !== MATCH_END) continue;
    push(marked.slice(from, i), match);
    match = c === MATCH_START;
    from = i + 1;
  }
  push(marked.slice(from), match);
  return parts;
}
