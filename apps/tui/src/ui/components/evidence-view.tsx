import { type ComposedBriefing, type ComposedItem, formatTime, itemLine, type Source } from "@briefing/core";
import { Box, Text } from "ink";
import { useMemo, useState } from "react";
import { terminalLine } from "../../terminal-safe.js";
import { useKeys } from "../hooks/use-keys.js";
import { entityName, evidenceTrail, sentenceAround } from "../layout/evidence.js";
import { type Line, textWidth, truncate, wrapSegments } from "../layout/wrap.js";
import { StyledLine } from "../theme.js";

interface Props {
  doc: ComposedBriefing;
  sources: Source[];
  item: ComposedItem;
  width: number;
  height: number;
  active?: boolean;
  onClose: () => void;
}

/** "Title — Publisher · 7 April 2025": how a reader names a source. */
export function describeSource(source: Source | undefined): string {
  if (!source) return "Source not stored";
  const date = source.published ? formatTime({ value: source.published.slice(0, 10), text: source.published }) : null;
  const rest = [source.publisher, date].filter(Boolean).join(" · ");
  return [source.title ?? "Untitled source", rest].filter(Boolean).join(" — ");
}

/** Under each line that holds part of the span, a line of carets: visible without color or attributes. */
export function withCarets(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    out.push(line);
    let column = 0;
    let carets = "";
    for (const segment of line) {
      const w = textWidth(segment.text);
      if (segment.style === "span") carets = carets.padEnd(column, " ") + "^".repeat(w);
      column += w;
    }
    if (carets) out.push([{ text: carets, style: "marker" }]);
  }
  return out;
}

/** The source sentence behind an item, its span highlighted; n/p walk the evidence of the same entity. */
export function EvidenceView({ doc, sources, item, width, height, active = true, onClose }: Props) {
  const [entityIndex, setEntityIndex] = useState(0);
  const entityId = item.entityIds[entityIndex] ?? null;
  const trail = useMemo(() => evidenceTrail(doc, item, entityId), [doc, item, entityId]);
  const start = Math.max(
    0,
    trail.findIndex(
      (e) => e.sourceId === item.evidence[0]?.sourceId && e.start === item.evidence[0]?.start && e.end === item.evidence[0]?.end,
    ),
  );
  const [position, setPosition] = useState(start);
  const index = Math.min(position, trail.length - 1);
  const evidence = trail[index];

  useKeys(
    (input, key) => {
      if (key.escape || input === "q" || key.backspace || key.leftArrow) onClose();
      else if (input === "n" || key.downArrow || input === "j") setPosition((p) => (p + 1) % trail.length);
      else if (input === "p" || key.upArrow || input === "k") setPosition((p) => (p - 1 + trail.length) % trail.length);
      else if (input === "e" && item.entityIds.length > 1) {
        setEntityIndex((i) => (i + 1) % item.entityIds.length);
        setPosition(0);
      }
    },
    { isActive: active },
  );

  if (!evidence) return <Text>This item has no evidence.</Text>;
  const source = sources.find((s) => s.id === evidence.sourceId);
  const raw = source ? sentenceAround(source.text, evidence.start, evidence.end) : { before: "", span: evidence.text, after: "" };
  // Made safe piece by piece, after the offsets have been used on the stored text.
  const context = { before: terminalLine(raw.before), span: terminalLine(raw.span), after: terminalLine(raw.after) };
  const about = entityId ? ` · about ${entityName(doc, entityId)}` : "";
  const others = item.entityIds.length > 1 ? ` (e: next of ${item.entityIds.length} entities)` : "";
  const textWidthAvail = Math.max(20, width - 4);
  const sentence = withCarets(
    wrapSegments(
      [
        { text: context.before, style: "text" },
        { text: context.span, style: "span" },
        { text: context.after, style: "text" },
      ].filter((s) => s.text.length > 0) as Line,
      textWidthAvail,
    ),
  );
  const headerLines = 6;
  const shown = sentence.slice(0, Math.max(1, height - headerLines - 1));

  return (
    <Box flexDirection="column" height={height}>
      <Text bold>{truncate(`Evidence ${index + 1} of ${trail.length}${about}${others}`, width)}</Text>
      <Text dimColor>{truncate(itemLine(item), width)}</Text>
      <Text> </Text>
      <Text wrap="truncate-end">
        <Text bold>Source: </Text>
        {describeSource(source)}
      </Text>
      <Text dimColor>{`characters ${evidence.start}–${evidence.end}${source?.url ? ` · ${source.url}` : ""}`}</Text>
      <Text> </Text>
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: positional lines of one sentence
        <Box key={i} paddingLeft={2}>
          <StyledLine line={line} />
        </Box>
      ))}
      {shown.length < sentence.length ? <Text dimColor> …</Text> : null}
    </Box>
  );
}
