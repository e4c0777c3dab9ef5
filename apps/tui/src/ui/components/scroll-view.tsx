import { Box, Text } from "ink";
import { useRef } from "react";
import type { Row } from "../layout/rows.js";
import { scrollOffset } from "../layout/scroll.js";
import { accent, StyledLine, useTheme } from "../theme.js";

interface Props {
  rows: Row[];
  /** Index of the selected item, or null when nothing is selectable. */
  selected: number | null;
  height: number;
}

/** A window over laid-out rows that scrolls just enough to keep the selected item in view. */
export function ScrollView({ rows, selected, height }: Props) {
  const theme = useTheme();
  const offsetRef = useRef(0);
  let first = selected === null ? -1 : rows.findIndex((r) => r.item === selected);
  let last = first;
  if (first >= 0) {
    while (last + 1 < rows.length && rows[last + 1]?.item === selected) last++;
    // Headings just above an item belong with it when it scrolls into view.
    while (first > 0 && rows[first - 1]?.item === null && last - first + 1 < height) first--;
  }
  const offset =
    first >= 0
      ? scrollOffset(offsetRef.current, first, last, height, rows.length)
      : Math.min(offsetRef.current, Math.max(0, rows.length - height));
  offsetRef.current = offset;
  const visible = rows.slice(offset, offset + height);
  const above = offset > 0;
  const below = offset + height < rows.length;

  return (
    <Box flexDirection="column" height={height}>
      {visible.map((row, i) => {
        const isSelected = row.item !== null && row.item === selected;
        const edge = (i === 0 && above) || (i === visible.length - 1 && below);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are a positional window
          <Box key={offset + i}>
            <Text {...accent(theme, isSelected)} bold={isSelected}>
              {isSelected ? "┃ " : edge ? (i === 0 ? "↑ " : "↓ ") : "  "}
            </Text>
            <StyledLine line={row.line} bold={isSelected} />
          </Box>
        );
      })}
    </Box>
  );
}
