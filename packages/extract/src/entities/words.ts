// Words for the name rules: wink tokens with hyphenated compounds joined ("Ocasio-Cortez",
// "al-Rashad", "Jong-un"), each flagged when its capital letter proves nothing (sentence start).
import { adjectiveSuffixes } from "../lexicons/index.js";
import type { Analysis, Token } from "../nlp.js";

export interface Word {
  start: number;
  end: number;
  text: string;
  /** POS of the first token. */
  pos: string;
  lemma: string;
  sentence: number;
  /** Index in the word list. */
  index: number;
  /** First word of a sentence, quote or bracket, or inside a headline: capitalized by convention. */
  initial: boolean;
  /** True for punctuation and symbols. */
  punct: boolean;
  /** The adjective ending a name is glued to ("based" in "Lyon-based"), or null: such a word ends any name run. */
  modifier: string | null;
  /** First word of a line: a name never runs across a line break ("Denver\nAcme Corp" is two). */
  lineStart: boolean;
  /** Inside a boilerplate line (credits, links): never part of a name. */
  skip: boolean;
}

const OPENERS = new Set(["“", '"', "‘", "'", ":", "—", "–", "-", "«"]);

/** Joins hyphenated tokens and marks positions where capitals are conventional. `headlineEnd`: end of a headline line, or 0. */
export function buildWords(analysis: Analysis, headlineEnd: number, skipRanges: readonly (readonly [number, number])[] = []): Word[] {
  let r = 0;
  const { tokens, text } = analysis;
  const words: Word[] = [];
  let prevSentence = -1;
  let prev: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Line breaks are tokens too; they are not words, and the word after them starts a line.
    if (t.text.trim() === "") continue;
    let end = t.end;
    let j = i;
    // "Ocasio" "-" "Cortez" with no spaces: one word.
    while (j + 2 < tokens.length) {
      const dash = tokens[j + 1] as Token;
      const next = tokens[j + 2] as Token;
      if (
        dash.text === "-" &&
        dash.start === end &&
        next.start === dash.end &&
        /^[\p{L}\p{N}]/u.test(next.text) &&
        /[\p{L}\p{N}]$/u.test(tokens[j]!.text)
      ) {
        end = next.end;
        j += 2;
      } else break;
    }
    const punct = t.type === "punctuation" || t.pos === "PUNCT" || t.pos === "SYM";
    // "al-Qaeda-linked", "US-led": the name is a word of its own; the adjective ending is dropped.
    // Searched only inside a joined word: an unbounded lastIndexOf scanned back to the text start per token (quadratic).
    const lastDash = j > i ? text.lastIndexOf("-", end - 1) : -1;
    const ending = lastDash > t.start ? text.slice(lastDash + 1, end).toLowerCase() : "";
    const modifier = j > i && adjectiveSuffixes.has(ending) ? ending : null;
    if (modifier) end = lastDash;
    const newSentence = t.sentence !== prevSentence;
    let afterBreak = prev === undefined;
    if (prev) for (let k = prev.end; k < t.start; k++) if (text.charCodeAt(k) === 10) afterBreak = true;
    // A straight quote opens when a space or the line start comes before it, and closes otherwise.
    const opener =
      prev !== undefined &&
      OPENERS.has(prev.text) &&
      !((prev.text === '"' || prev.text === "'") && prev.start > 0 && !/[\s(]/.test(text.charAt(prev.start - 1)));
    const initial = newSentence || afterBreak || opener || t.start < headlineEnd;
    while (r < skipRanges.length && (skipRanges[r] as readonly [number, number])[1] <= t.start) r++;
    const skip = r < skipRanges.length && (skipRanges[r] as readonly [number, number])[0] <= t.start;
    words.push({
      skip,
      start: t.start,
      end,
      text: text.slice(t.start, end),
      pos: t.pos,
      lemma: t.lemma,
      sentence: t.sentence,
      index: words.length,
      initial,
      punct,
      lineStart: afterBreak,
      modifier,
    });
    prevSentence = t.sentence;
    prev = tokens[j] as Token;
    i = j;
  }
  return words;
}

/** Starts with a capital letter, or is a capitalized name after a particle ("al-Rashad"). */
export function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && !text.includes("-") && !text.includes("'") && !text.includes("’")) return false;
  return /^\p{Lu}/u.test(text) || /^(al|el|bin|ibn|abu|de|van|von|d)[-'’]\p{Lu}/u.test(text);
}

/** All capitals (two letters or more, dots allowed): "FBI", "U.S.", "PICSS". */
export function isAllCaps(text: string): boolean {
  return /^(\p{Lu}\.?){2,}$/u.test(text) || /^\p{Lu}{2,}[\p{Lu}\d&-]*$/u.test(text);
}
