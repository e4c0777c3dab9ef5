// What a person sees on the briefing screen, section after section, as plain text: the terminal half
// of the web/terminal parity test.
import type { ComposedBriefing, Source } from "@briefing/core";
import { renderToString } from "ink";
import { createElement } from "react";
import { BRIEFING_CHROME_ROWS, BriefingScreen } from "./ui/components/briefing-screen.js";
import { screenRows } from "./ui/layout/screen-rows.js";
import { ThemeProvider } from "./ui/theme.js";

export interface RenderFramesOptions {
  /** Terminal width; default 160 so that table cells rarely wrap. Collapse whitespace before comparing words. */
  columns?: number;
  /** The briefing's sources, for the evidence view; not needed to list the sections. */
  sources?: Source[];
}

/**
 * Renders the briefing screen once per section, each frame tall enough to hold the whole section
 * (what scrolling through it shows; the first opens with the lead), and joins the frames. Colors are off: the result is plain text.
 */
export function renderBriefingFrames(doc: ComposedBriefing, options: RenderFramesOptions = {}): string {
  const columns = options.columns ?? 160;
  const frames = doc.sections.map((_, index) => {
    // The same rows the reader lays out (the first frame opens with the warnings and the lead).
    const body = screenRows(doc, index, Math.max(20, columns - 2) - 2).length;
    const screen = createElement(BriefingScreen, {
      doc,
      sources: options.sources ?? [],
      columns,
      rows: body + BRIEFING_CHROME_ROWS,
      initialSection: index,
      active: false,
    });
    return renderToString(createElement(ThemeProvider, { theme: { color: false } }, screen), { columns });
  });
  // The selection bar sits in the gutter of the first item; it is not part of the briefing's words.
  return `${frames.map((f) => f.replace(/^┃ /gm, "  ").replace(/[ \t]+$/gm, "")).join("\n\n")}\n`;
}
