// What the terminal UI reads: a narrow view of the store, so screens can be tested with briefings
// held in memory and the store can change underneath without touching a component.
import type { Briefing } from "@briefing/core";
import { terminalLinesDeep } from "./terminal-safe.js";

/** One row of the briefing list (the store's BriefingSummary satisfies it). */
export interface ListEntry {
  id: string;
  title: string;
  published: string | null;
  publishers: string[];
  keyFigure: string | null;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A full-text hit with the words that matched marked (the store's SearchHit satisfies it). */
export interface SearchResult {
  briefing: ListEntry;
  field: string;
  snippet: SnippetPart[];
}

export interface Library {
  list(): Promise<ListEntry[]>;
  search(query: string): Promise<SearchResult[]>;
  get(id: string): Promise<Briefing | null>;
}

/**
 * The library as a terminal may show it: every field of the list and of search hits made
 * terminal-safe (briefings are made safe where they are composed for the screen).
 */
export function terminalSafeLibrary(library: Library): Library {
  return {
    list: async () => terminalLinesDeep(await library.list()),
    search: async (query) => terminalLinesDeep(await library.search(query)),
    get: (id) => library.get(id),
  };
}

/** A library over briefings in memory: for tests, and for reading files without a store. */
export function memoryLibrary(briefings: Briefing[]): Library {
  const entry = (b: Briefing): ListEntry => ({
    id: b.id,
    title: b.title,
    published: b.sources[0]?.published ?? null,
    publishers: [...new Set(b.sources.map((s) => s.publisher).filter((p): p is string => Boolean(p)))],
    keyFigure: null,
  });
  return {
    list: async () => briefings.map(entry),
    get: async (id) => briefings.find((b) => b.id === id) ?? null,
    search: async (query) => {
      const needle = query.trim().toLowerCase();
      if (!needle) return [];
      const out: SearchResult[] = [];
      for (const b of briefings) {
        const text = b.sources.map((s) => s.text).join("\n");
        const at = text.toLowerCase().indexOf(needle);
        if (at < 0) continue;
        const from = Math.max(0, at - 30);
        out.push({
          briefing: entry(b),
          field: "text",
          snippet: [
            { text: `${from > 0 ? "…" : ""}${text.slice(from, at)}`, match: false },
            { text: text.slice(at, at + needle.length), match: true },
            { text: `${text.slice(at + needle.length, at + needle.length + 40)}…`, match: false },
          ],
        });
      }
      return out;
    },
  };
}
