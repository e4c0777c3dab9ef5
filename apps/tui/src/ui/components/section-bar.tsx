import type { ComposedSection, SectionId } from "@briefing/core";
import { Box, Text } from "ink";
import { textWidth } from "../layout/wrap.js";
import { accent, useTheme } from "../theme.js";

const SHORT: Record<SectionId, string> = {
  "key-points": "Points",
  "what-happened": "Events",
  "whos-who": "Who",
  "who-said-what": "Quotes",
  "key-figures": "Figures",
  timeline: "Timeline",
  sources: "Sources",
};

/** The labels that fit the width: full titles with counts, fewer counts, short titles, else numbers with the current title. */
export function sectionLabels(sections: ComposedSection[], width: number, current = 0): string[] {
  const count = (s: ComposedSection, i: number, always: boolean) => (always || i === current ? ` ${s.items.length}` : "");
  const variants = [
    sections.map((s, i) => `${s.title}${count(s, i, true)}`),
    sections.map((s, i) => `${s.title}${count(s, i, false)}`),
    sections.map((s, i) => `${SHORT[s.id]}${count(s, i, true)}`),
    sections.map((s, i) => `${SHORT[s.id]}${count(s, i, false)}`),
    sections.map((s, i) => (i === current ? `${i + 1} ${s.title}` : String(i + 1))),
  ];
  return variants.find((labels) => labels.reduce((n, l) => n + textWidth(l) + 2, 0) <= width) ?? variants[3]!;
}

/** Which section is showing, among all of them; Tab and the number keys move along it. */
export function SectionBar({ sections, current, width }: { sections: ComposedSection[]; current: number; width: number }) {
  const theme = useTheme();
  const labels = sectionLabels(sections, width, current);
  return (
    <Box>
      {labels.map((label, i) => (
        <Text key={sections[i]?.id ?? i}>
          <Text inverse={i === current} bold={i === current} {...accent(theme, i !== current)}>
            {i === current ? `[${label}]` : ` ${label} `}
          </Text>
        </Text>
      ))}
    </Box>
  );
}
