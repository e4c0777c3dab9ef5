// The stored article text: line ends unified, paragraphs trimmed and separated by one blank line.
// Every evidence span indexes this string, so it is computed once and never changed afterwards.

/** Normalizes line ends, trims each paragraph and drops runs of blank lines; keeps words verbatim. */
export function normalizeArticleText(raw: string): string {
  const lines = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
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
