// Numbers that name a thing rather than count it: model numbers ("737 Max", "787 Dreamliner",
// "the 777 program", "777X", "787-9") and service numbers ("911 calls"). A model number shows its
// nature somewhere in the article (a letter or variant glued to it, a singular noun after it); it is
// then a name wherever it stands before a capitalized word, so "400 737 Max jets" counts 400 jets.
import type { Token } from "../nlp.js";
import { lexicon } from "./lexicon.js";

const MODEL = /^\d{3,4}$/;
const VARIANT = /^(\d{3,4})-(\d{1,3})$/;
const LETTERS = /^\p{L}+$/u;

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");
const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** True when `b` follows `a` with no space between them. */
export const touching = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** Whether a letter word is glued after the number token `k` ("777X", "5G", "787s"): the number is part of a name. */
export function gluedLetters(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return touching(tokens[k], next) && LETTERS.test((next as Token).text);
}

/** The digit strings this article uses as model numbers. */
export function modelNumbers(tokens: readonly Token[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== "number") continue;
    const variant = VARIANT.exec(t.text);
    // "787-9": a variant number after the dash, smaller than the model ("2013-18" is a span of years).
    if (variant && Number(variant[2]) < Number(variant[1]) && !isYear(Number(variant[1]))) {
      found.add(variant[1] as string);
      continue;
    }
    if (!MODEL.test(t.text) || isYear(Number(t.text))) continue;
    if (gluedLetters(tokens, k) || namedOnce(tokens, k)) found.add(t.text);
  }
  return found;
}

/**
 * "its 737 Max jet", "the 777 program", "a 787 Dreamliner": after a determiner, the number stands
 * before a singular noun (through capitalized words), which a count of 100 or more never does.
 */
function namedOnce(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  let j = k + 1;
  // Through a singular capitalized run ("Max", "Dreamliner"); "400 Democrats" is a plural, a count.
  while (j < k + 3 && isSingularName(tokens[j]) && tokens[j]?.sentence === t.sentence) j++;
  const noun = tokens[j];
  if (!noun || noun.sentence !== t.sentence) return false;
  if (j > k + 1 && noun.pos !== "NOUN") return true;
  if (noun.pos !== "NOUN" || lower(noun) !== noun.lemma || !LETTERS.test(noun.text)) return false;
  if (lexicon.nonCountNouns.has(noun.lemma)) return false;
  return j > k + 1 || lexicon.groupDeterminers.has(lower(tokens[k - 1])) || /^(a|an|its|his|her|their|our)$/.test(lower(tokens[k - 1]));
}

/** Whether the number at token `k` is a name here: a model number before a capitalized word or glued letters, or a service number before a noun. */
export function standsAsName(tokens: readonly Token[], k: number, models: ReadonlySet<string>): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (gluedLetters(tokens, k)) return true;
  if (!next || next.sentence !== t.sentence) return false;
  if (lexicon.serviceNumbers.has(t.text) && (next.pos === "NOUN" || next.pos === "PROPN")) return true;
  return models.has(t.text) && (capitalized(next) || next.pos === "NOUN");
}

function isSingularName(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "PROPN" && capitalized(t) && !/\p{Ll}s$/u.test(t.text);
}

function isYear(n: number): boolean {
  return n >= 1800 && n <= 2100;
}
