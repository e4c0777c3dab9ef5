// A cheap check that the text is English: rules and lexicons only work for English.
import { englishFunctionWords } from "./lexicons/index.js";
import type { Analysis } from "./nlp.js";

/** Below this share of English function words among the words, the text is not English. */
const MIN_FUNCTION_SHARE = 0.08;
const MIN_WORDS = 20;

/** True when the text reads as English (or is too short to tell). */
export function looksEnglish(analysis: Analysis): boolean {
  let words = 0;
  let functional = 0;
  let latin = 0;
  for (const t of analysis.tokens) {
    if (t.type !== "word") continue;
    words++;
    if (/^[a-z]/i.test(t.text)) latin++;
    if (englishFunctionWords.has(t.text.toLowerCase())) functional++;
  }
  if (words < MIN_WORDS) return latin >= words / 2;
  return latin / words > 0.5 && functional / words >= MIN_FUNCTION_SHARE;
}
