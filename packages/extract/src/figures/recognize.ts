// Recognises figures in the token stream: a number, then what makes it news-worthy (a percent
// sign, a currency, or a counted noun), with the non-figures (dates, years, ages, durations,
// measurements, numbers in names, anaphoric "the two sides") left out.
import type { Token } from "../nlp.js";
import { currencyAfter, currencyBefore, isSharedName, resolveSharedCurrency } from "./currency.js";
import { type FigureScale, lexicon } from "./lexicon.js";
import { gluedLetters, modelNumbers, standsAsName } from "./name-numbers.js";
import { firstValueScaled, isYearLike, type NumberPair, readPair } from "./pairs.js";
import { type ReadNumber, readNumber } from "./read-number.js";

/** A recognised figure, by token positions. */
export interface RecognisedFigure {
  /** Tokens of the whole figure as written, approximators and counted noun included. */
  first: number;
  last: number;
  /** The number itself. */
  number: ReadNumber;
  value: number;
  unit: string;
  scale: FigureScale;
  /** For counts: the words saying what is counted ("people", "of his children", "killed", "death toll"); null otherwise. */
  counted: { first: number; last: number } | null;
  /** Last token of the number with its unit ("42%", "$7 billion"), where a description may follow. */
  unitLast: number;
  /** The characters of the figure, when it is part of one token ("4" of "4-1"); else the tokens' span. */
  chars?: { start: number; end: number };
}

/** What the classifier knows about the article beyond one sentence. */
interface Context {
  resolve: (name: string) => string | null;
  models: ReadonlySet<string>;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");
const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.text);

/** Finds every figure in the tokens, left to right; each token belongs to at most one figure. */
export function recognise(tokens: readonly Token[]): RecognisedFigure[] {
  const found: RecognisedFigure[] = [];
  const shared = new Map<string, string | null>();
  const resolve = (name: string): string | null => {
    if (!shared.has(name)) shared.set(name, resolveSharedCurrency(tokens, name) ?? lexicon.sharedCurrencyDefaults.get(name) ?? null);
    return shared.get(name) ?? null;
  };
  const context: Context = { resolve, models: modelNumbers(tokens) };
  for (let i = 0; i < tokens.length; i++) {
    const pair = readPair(tokens, i);
    const both = pair ? classifyPair(tokens, pair, context) : null;
    if (both) {
      found.push(...both);
      i = Math.max(...both.map((f) => f.last));
      continue;
    }
    const number = readNumber(tokens, i);
    if (!number) continue;
    const figure = classify(tokens, number, context);
    if (figure) {
      found.push(figure);
      i = figure.last;
    } else {
      i = number.last;
    }
  }
  return found;
}

/**
 * A score gives two counts of what its noun is made of ("a 4-1 win": 4 and 1 goals); a range gives
 * two figures in the unit of its second number ("30-60 per cent", "242 to 330 passengers"). Null
 * when the pair is neither, so its numbers are read one by one.
 */
function classifyPair(tokens: readonly Token[], pair: NumberPair, context: Context): RecognisedFigure[] | null {
  const { a, b } = pair;
  if (isYearLike(a)) return null;
  const sentence = (tokens[a.first] as Token).sentence;
  const after = tokens[b.last + 1];
  const noun = after?.sentence === sentence && lexicon.scoreNouns.has(after.lemma) ? b.last + 1 : null;
  const whole = (n: ReadNumber) => n.digits && n.plainInteger && n.value < 1000;
  if (pair.link === "dash" && noun !== null && whole(a) && whole(b)) {
    const counted = { first: noun, last: noun };
    const score = (n: ReadNumber, chars: { start: number; end: number } | undefined): RecognisedFigure => {
      const figure: RecognisedFigure = {
        first: a.first,
        last: noun,
        number: n,
        value: n.value,
        unit: "count",
        scale: "one",
        counted,
        unitLast: b.last,
      };
      if (chars) figure.chars = { start: chars.start, end: (tokens[noun] as Token).end };
      return figure;
    };
    return [score(a, pair.aChars), score(b, pair.bChars)];
  }
  // A dash range rises ("30-60"); "787-9" and "2013-18" are a model and a span of years.
  if (pair.link === "dash" && a.value >= b.value) return null;
  const second = classify(tokens, b, context);
  if (!second) return null;
  if (pair.bChars) second.chars = { start: pair.bChars.start, end: (tokens[second.last] as Token).end };
  const own = pair.aChars ? null : classify(tokens, { ...a, scale: "one" }, context);
  if (own && (own.unit !== second.unit || own.last >= b.first)) return null;
  const { value, scale } = firstValueScaled(pair);
  const start = own ? own.first : approximatorStart(tokens, a.first, sentence);
  const first: RecognisedFigure = {
    first: Math.min(start, second.first),
    last: own ? own.last : a.last,
    number: a,
    value,
    unit: second.unit,
    scale,
    counted: second.counted,
    unitLast: own ? own.unitLast : a.last,
  };
  if (pair.aChars) {
    // "$5-10 million": the currency sign before the pair belongs to both.
    first.first = Math.min(a.first, second.first);
    first.chars = { start: (tokens[first.first] as Token).start, end: pair.aChars.end };
  }
  if (!pair.aChars && first.first === second.first && second.first < a.first) first.first = start;
  return [first, second];
}

function classify(tokens: readonly Token[], n: ReadNumber, context: Context): RecognisedFigure | null {
  const resolve = context.resolve;
  const sentence = (tokens[n.first] as Token).sentence;
  const at = (k: number): Token | undefined => {
    const t = tokens[k];
    return t && t.sentence === sentence ? t : undefined;
  };
  const approximated = approximatorStart(tokens, n.first, sentence);
  const after = at(n.last + 1);
  const afterWord = lower(after);

  // "45-year-old", "six-month", "2013-18": a number hyphened to a word or number is not a figure,
  // unless the word is a thing that is counted ("a two-goal lead", "a 12-member panel").
  if (after?.text === "-" && after.start === (tokens[n.last] as Token).end) return hyphenedCount(tokens, n, at);

  // Percentages: "42%", "42 percent", "42 per cent", "3 percentage points".
  if (after && (lexicon.percentWords.has(afterWord) || (afterWord === "per" && lower(at(n.last + 2)) === "cent"))) {
    let unitLast = n.last + 1;
    if (afterWord === "per") unitLast++;
    if (afterWord === "percentage" && /^points?$/.test(lower(at(unitLast + 1)))) unitLast++;
    return { first: approximated, last: unitLast, number: n, value: n.value, unit: "percent", scale: n.scale, counted: null, unitLast };
  }

  // Money: a currency before ("$7 billion", "Rs 3.5 million") or after ("7 billion dollars").
  const gluedCode = n.gluedPrefix ? lexicon.currencyPrefixWords.get(n.gluedPrefix) : undefined;
  const before = gluedCode ? { code: gluedCode, first: n.first, last: n.first } : n.digits ? currencyBefore(tokens, n.first) : null;
  const behind = before ? null : currencyAfter(tokens, n.last);
  const mark = before ?? behind;
  if (mark) {
    const code = isSharedName(mark.code) ? resolve(mark.code) : mark.code;
    if (!code) return null;
    const first = before ? Math.min(mark.first, approximatorStart(tokens, mark.first, sentence)) : approximated;
    const last = behind ? behind.last : n.last;
    return { first, last, number: n, value: n.value, unit: code, scale: n.scale, counted: null, unitLast: last };
  }

  return count(tokens, n, approximated, at, context.models);
}

/** "a two-goal lead", "a 10-game stretch": the number counts the noun hyphened to it. */
function hyphenedCount(tokens: readonly Token[], n: ReadNumber, at: (k: number) => Token | undefined): RecognisedFigure | null {
  const head = at(n.last + 2);
  const hyphen = tokens[n.last + 1] as Token;
  if (!head || head.start !== hyphen.end || !lexicon.compoundCountHeads.has(head.text.toLowerCase())) return null;
  // "a 10-game-old record" or "two-goal-per-game": a longer compound is something else.
  if (at(n.last + 3)?.text === "-") return null;
  if (n.value < 2 || n.scale !== "one" || (n.digits && /\./.test((tokens[n.first] as Token).text))) return null;
  const counted = { first: n.last + 2, last: n.last + 2 };
  return { first: n.first, last: n.last + 2, number: n, value: n.value, unit: "count", scale: n.scale, counted, unitLast: n.last };
}

/** Counts of people or things: "162 people", "two of his children", "three others", "21 aircraft". */
function count(
  tokens: readonly Token[],
  n: ReadNumber,
  first: number,
  at: (k: number) => Token | undefined,
  models: ReadonlySet<string>,
): RecognisedFigure | null {
  const numberToken = tokens[n.first] as Token;
  // Decimals are measurements unless scaled ("2.5 million people").
  if (n.digits && n.scale === "one" && /\./.test(numberToken.text)) return null;
  if (n.value <= 0) return null;

  const prev = at(first - 1);
  const prevWord = lower(prev);
  // Anaphoric ("the two sides", "the world's two largest economies"), dates ("Oct. 21 meeting"),
  // numbers in names ("FTSE 100", "Flight 8501", "Resolution 2334").
  // "737 Max jets", "777X", "911 calls": a number that names a model or a service.
  if (n.digits && (standsAsName(tokens, n.last, models) || gluedLetters(tokens, n.last))) return null;
  if (prev) {
    // "the two sides" points back at a pair; "the five companies" after a list of five is news.
    if (lexicon.anaphoricDeterminers.has(prevWord) || (lexicon.groupDeterminers.has(prevWord) && n.value < 3)) return null;
    // "the world's two largest economies" ranks; "the company's 10,000 employees" counts.
    if ((isPossessive(prev) || prev.pos === "PRON") && /(est|most|top)$/.test(lower(at(n.last + 1)))) return null;
    if (lexicon.calendarWords.has(prevWord) || lexicon.nameNumberPrecedents.has(prevWord)) return null;
    if (prev.pos === "PROPN" && first === n.first && prev.type === "word") return null;
  }
  // A bare four-digit number in the range of years is a year ("2016 election results"); counts
  // that large are written "2,016".
  if (n.plainInteger && n.value >= 1800 && n.value <= 2100) return null;
  // "F-16 jets", "G7 leaders": a number glued to letters or a hyphen is part of a name.
  const glued = at(n.first - 1);
  if (glued && glued.end === numberToken.start && (glued.type === "word" || glued.text === "-")) return null;
  // "the Group of Seven leaders", "the Big Three", "the Group of 20 nations": numbers in names.
  if (!n.digits && /^\p{Lu}/u.test(numberToken.text) && glued && glued.pos !== "PUNCT") return null;
  if (prevWord === "of" && at(first - 2)?.pos === "PROPN" && /^\p{Lu}/u.test((at(first - 2) as Token).text)) return null;
  // "one in five Americans", "3 out of 10 voters": ratios, not counts.
  if ((prevWord === "in" || prevWord === "of") && readNumberBefore(first - 1, at)) return null;
  const counted = countedWords(tokens, n, at, models);
  if (counted) return { first, last: counted.last, number: n, value: n.value, unit: "count", scale: n.scale, counted, unitLast: n.last };
  // Counts with the counted thing said around them: "killed 12", "12 dead", "a death toll of 57".
  const described = countContext(n, first, at);
  if (!described) return null;
  const last = described.first > n.last ? described.last : n.last;
  return { first, last, number: n, value: n.value, unit: "count", scale: n.scale, counted: described, unitLast: n.last };
}

/** True when a number ends at `k` or at the "out" of "out of" ("3 out of 10"). */
function readNumberBefore(k: number, at: (k: number) => Token | undefined): boolean {
  let j = k - 1;
  if (lower(at(j)) === "out") j--;
  const t = at(j);
  return t !== undefined && (t.type === "number" || lexicon.numberWords.has(lower(t)));
}

/**
 * A bare number is a count when a casualty-style verb precedes it ("killing at least 19"), a state
 * adjective follows it ("12 dead"), or a count noun leads to it ("the death toll rose to 57",
 * "a population of 2.3 million"). Returns the describing words.
 */
function countContext(n: ReadNumber, first: number, at: (k: number) => Token | undefined): { first: number; last: number } | null {
  const next = at(n.last + 1);
  // Whatever follows must end the phrase: not a noun, number, unit or "of".
  if (next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "NUM" || next.type === "symbol" || lower(next) === "of")) {
    return null;
  }
  if (next && lexicon.countAdjectives.has(lower(next))) return { first: n.last + 1, last: n.last + 1 };
  const prev = at(first - 1);
  if (prev?.pos === "VERB" && lexicon.countVerbs.has(prev.lemma)) return { first: first - 1, last: first - 1 };
  // "a city of 2 million", "a nation of 240 million": a population.
  const place = at(first - 2);
  if (lower(prev) === "of" && place && lexicon.populatedPlaces.has(place.lemma) && (n.scale !== "one" || n.value >= 1000)) {
    return { first: first - 2, last: first - 2 };
  }
  // Back over linking words ("rose to", "stood at", "of") to a count noun, and over one
  // prepositional phrase after it ("the death toll from the floods has climbed to 1,739").
  let skippedPhrase = false;
  for (let k = first - 1, steps = 0; steps < 10; k--, steps++) {
    const t = at(k);
    if (!t) break;
    const w = lower(t);
    if ((t.pos === "NOUN" || t.pos === "ADJ") && (lexicon.countHeads.has(w) || lexicon.countHeads.has(t.lemma))) {
      // "death toll": take the noun before the head too.
      const before = at(k - 1);
      return { first: before?.pos === "NOUN" ? k - 1 : k, last: k };
    }
    if (lexicon.countHeadLinks.has(w) || t.pos === "ADV") continue;
    if (skippedPhrase || (t.pos !== "NOUN" && t.pos !== "PROPN")) break;
    // A phrase "from the floods": nouns, adjectives and determiners back to its preposition.
    let p = k - 1;
    while (at(p) && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test((at(p) as Token).pos) && k - p < 5) p--;
    if (at(p)?.pos !== "ADP") break;
    skippedPhrase = true;
    k = p;
  }
  return null;
}

/** The counted words after the number, or null when what follows is not a countable noun. */
function countedWords(
  tokens: readonly Token[],
  n: ReadNumber,
  at: (k: number) => Token | undefined,
  models: ReadonlySet<string>,
): { first: number; last: number } | null {
  const one = n.value === 1;
  // "from one room to another": one of a series, not a count.
  if (one && !n.digits && saysAnother(n.last + 1, at)) return null;
  const j = n.last + 1;
  const next = at(j);
  if (!next) return null;
  const w = lower(next);
  // "three others"
  if (w === "others" && !one) return { first: j, last: j };
  // "two of his children", "20 of them"
  if (w === "of" && !one) {
    const det = at(j + 1);
    if (det && lexicon.partitiveDeterminers.has(lower(det))) {
      if (det.pos === "PRON" && !/^(his|her|their|its|our|my|your)$/i.test(det.text)) return { first: j, last: j + 1 };
      // "303 of the 543 seats": the whole's own number is part of the phrase.
      const whole = at(j + 2);
      const from = whole && (whole.type === "number" || lexicon.numberWords.has(lower(whole))) ? j + 3 : j + 2;
      const head = headNoun(from, at, false, models);
      if (head !== null && isCountable(tokens[head] as Token, false)) return { first: j, last: head };
    }
    return null;
  }
  const head = headNoun(j, at, one, models);
  if (head === null) return null;
  const from = QUOTE_MARKS.has(next.text) ? j + 1 : j;
  if (!isCountable(tokens[head] as Token, one)) return null;
  // "six crew members": a plural noun right after the head belongs to it.
  const compound = at(head + 1);
  if (!one && compound?.pos === "NOUN" && compound.text.toLowerCase() !== compound.lemma) return { first: from, last: head + 1 };
  // "239 passengers and crew": a second noun joined by "and" is counted too.
  const joined = at(head + 2);
  if (lower(at(head + 1)) === "and" && joined && joined.pos === "NOUN" && isCountable(joined, false) && at(head + 3)?.pos !== "NOUN") {
    return { first: from, last: head + 2 };
  }
  // Any measurement word in the run ("square nautical miles") disqualifies it.
  for (let k = j; k < head; k++) {
    const t = tokens[k] as Token;
    if (lexicon.nonCountNouns.has(lower(t)) || lexicon.nonCountNouns.has(t.lemma)) return null;
  }
  return { first: from, last: head };
}

/**
 * The head of the noun run starting at `j` ("airline disasters", "other people", "South Koreans"):
 * the first noun that can be counted, so "people votes today" stops at "people".
 */
function headNoun(j: number, at: (k: number) => Token | undefined, one: boolean, models: ReadonlySet<string>): number | null {
  let head: number | null = null;
  for (let k = j; k < j + 7; k++) {
    const t = at(k);
    if (!t) break;
    const w = lower(t);
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      head = k;
      if (isCountable(t, one)) break;
      continue;
    }
    // "400 737 Max jets": a model number inside the run is part of the name of what is counted.
    if (t.type === "number" && models.has(t.text) && k === j) continue;
    // "two “deliveries”": quotation marks around the counted word.
    if (head === null && k === j && QUOTE_MARKS.has(t.text)) continue;
    const modifierSoFar = head === null || (at(head)?.pos === "PROPN" && /^\p{Lu}/u.test((at(head) as Token).text));
    if (modifierSoFar && (t.pos === "ADJ" || lexicon.countModifiers.has(w))) continue;
    // "18 northern and central counties": modifiers joined by "and"/"or" before the noun.
    const previous = at(k - 1);
    const afterModifier = k > j && modifierSoFar && previous !== undefined && (previous.pos === "ADJ" || previous.pos === "PROPN");
    if ((w === "and" || w === "or") && afterModifier && /^(ADJ|PROPN)$/.test(at(k + 1)?.pos ?? "")) continue;
    // "confirmed cases", "registered voters": a participle before the noun.
    if (head === null && t.pos === "VERB" && /ed$/.test(w) && at(k + 1)?.pos === "NOUN") continue;
    // "Malaysian-affiliated": a hyphen inside a compound modifier.
    if (t.text === "-" && head === null && k > j) continue;
    break;
  }
  return head;
}

const QUOTE_MARKS = new Set(["“", '"', "‘", "'"]);

/** Whether "another" or "the other" follows closely ("one room of his house to another"). */
function saysAnother(from: number, at: (k: number) => Token | undefined): boolean {
  for (let k = from; k < from + 8; k++) {
    const t = at(k);
    if (!t) return false;
    const w = lower(t);
    if (w === "another" || (w === "other" && lower(at(k - 1)) === "the")) return /^(to|after|or)$/.test(lower(at(k - 1))) || w === "other";
  }
  return false;
}

function isCountable(t: Token, one: boolean): boolean {
  const w = t.text.toLowerCase();
  if (lexicon.nonCountNouns.has(w) || lexicon.nonCountNouns.has(t.lemma)) return false;
  if (lexicon.invariantPluralNouns.has(w)) return true;
  const plural = w !== t.lemma || (t.pos === "PROPN" && /[^s]s$/.test(w));
  if (one) return !plural && t.pos === "NOUN";
  return plural;
}

/** Start of an approximator before the number ("more than", "at least", "about"), else `i`. */
function approximatorStart(tokens: readonly Token[], i: number, sentence: number): number {
  for (const phrase of lexicon.approximators) {
    const start = i - phrase.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const t = tokens[start + k] as Token;
      if (t.sentence !== sentence || t.text.toLowerCase() !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return start;
  }
  return i;
}
