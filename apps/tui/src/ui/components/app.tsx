import { Box, Text, useApp, useInput } from "ink";
import { type ReactNode, useMemo, useState } from "react";
import { type Library, type ListEntry, terminalSafeLibrary } from "../../library.js";
import { terminalLine, terminalLinesDeep } from "../../terminal-safe.js";
import { useBriefing } from "../hooks/use-briefing.js";
import { useEntries } from "../hooks/use-entries.js";
import { type TerminalSize, useTerminalSize } from "../hooks/use-terminal-size.js";
import { BriefingScreen } from "./briefing-screen.js";
import { ListScreen } from "./list-screen.js";

interface Props {
  library: Library;
  /** Open this briefing first; going back then quits, as `less` does. */
  openId?: string;
  /** Entries already read, so the first frame needs no second round trip. */
  entries?: ListEntry[];
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: TerminalSize;
}

/** The interactive reader: the list of briefings and one briefing at a time. */
export function App({ library: source, openId, entries: given, size }: Props) {
  // Stored titles and names may hold escape sequences: nothing reaches the screen unneutralized.
  const library = useMemo(() => terminalSafeLibrary(source), [source]);
  const initialEntries = useMemo(() => (given ? terminalLinesDeep(given) : undefined), [given]);
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  // One row spare: a frame as tall as the terminal makes Ink clear the screen on every update.
  const height = Math.max(6, rows - 1);
  const { exit } = useApp();
  const [openedId, setOpenedId] = useState<string | null>(openId ?? null);
  const { entries, error } = useEntries(library, openId ? [] : (initialEntries ?? null));
  const loaded = useBriefing(library, openedId);

  const back = () => (openId ? exit() : setOpenedId(null));
  useInput(
    (input, key) => {
      if (input === "q" || key.escape) back();
    },
    { isActive: openedId !== null && loaded.state !== "ready" },
  );

  let briefing: ReactNode = null;
  if (openedId) {
    if (loaded.state === "ready") {
      briefing = <BriefingScreen key={openedId} doc={loaded.doc} sources={loaded.sources} columns={columns} rows={height} onBack={back} />;
    } else {
      const message =
        loaded.state === "loading"
          ? "Loading…"
          : loaded.state === "missing"
            ? `No briefing with id ${terminalLine(loaded.id)}.`
            : `Could not read the briefing: ${terminalLine(loaded.message)}`;
      briefing = (
        <Box flexDirection="column" height={height}>
          <Text>{message}</Text>
          <Text dimColor>q back</Text>
        </Box>
      );
    }
  }
  // The list stays mounted while a briefing is open, so its filter and selection are there on return.
  const list = error ? (
    <Text>{`Could not list briefings: ${terminalLine(error)}`}</Text>
  ) : !entries ? (
    <Text>Loading…</Text>
  ) : (
    <ListScreen library={library} entries={entries} columns={columns} rows={height} active={!openedId} onOpen={setOpenedId} onQuit={exit} />
  );
  if (openId) return briefing;
  return (
    <>
      <Box display={openedId ? "none" : "flex"}>{list}</Box>
      {briefing}
    </>
  );
}
