import type { ComposedBriefing, Source } from "@briefing/core";
import { Box, Text } from "ink";
import { useMemo, useReducer, useRef, useState } from "react";
import { terminalLine, terminalLinesDeep } from "../../terminal-safe.js";
import { useKeys } from "../hooks/use-keys.js";
import { findMatches, nextMatch, type Place } from "../layout/find.js";
import { type NavAction, type NavState, navigate } from "../layout/navigation.js";
import { screenItems, screenRows } from "../layout/screen-rows.js";
import { truncate } from "../layout/wrap.js";
import { EvidenceView } from "./evidence-view.js";
import { HelpOverlay } from "./help-overlay.js";
import { QueryInput } from "./query-input.js";
import { ScrollView } from "./scroll-view.js";
import { SectionBar } from "./section-bar.js";

interface Props {
  doc: ComposedBriefing;
  sources: Source[];
  columns: number;
  rows: number;
  initialSection?: number;
  active?: boolean;
  onBack?: () => void;
}

type Mode = "browse" | "evidence" | "help" | "find";

/** Rows above and below the body: title, byline, section bar, rule; then the key line. */
export const BRIEFING_CHROME_ROWS = 5;

/** The composed sections of one briefing, one at a time, with evidence on demand. */
export function BriefingScreen({ doc: composed, sources: stored, columns, rows, initialSection = 0, active = true, onBack }: Props) {
  // Every word drawn comes from here, terminal-safe; a source's text stays as stored because
  // evidence offsets point into it (the evidence view makes the sentence it shows safe).
  const doc = useMemo(() => terminalLinesDeep(composed), [composed]);
  const sources = useMemo(() => stored.map((s) => safeSourceMetadata(s)), [stored]);
  const [nav, dispatch] = useReducer(
    (state: NavState, action: NavAction) =>
      navigate(
        state,
        action,
        doc.sections.map((_, i) => screenItems(doc, i).length),
      ),
    undefined,
    () => ({ section: initialSection, selected: doc.sections.map(() => 0) }),
  );
  const section = nav.section;
  const [mode, setModeState] = useState<Mode>("browse");
  // Keys that arrive in one burst are handled before React renders again: they read the mode here.
  const modeRef = useRef<Mode>("browse");
  const setMode = (next: Mode) => {
    modeRef.current = next;
    setModeState(next);
  };
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ query: string; matches: Place[] } | null>(null);

  const width = Math.max(20, columns - 2);
  const bodyHeight = Math.max(1, rows - BRIEFING_CHROME_ROWS);
  // The first section opens with the lead; its lines are selectable items like the section's.
  const items = useMemo(() => screenItems(doc, section), [doc, section]);
  const itemIndex = Math.min(nav.selected[section] ?? 0, Math.max(0, items.length - 1));
  const layout = useMemo(() => screenRows(doc, section, width - 2), [doc, section, width]);

  const select = (place: Place) => dispatch({ type: "select", place });
  const move = (to: number) => dispatch({ type: "item", to });
  // A page is as many items as it takes to move the selection a screenful of rows.
  const pageFrom = (direction: 1 | -1) => {
    const firstRow = (i: number) => layout.findIndex((r) => r.item === i);
    const start = firstRow(itemIndex);
    let to = itemIndex;
    while (to + direction >= 0 && to + direction < items.length && Math.abs(firstRow(to + direction) - start) < bodyHeight - 1)
      to += direction;
    return to === itemIndex ? itemIndex + direction : to;
  };

  useKeys(
    (input, key) => {
      if (modeRef.current === "help") return setMode("browse");
      if (modeRef.current !== "browse") return;
      if (key.downArrow || input === "j") dispatch({ type: "step", by: 1 });
      else if (key.upArrow || input === "k") dispatch({ type: "step", by: -1 });
      else if (key.pageDown || input === " " || (key.ctrl && input === "d")) move(pageFrom(1));
      else if (key.pageUp || (key.ctrl && input === "u")) move(pageFrom(-1));
      else if (input === "g" || key.home) move(0);
      else if (input === "G" || key.end) move(Number.MAX_SAFE_INTEGER);
      else if ((key.tab && key.shift) || key.leftArrow || input === "h") dispatch({ type: "section", by: -1 });
      else if (key.tab || key.rightArrow || input === "l") dispatch({ type: "section", by: 1 });
      else if (/^[1-9]$/.test(input) && Number(input) <= doc.sections.length)
        dispatch({ type: "select", place: { section: Number(input) - 1, item: nav.selected[Number(input) - 1] ?? 0 } });
      else if (key.return && items.length > 0) setMode("evidence");
      else if (input === "?") setMode("help");
      else if (input === "/") {
        setQuery("");
        setMode("find");
      } else if ((input === "n" || input === "N") && found) {
        const next = nextMatch(found.matches, { section, item: itemIndex }, input === "n" ? 1 : -1);
        if (next) select(next);
      } else if (key.escape || input === "q") onBack?.();
    },
    { isActive: active && mode !== "evidence" && mode !== "find" },
  );

  const item = items[itemIndex];
  const status = found
    ? found.matches.length === 0
      ? `No item contains “${found.query}”`
      : `${found.matches.findIndex((m) => m.section === section && m.item === itemIndex) + 1 || "–"} of ${found.matches.length} matches for “${found.query}” · n N`
    : null;
  const hints = "↑↓ move · Tab section · Enter evidence · / find · ? help · q back";

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Text bold wrap="truncate-end">
        {doc.title}
      </Text>
      <Text dimColor wrap="truncate-end">
        {doc.byline || " "}
      </Text>
      <SectionBar sections={doc.sections} current={section} width={width} />
      <Text dimColor>{"─".repeat(Math.max(1, columns - 1))}</Text>
      {mode === "help" ? (
        <HelpOverlay screen="briefing" height={bodyHeight} />
      ) : mode === "evidence" && item ? (
        <EvidenceView
          key={`${section}:${itemIndex}`}
          doc={doc}
          sources={sources}
          item={item}
          width={width}
          height={bodyHeight}
          active={active}
          onClose={() => setMode("browse")}
        />
      ) : (
        <ScrollView rows={layout} selected={items.length > 0 ? itemIndex : null} height={bodyHeight} />
      )}
      {mode === "find" ? (
        <QueryInput
          label="Find: "
          value={query}
          active={active}
          onChange={setQuery}
          onCancel={() => setMode("browse")}
          onSubmit={(q) => {
            const matches = findMatches(doc, q);
            setFound(q.trim() ? { query: q.trim(), matches } : null);
            const first = nextMatch(matches, { section, item: itemIndex }, 1, true);
            if (first) select(first);
            setMode("browse");
          }}
        />
      ) : (
        <Text dimColor wrap="truncate-end">
          {truncate(
            mode === "evidence"
              ? "n next · p previous evidence of the same entity · e next entity · Esc back"
              : `${items.length > 0 ? `${itemIndex + 1}/${items.length} · ` : ""}${status ?? hints}`,
            columns - 1,
          )}
        </Text>
      )}
    </Box>
  );
}

/** A source whose title, publisher and address are terminal-safe; the text is left for offsets. */
function safeSourceMetadata(source: Source): Source {
  return {
    ...source,
    title: source.title === null ? null : terminalLine(source.title),
    publisher: source.publisher === null ? null : terminalLine(source.publisher),
    url: source.url === null ? null : terminalLine(source.url),
  };
}
