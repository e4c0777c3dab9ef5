import { Box, Text } from "ink";
import { useEffect, useMemo, useState } from "react";
import type { Library, ListEntry, SearchResult } from "../../library.js";
import { useKeys } from "../hooks/use-keys.js";
import { listRows, shownEntries } from "../layout/list-rows.js";
import { truncate } from "../layout/wrap.js";
import { HelpOverlay } from "./help-overlay.js";
import { QueryInput } from "./query-input.js";
import { ScrollView } from "./scroll-view.js";

interface Props {
  library: Library;
  entries: ListEntry[];
  columns: number;
  rows: number;
  active?: boolean;
  onOpen: (id: string) => void;
  onQuit: () => void;
}

/** Waits this long after the last key before asking the store, so typing stays instant. */
const SEARCH_DELAY_MS = 120;

/** Every stored briefing, newest first, with filter-as-you-type and full-text search. */
export function ListScreen({ library, entries, columns, rows, active = true, onOpen, onQuit }: Props) {
  const [query, setQuery] = useState("");
  const [typing, setTyping] = useState(false);
  const [help, setHelp] = useState(false);
  const [found, setFound] = useState<{ query: string; hits: SearchResult[] }>({ query: "", hits: [] });
  const [searchError, setSearchError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    if (!query.trim()) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      library.search(query).then(
        (h) => {
          if (!cancelled) {
            setFound({ query, hits: h });
            setSearchError(null);
          }
        },
        (error: unknown) => !cancelled && setSearchError(error instanceof Error ? error.message : String(error)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [library, query]);

  const width = Math.max(20, columns - 2);
  // Hits of an older query are dropped rather than shown next to a newer filter.
  const hits = found.query === query ? found.hits : [];
  const shown = useMemo(() => shownEntries(entries, query, hits), [entries, query, hits]);
  const layout = useMemo(() => listRows(shown, width - 2), [shown, width]);
  const index = Math.min(selected, Math.max(0, shown.length - 1));
  const bodyHeight = Math.max(3, rows - 4);

  useKeys(
    (input, key) => {
      if (help) return setHelp(false);
      if (key.downArrow || input === "j") setSelected((i) => Math.min(shown.length - 1, i + 1));
      else if (key.upArrow || input === "k") setSelected((i) => Math.max(0, i - 1));
      else if (input === "g" || key.home) setSelected(0);
      else if (input === "G" || key.end) setSelected(Math.max(0, shown.length - 1));
      else if (key.return && shown[index]) onOpen(shown[index].entry.id);
      else if (input === "/") setTyping(true);
      else if (input === "?") setHelp(true);
      else if (key.escape && query) setQuery("");
      else if (input === "q" || key.escape) onQuit();
    },
    { isActive: active && !typing },
  );
  // Up, down and Enter still work while typing a filter.
  useKeys(
    (_input, key) => {
      if (key.downArrow) setSelected((i) => Math.min(shown.length - 1, i + 1));
      else if (key.upArrow) setSelected((i) => Math.max(0, i - 1));
    },
    { isActive: active && typing },
  );

  const count = `${entries.length} briefing${entries.length === 1 ? "" : "s"}`;
  const filtered = query.trim() ? ` · ${shown.length} match${shown.length === 1 ? "" : "es"} for “${query.trim()}”` : "";
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Text wrap="truncate-end">
        <Text bold>Briefing</Text>
        <Text dimColor>{` · ${count}${filtered}`}</Text>
      </Text>
      <Text dimColor>{"─".repeat(Math.max(1, columns - 1))}</Text>
      {help ? (
        <HelpOverlay screen="list" height={bodyHeight} />
      ) : shown.length === 0 ? (
        <Box height={bodyHeight}>
          <Text>
            {entries.length === 0 ? "No briefings yet: add some with `briefing ingest <files>`." : `Nothing matches “${query.trim()}”.`}
          </Text>
        </Box>
      ) : (
        <ScrollView rows={layout} selected={index} height={bodyHeight} />
      )}
      <Text dimColor>{searchError ? truncate(`Search failed: ${searchError}`, columns - 1) : " "}</Text>
      {typing ? (
        <QueryInput
          label="/"
          value={query}
          active={active}
          onChange={(q) => {
            setQuery(q);
            setSelected(0);
          }}
          onCancel={() => {
            setQuery("");
            setTyping(false);
          }}
          onSubmit={() => {
            // Like fzf: Enter opens the highlighted briefing; the filter stays for when the person comes back.
            setTyping(false);
            if (shown[index]) onOpen(shown[index].entry.id);
          }}
        />
      ) : (
        <Text dimColor wrap="truncate-end">
          {truncate(
            `${shown.length > 0 ? `${index + 1}/${shown.length} · ` : ""}↑↓ move · Enter open · / search · ? help · q quit`,
            columns - 1,
          )}
        </Text>
      )}
    </Box>
  );
}
