import { Box, Text } from "ink";

const BRIEFING_KEYS: [string, string][] = [
  ["↑ ↓  j k", "previous / next item"],
  ["PgUp PgDn  Space", "a page up / down"],
  ["g G  Home End", "first / last item"],
  ["Tab Shift-Tab  ← →  h l", "previous / next section"],
  ["1 … 7", "jump to a section"],
  ["Enter", "show the evidence: the source sentence, span marked"],
  ["n p  (in evidence)", "next / previous evidence of the same entity"],
  ["e  (in evidence)", "follow the item's next entity"],
  ["/", "find in this briefing; n N next / previous match"],
  ["Esc q", "back"],
  ["?", "this help"],
  ["Ctrl-C", "quit"],
];

const LIST_KEYS: [string, string][] = [
  ["↑ ↓  j k", "previous / next briefing"],
  ["g G", "first / last briefing"],
  ["Enter", "open the briefing"],
  ["/", "filter as you type, plus full-text search"],
  ["Esc", "clear the filter"],
  ["q  Ctrl-C", "quit"],
  ["?", "this help"],
];

/** The keys of a screen; any key closes it. */
export function HelpOverlay({ screen, height }: { screen: "list" | "briefing"; height: number }) {
  const keys = screen === "list" ? LIST_KEYS : BRIEFING_KEYS;
  const width = Math.max(...keys.map(([k]) => k.length)) + 2;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Keys</Text>
      <Text> </Text>
      {keys.slice(0, Math.max(1, height - 3)).map(([key, what]) => (
        <Text key={key} wrap="truncate-end">
          <Text bold>{`  ${key.padEnd(width)}`}</Text>
          {what}
        </Text>
      ))}
      <Text> </Text>
      <Text dimColor>Press any key to go back.</Text>
    </Box>
  );
}
