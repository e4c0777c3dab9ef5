// Reads one written number from the tokens: digits ("3,000", "2.36") or words ("two", "three
// hundred", "twenty-five"), with a scale after it ("7 billion", "1.2bn", "a million").
import type { Token } from "../nlp.js";
import { type FigureScale, lexicon } from "./lexicon.js";

/** A number as written, with its scale applied. */
export interface ReadNumber {
  /** First and last token of the number and its scale words (inclusive). */
  first: number;
  last: number;
  value: number;
  scale: FigureScale;
  /** Whether the number was written in digits. */
  digits: boolean;
  /** Whether the bare number (before scale) is a whole number without thousands separators, like a year. */
  plainInteger: boolean;
  /** A currency prefix written in the same token ("Rs500"), lower case. */
  gluedPrefix?: string;
}

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;
const GLUED_PREFIX = /^([a-z]{1,3}\.?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/i;

/** Rounds away binary noise ("1.2 * 1e9") without losing real decimals. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");

/** True when `b` follows `a` with no space between them. */
const touching = (a: Token, b: Token | undefined): boolean => b !== undefined && a.end === b.start;

/**
 * Reads the number starting at token `i`, or returns null. Only reads within one sentence.
 * "a"/"an" before a scale word counts as one ("a million people").
 */
export function readNumber(tokens: readonly Token[], i: number): ReadNumber | null {
  const t = tokens[i];
  if (!t) return null;
  // Most tokens are not numbers: reject them before any string work.
  const c = t.text.charCodeAt(0);
  const isDigit = c >= 48 && c <= 57;
  if (!isDigit && t.pos !== "NUM" && t.pos !== "DET" && !/\d/.test(t.text)) return null;
  let value: number;
  let first = i;
  let last = i;
  let digits = false;
  let plainInteger = false;
  const word = lower(t);
  const glued = t.type === "number" ? null : GLUED_PREFIX.exec(t.text);
  let gluedPrefix: string | undefined;
  if (glued && lexicon.currencyPrefixWords.has((glued[1] as string).toLowerCase())) {
    gluedPrefix = (glued[1] as string).toLowerCase();
    // The tokenizer splits "Rs1.2" and "Rs1,200" at the mark: join the touching pieces back.
    let written = glued[2] as string;
    for (;;) {
      const mark = tokens[last + 1];
      const more = tokens[last + 2];
      if (
        !mark ||
        !more ||
        (mark.text !== "." && mark.text !== ",") ||
        mark.start !== (tokens[last] as Token).end ||
        more.start !== mark.end
      )
        break;
      if (!/^\d+$/.test(more.text) || (mark.text === "," && more.text.length !== 3)) break;
      written += mark.text + more.text;
      last += 2;
    }
    if (!DIGITS.test(written)) return null;
    value = Number(written.replace(/,/g, ""));
    digits = true;
  } else if (DIGITS.test(t.text)) {
    value = Number(t.text.replace(/,/g, ""));
    digits = true;
    plainInteger = /^\d+$/.test(t.text);
  } else if (lexicon.numberWords.has(word) && word !== "dozen") {
    const words = readNumberWords(tokens, i);
    value = words.value;
    last = words.last;
  } else if ((word === "a" || word === "an") && isScaleWord(tokens[i + 1])) {
    // "half a million": the half belongs to the number.
    const half = lower(tokens[i - 1]) === "half" && (tokens[i - 1] as Token).sentence === t.sentence;
    value = half ? 0.5 : 1;
    if (half) first = i - 1;
  } else if ((word === "a" || word === "an") && lower(tokens[i + 1]) === "dozen") {
    return { first: i, last: i + 1, value: 12, scale: "one", digits: false, plainInteger: false };
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;

  const scaled = readScale(tokens, last, value, digits);
  const read: ReadNumber = {
    first,
    last: scaled.last,
    value: clean(scaled.value),
    scale: scaled.scale,
    digits,
    plainInteger: plainInteger && scaled.last === i,
  };
  if (gluedPrefix) read.gluedPrefix = gluedPrefix;
  return read;
}

/**
 * The scale words after a number ending at token `last`: "7 billion", "1.2bn", "3.5 million", "two
 * hundred thousand", "$5-billion". Returns the last token read and the value with the scale applied.
 */
export function readScale(
  tokens: readonly Token[],
  last: number,
  value: number,
  digits: boolean,
): { last: number; value: number; scale: FigureScale } {
  let scale: FigureScale = "one";
  for (;;) {
    const next = tokens[last + 1];
    if (!next || next.sentence !== (tokens[last] as Token).sentence) break;
    const w = lower(next);
    // "$5-billion": a hyphen before a scale word.
    if (next.text === "-" && next.start === (tokens[last] as Token).end) {
      const scaleWord = tokens[last + 2];
      const hyphened = scaleWord && scaleWord.start === next.end ? lexicon.scales.get(lower(scaleWord)) : undefined;
      if (hyphened && hyphened.scale !== "one") {
        value *= hyphened.factor;
        scale = hyphened.scale;
        last += 2;
      }
      break;
    }
    const full = lexicon.scales.get(w);
    // "£310m." at the end of a sentence keeps its full stop in the token.
    const abbreviation = touching(tokens[last] as Token, next) && digits ? lexicon.scaleAbbreviations.get(w.replace(/\.$/, "")) : undefined;
    const factor = full ?? abbreviation;
    if (!factor) break;
    value *= factor.factor;
    if (factor.scale !== "one") scale = factor.scale;
    last++;
    if (abbreviation) break;
  }
  return { last, value, scale };
}

function isScaleWord(t: Token | undefined): boolean {
  const w = lower(t);
  return w !== "hundred" && lexicon.scales.has(w);
}

/** "twenty-five": a tens word joined to a unit word; scale words ("hundred") are read by the caller. */
function readNumberWords(tokens: readonly Token[], i: number): { value: number; last: number } {
  let value = lexicon.numberWords.get(lower(tokens[i])) ?? 0;
  let last = i;
  for (;;) {
    const a = tokens[last + 1];
    const b = tokens[last + 2];
    // "twenty-five": a tens word, a hyphen and a unit word.
    if (a?.text === "-" && b && value >= 20 && value % 10 === 0 && value < 100) {
      const unit = lexicon.numberWords.get(lower(b));
      if (unit !== undefined && unit > 0 && unit < 10) {
        value += unit;
        last += 2;
        continue;
      }
    }
    break;
  }
  return { value, last };
}
