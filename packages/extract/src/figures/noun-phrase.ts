// Small noun-phrase readers over tagged tokens, forwards and backwards, bounded in length so the
// finder stays linear in the size of the text.
import type { Token } from "../nlp.js";
import { lexicon } from "./lexicon.js";

const calendar = lexicon.calendarWords;

const MAX_PHRASE = 24;

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");
const capitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
const isPossessive = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === "'s" || t.text === "’s" || t.text === "'" || t.text === "’");
const isNominal = (t: Token): boolean =>
  t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "NUM" || t.pos === "DET" || isPossessive(t);
const sameSentence = (a: Token | undefined, b: Token): a is Token => a !== undefined && a.sentence === b.sentence;

/** Token range `[first, last]` inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/**
 * Reads a name-like noun phrase forwards from `i`: "the Pakistan Institute for Conflict and
 * Security Studies (PICSS)", "the US Department of Defense", "local news reports". Prepositions
 * and "and" join only capitalised words, so the phrase stops before "in Afghanistan, which…".
 */
export function nameForward(tokens: readonly Token[], i: number): TokenRange | null {
  const start = tokens[i];
  if (!start) return null;
  let last = -1;
  let j = i;
  while (j < tokens.length && j - i < MAX_PHRASE) {
    const t = tokens[j] as Token;
    if (t.sentence !== start.sentence) break;
    // A capitalised word inside a name, whatever its tag ("Global Conflict Monitor").
    const inName = last === j - 1 && capitalized(tokens[last]) && capitalized(t) && t.pos !== "PUNCT";
    if (isNominal(t) || inName || (t.text === "-" && last === j - 1) || t.text === "&") {
      last = j;
      j++;
      continue;
    }
    const w = lower(t);
    // "Institute for Conflict", "Office for the Western District", "Conflict and Security".
    if ((t.pos === "ADP" || w === "and") && capitalized(tokens[last])) {
      const next = tokens[j + 1];
      const afterDet = next?.pos === "DET" ? tokens[j + 2] : next;
      if (sameSentence(afterDet, t) && capitalized(afterDet) && afterDet.pos === "PROPN" && !calendar.has(lower(afterDet))) {
        j++;
        continue;
      }
    }
    // A bracketed acronym: "(PICSS)".
    if (t.text === "(" && last === j - 1) {
      const inner = tokens[j + 1];
      const close = tokens[j + 2];
      if (inner && close?.text === ")" && capitalized(inner)) {
        last = j + 2;
        j += 3;
        continue;
      }
    }
    break;
  }
  return last >= i ? { first: i, last } : null;
}

/** Skips adverbs, auxiliaries and "not" backwards from `i` ("had initially said"). */
export function skipAdverbsBack(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j >= 0) {
    const t = tokens[j] as Token;
    if (t.pos === "ADV" || t.pos === "AUX" || (t.pos === "PART" && !isPossessive(t))) j--;
    else break;
  }
  return j;
}

/**
 * Reads the subject noun phrase that ends at token `i`, going backwards: "Mr. Marlow", "the navy",
 * "John Smith, the president of the Bank of Somewhere" (an apposition after a name is kept).
 * Returns the range and whether it is a lone pronoun.
 */
export function subjectBackward(
  tokens: readonly Token[],
  i: number,
  pronouns: ReadonlySet<string>,
): (TokenRange & { pronoun: boolean }) | null {
  const end = tokens[i];
  if (!end) return null;
  let j = i;
  // "Name, the title of …, said": an apposition closed by a comma; only then may the phrase
  // reach back over another comma to the name.
  const enclosed = end.text === "," && j > 0;
  if (enclosed) j--;
  const lastTok = tokens[j] as Token;
  if (lastTok.pos === "PRON") {
    return pronouns.has(lower(lastTok)) ? { first: j, last: j, pronoun: true } : null;
  }
  const last = j;
  let first = -1;
  while (j >= 0 && last - j < MAX_PHRASE) {
    const t = tokens[j] as Token;
    if (t.sentence !== end.sentence) break;
    // A capitalised word inside a name, whatever its tag ("Human Rights Watch", "Red Cross officials").
    // A capitalised word mis-tagged as a verb right before the reporting verb ("Ford said").
    const taggedName = first < 0 && capitalized(t) && (t.pos === "VERB" || t.pos === "ADV" || t.pos === "X");
    const inName =
      taggedName || (first === j + 1 && capitalized(t) && t.pos !== "PUNCT" && (capitalized(tokens[first]) || capitalized(tokens[j - 1])));
    if (isNominal(t) || inName || t.text === "&" || (t.text === "-" && first === j + 1)) {
      first = j;
      j--;
      continue;
    }
    const prev = tokens[j - 1];
    // "head of the agency", "voices on Sudan", "people familiar with trade policy".
    if (
      (t.pos === "ADP" || lower(t) === "and") &&
      first === j + 1 &&
      sameSentence(prev, t) &&
      (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "NUM" || prev.pos === "ADJ")
    ) {
      j--;
      continue;
    }
    // A bracketed acronym after the name: "the Bureau of Statistics (PBS) said".
    if (t.text === ")" && first < 0 && lower(tokens[j - 2]) === "(" && sameSentence(tokens[j - 3], t)) {
      first = j;
      j -= 3;
      continue;
    }
    // An apposition: "Name, the title of …" or "Name, one of …": keep the name before the comma.
    if (enclosed && t.text === "," && first === j + 1 && sameSentence(prev, t) && prev.pos === "PROPN") {
      const head = tokens[first] as Token;
      if (head.pos === "DET" || head.pos === "NUM" || head.pos === "ADJ" || head.pos === "NOUN") {
        j--;
        continue;
      }
    }
    break;
  }
  if (first < 0) return null;
  // Drop leading joiners left by the loop.
  while (first <= last && ((tokens[first] as Token).pos === "ADP" || (tokens[first] as Token).pos === "PUNCT")) first++;
  return first <= last ? { first, last, pronoun: false } : null;
}

/**
 * Reads a short descriptive noun phrase forwards from `i` ("increase in terror attacks",
 * "Chinese goods", "stake in the company"): determiners, adjectives and nouns, then at most one
 * prepositional phrase. Null when no noun is found.
 */
export function describeForward(tokens: readonly Token[], i: number, maxTokens = 8): TokenRange | null {
  const start = tokens[i];
  if (!start) return null;
  let j = i;
  let lastNoun = -1;
  let usedPreposition = false;
  while (j < tokens.length && j - i < maxTokens) {
    const t = tokens[j] as Token;
    if (t.sentence !== start.sentence) break;
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      lastNoun = j;
      j++;
      continue;
    }
    if (
      t.pos === "ADJ" ||
      t.pos === "DET" ||
      t.pos === "NUM" ||
      isPossessive(t) ||
      (t.pos === "PRON" && /^(its|their|his|her|our)$/i.test(t.text)) ||
      (t.text === "-" && j > i)
    ) {
      j++;
      continue;
    }
    const w = lower(t);
    if (!usedPreposition && lastNoun >= 0 && lastNoun === j - 1 && /^(in|on|of|from|for|to|against)$/.test(w)) {
      usedPreposition = true;
      j++;
      continue;
    }
    break;
  }
  return lastNoun >= i ? { first: i, last: lastNoun } : null;
}

/** Reads the noun run that ends at `i`, backwards ("military equipment" before "valued at"). */
export function nounRunBackward(tokens: readonly Token[], i: number, maxTokens = 5): TokenRange | null {
  const end = tokens[i];
  if (!end || (end.pos !== "NOUN" && end.pos !== "PROPN")) return null;
  let j = i;
  while (j - 1 >= 0 && i - j < maxTokens) {
    const t = tokens[j - 1] as Token;
    if (t.sentence !== end.sentence) break;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") j--;
    else break;
  }
  return { first: j, last: i };
}
