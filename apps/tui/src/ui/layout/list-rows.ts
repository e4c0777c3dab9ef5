import { formatTime } from "@briefing/core";
import type { ListEntry, SearchResult, SnippetPart } from "../../library.js";
import { itemRows, type Row } from "./rows.js";
import type { Segment } from "./wrap.js";

/** A list entry with the search snippet that found it, if any. */
export interface ShownEntry {
  entry: ListEntry;
  snippet: SnippetPart[] | null;
}

/** "7 April 2025 · Dawn · 42%, according to PICSS": what identifies a briefing besides its title. */
export function entryDetails(entry: ListEntry): string {
  const date = entry.published ? formatTime({ value: entry.published.slice(0, 10), text: entry.published }) : "undated";
  return [date, entry.publishers.join(", ") || null, entry.keyFigure].filter(Boolean).join(" · ");
}

/** Words of the query, lower-cased, for filter-as-you-type. */
function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * What the list shows for a query: briefings whose title, publishers or key figure contain every
 * word (instantly, as the person types), then full-text hits from the store, each once.
 */
export function shownEntries(entries: ListEntry[], query: string, hits: SearchResult[]): ShownEntry[] {
  const wanted = words(query);
  if (wanted.length === 0) return entries.map((entry) => ({ entry, snippet: null }));
  const snippets = new Map(hits.map((h) => [h.briefing.id, h.snippet]));
  const local = entries.filter((e) => {
    const haystack = [e.title, ...e.publishers, e.keyFigure ?? ""].join(" ").toLowerCase();
    return wanted.every((w) => haystack.includes(w));
  });
  const seen = new Set(local.map((e) => e.id));
  const fromSearch: ListEntry[] = [];
  for (const hit of hits) {
    if (seen.has(hit.briefing.id)) continue;
    seen.add(hit.briefing.id);
    fromSearch.push(hit.briefing);
  }
  return [...local, ...fromSearch].map((entry) => ({ entry, snippet: snippets.get(entry.id) ?? null }));
}

/** Rows for the list: the title, then date, publishers and key figure, then the snippet. */
export function listRows(shown: ShownEntry[], width: number): Row[] {
  return shown.flatMap(({ entry, snippet }, index) => {
    const rows = [
      ...itemRows(index, [{ text: entry.title, style: "emphasis" }], width),
      ...itemRows(index, [{ text: entryDetails(entry), style: "meta" }], width, [], 2),
    ];
    if (snippet) {
      const parts: Segment[] = snippet.map((p) => ({ text: p.text, style: p.match ? "match" : "text" }));
      rows.push(...itemRows(index, parts, width, [], 2).slice(0, 2));
    }
    rows.push({ item: null, line: [] });
    return rows;
  });
}
