// Word wrapping over styled segments, done here rather than by Ink so a screen knows how many lines
// every item takes and can scroll to keep the selection visible.

/** How a piece of a line is drawn; the components map styles to Ink props. */
export type SegmentStyle = "text" | "emphasis" | "meta" | "match" | "span" | "heading" | "axis" | "marker";

export interface Segment {
  text: string;
  style: SegmentStyle;
}

export type Line = Segment[];

/** Columns a string takes: code points, with East Asian wide characters and emoji counted twice. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x300 && code < 0x370) || code === 0x200b) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Cuts a string to at most `width` columns, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? "…" : "";
  let out = "";
  for (const ch of text) {
    if (textWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Pads (or truncates) to exactly `width` columns. */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const cut = truncate(text, width);
  const fill = " ".repeat(Math.max(0, width - textWidth(cut)));
  return align === "left" ? cut + fill : fill + cut;
}

/**
 * Wraps styled segments into lines of at most `width` columns, breaking at spaces and splitting
 * words longer than a line. Whitespace runs (including newlines) collapse to one space.
 */
export function wrapSegments(segments: Segment[], width: number): Line[] {
  const w = Math.max(1, width);
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  let pendingSpace = false;

  const push = (text: string, style: SegmentStyle) => {
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += text;
    else line.push({ text, style });
    used += textWidth(text);
  };
  const breakLine = () => {
    lines.push(line);
    line = [];
    used = 0;
    pendingSpace = false;
  };

  for (const segment of segments) {
    const tokens = segment.text.split(/(\s+)/);
    for (const token of tokens) {
      if (token === "") continue;
      if (/^\s+$/.test(token)) {
        if (used > 0) pendingSpace = true;
        continue;
      }
      let word = token;
      const spaceWidth = pendingSpace ? 1 : 0;
      if (used > 0 && used + spaceWidth + textWidth(word) > w) breakLine();
      if (pendingSpace && used > 0) {
        // The space takes the style of the text around it only when both sides share it.
        const last = line[line.length - 1];
        push(" ", last && last.style === segment.style ? segment.style : "text");
      }
      pendingSpace = false;
      while (textWidth(word) > w - used) {
        let head = "";
        for (const ch of word) {
          if (textWidth(head + ch) > w - used) break;
          head += ch;
        }
        if (head === "") {
          breakLine();
          continue;
        }
        push(head, segment.style);
        word = word.slice(head.length);
        breakLine();
      }
      if (word) push(word, segment.style);
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** Plain text of a line, for tests and string output. */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join("");
}
