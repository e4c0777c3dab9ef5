// The article's title: the caller's, the page's, a headline first line, or the first sentence shortened.
import type { Analysis } from "./nlp.js";

/** Words of a title made from the first sentence. */
const TITLE_WORDS = 14;

/** End offset of a first line that reads like a headline (short, no final full stop, more text after), else 0. */
export function headlineEnd(text: string): number {
  const nl = text.indexOf("\n");
  if (nl <= 0) return 0;
  const line = text.slice(0, nl).trim();
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 3 || words.length > 20) return 0;
  if (/[.!?:;,"”’]$/.test(line)) return 0;
  if (!/[\p{L}]/u.test(text.slice(nl))) return 0;
  return nl;
}

/** Picks the title: caller's title, then the page's, then a headline line, then the first sentence. */
export function chooseTitle(given: string | null | undefined, analysis: Analysis, headline: number): string {
  const clean = given?.replace(/\s+/g, " ").trim();
  if (clean) return clean;
  if (headline > 0) return analysis.text.slice(0, headline).trim();
  const first = analysis.sentences[0];
  const sentence = (first ? analysis.text.slice(first.start, first.end) : analysis.text).replace(/\s+/g, " ").trim();
  const words = sentence.split(" ");
  if (words.length <= TITLE_WORDS) return sentence.replace(/[.!?]$/, "") || "Untitled article";
  return `${words
    .slice(0, TITLE_WORDS)
    .join(" ")
    .replace(/[,;:]$/, "")}…`;
}
