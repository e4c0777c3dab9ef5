// Two numbers read as one phrase: a score ("a 4-1 win", "a 7–2 vote") or a range ("30-60 per cent",
// "242 to 330 passengers", "between 10 and 20 people"). The tokenizer keeps "4-1" and "30-60" as one
// token, so a pair may sit inside a single token; each number then keeps its own character span.
import type { Token } from "../nlp.js";
import type { FigureScale } from "./lexicon.js";
import { clean, type ReadNumber, readNumber, readScale } from "./read-number.js";

/** How the two numbers are joined: a dash ("4-1", "30–60"), "to", or "between … and". */
export type PairLink = "dash" | "to" | "and";

/** Two numbers joined by a dash, "to" or "between … and", with the characters each was written in. */
export interface NumberPair {
  a: ReadNumber;
  b: ReadNumber;
  link: PairLink;
  /** Character spans of the two numbers, set when both sit in one token. */
  aChars?: { start: number; end: number };
  bChars?: { start: number; end: number };
}

const JOINED = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
const DASHES = new Set(["-", "–"]);
const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");

const FACTORS: Record<FigureScale, number> = { one: 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The pair that starts at token `i`, or null. */
export function readPair(tokens: readonly Token[], i: number): NumberPair | null {
  const t = tokens[i];
  if (!t) return null;
  const joined = JOINED.exec(t.text);
  if (joined) {
    const [aText, bText] = [joined[1] as string, joined[2] as string];
    const number = (written: string): ReadNumber => ({
      first: i,
      last: i,
      value: Number(written.replace(/,/g, "")),
      scale: "one",
      digits: true,
      plainInteger: /^\d+$/.test(written),
    });
    const scaled = readScale(tokens, i, Number(bText.replace(/,/g, "")), true);
    const b: ReadNumber = { ...number(bText), last: scaled.last, value: clean(scaled.value), scale: scaled.scale };
    b.plainInteger = b.plainInteger && scaled.last === i;
    const bStart = t.end - bText.length;
    return {
      a: number(aText),
      b,
      link: "dash",
      aChars: { start: t.start, end: t.start + aText.length },
      bChars: { start: bStart, end: t.end },
    };
  }
  const a = readNumber(tokens, i);
  if (!a) return null;
  const link = tokens[a.last + 1];
  if (!link || link.sentence !== t.sentence) return null;
  const w = lower(link);
  let kind: PairLink | null = null;
  if (DASHES.has(link.text)) kind = "dash";
  else if (w === "to") kind = "to";
  else if (w === "and" && lower(tokens[a.first - 1]) === "between") kind = "and";
  if (!kind) return null;
  const next = tokens[a.last + 2];
  if (!next || next.sentence !== t.sentence) return null;
  // "5 to $10 million": the second number may carry its own currency sign; it is read by the caller.
  const bStart = next.type === "currency" || next.type === "symbol" ? a.last + 3 : a.last + 2;
  const b = readNumber(tokens, bStart);
  if (!b || (tokens[b.first] as Token).sentence !== t.sentence) return null;
  return { a, b, link: kind };
}

/**
 * The value of the pair's first number in the second one's scale, when it is written without one:
 * "$5-10 million" is 5 million; "from 500 to 2 million" keeps 500, which is already of another size.
 */
export function firstValueScaled(pair: NumberPair): { value: number; scale: FigureScale } {
  const { a, b } = pair;
  if (a.scale !== "one" || b.scale === "one") return { value: a.value, scale: a.scale };
  const mantissa = b.value / FACTORS[b.scale];
  const ratio = a.value / mantissa;
  if (ratio < 0.01 || ratio >= 100) return { value: a.value, scale: a.scale };
  return { value: clean(a.value * FACTORS[b.scale]), scale: b.scale };
}

/** Whether a bare number reads as a year ("2013-18", "from 2010 to 2015"). */
export function isYearLike(n: ReadNumber): boolean {
  return n.plainInteger && n.value >= 1800 && n.value <= 2100;
}
