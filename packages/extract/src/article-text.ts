// The stored article text: line ends unified, control characters removed, paragraphs trimmed and
// separated by one blank line. Every evidence span indexes this string, so it is computed once,
// at ingest, whatever the route (text, HTML, file), and never changed afterwards.

/**
 * C0 and C1 control characters other than tab and line feed, and DEL. An ESC in a stored text
 * reaches every terminal that prints it; none of them carries meaning in an article.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Removes control characters (keeps tab and newline; vertical tab and form feed become newlines). */
export function stripControlCharacters(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed are the point.
  return s.replace(/[\u000b\u000c]/g, "\n").replace(CONTROL, "");
}

/** Bidi embeddings, overrides, isolates and marks, and zero-width characters: invisible, and able to reorder a line on screen. */
const INVISIBLE_FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A one-line label (title, publisher, name): control and invisible format characters removed, spaces collapsed. */
export function cleanLabel(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = stripControlCharacters(s)
    .replace(INVISIBLE_FORMAT, "")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return t === "" ? null : t;
}

/** Normalizes line ends, removes control characters, trims each paragraph and drops runs of blank lines; keeps words verbatim. */
export function normalizeArticleText(raw: string): string {
  // NEL (U+0085) is a C1 control that means "new line": it becomes one before the controls go.
  const lines = stripControlCharacters(
    raw
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u0085\u2028\u2029]/g, "\n"),
  )
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+$/u, "").replace(/^[ \t\u00a0]+/u, ""));
  const out: string[] = [];
  for (const line of lines) {
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** True when the text has letters or digits at all. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
