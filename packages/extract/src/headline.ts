// The article's title: the caller's, the page's, the headline line of the text, or its first sentence shortened.
import type { Analysis } from "./nlp.js";
import type { TopMatter } from "./top-matter.js";

/** Words of a title made from the first sentence. */
const TITLE_WORDS = 14;

/** Picks the title: caller's title, then the headline line, then the story's first sentence (after furniture and dateline). */
export function chooseTitle(given: string | null | undefined, analysis: Analysis, top: Pick<TopMatter, "headline" | "bodyStart">): string {
  const clean = given?.replace(/\s+/g, " ").trim();
  if (clean) return clean;
  if (top.headline) return top.headline.text.replace(/\s+/g, " ");
  const first = analysis.sentences.find((s) => s.end > top.bodyStart);
  const from = first ? Math.max(first.start, top.bodyStart) : top.bodyStart;
  const sentence = analysis.text
    .slice(from, first ? first.end : analysis.text.length)
    .replace(/\s+/g, " ")
    .trim();
  const words = sentence.split(" ");
  if (words.length <= TITLE_WORDS) return sentence.replace(/[.!?]$/, "") || "Untitled article";
  return `${words
    .slice(0, TITLE_WORDS)
    .join(" ")
    .replace(/[,;:]$/, "")}…`;
}
