// What a figure measures, as a short phrase from its sentence: the counted noun of a count, what
// is "valued at"/"worth" an amount, the noun phrase a percentage or amount modifies ("42% increase
// in terror attacks", "$360 billion worth of Chinese goods"), or the subject and verb that move by
// it ("the index has fallen by 3%"). Null when unclear.
import type { Token } from "../nlp.js";
import { lexicon } from "./lexicon.js";
import { describeForward, nounRunBackward, skipAdverbsBack, subjectBackward, type TokenRange } from "./noun-phrase.js";
import type { RecognisedFigure } from "./recognize.js";

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");

/** A short phrase of what `figure` measures, or null. */
export function measureOf(tokens: readonly Token[], text: string, figure: RecognisedFigure): string | null {
  const range = measureRange(tokens, figure);
  if (!range) return null;
  const start = (tokens[range.first] as Token).start;
  const end = (tokens[range.last] as Token).end;
  return text.slice(start, end).replace(/\s+/g, " ");
}

function measureRange(tokens: readonly Token[], figure: RecognisedFigure): TokenRange | null {
  const sentence = (tokens[figure.first] as Token).sentence;
  const inSentence = (k: number): Token | undefined => {
    const t = tokens[k];
    return t && t.sentence === sentence ? t : undefined;
  };
  if (figure.counted) {
    const { first, last } = figure.counted;
    // "two of his children": describe the children; "20 of them": the pronoun says nothing.
    const from = lower(tokens[first]) === "of" ? first + 1 : first;
    if (from > last) return null;
    const t = tokens[from] as Token;
    if (t.pos === "PRON" && from === last) return null;
    return { first: from, last };
  }
  // Before the figure: "equipment valued at $7 billion".
  for (const verb of lexicon.measureHeadVerbs) {
    const start = figure.first - verb.length;
    if (start <= 0) continue;
    let ok = true;
    for (let k = 0; ok && k < verb.length; k++) if (lower(inSentence(start + k)) !== verb[k]) ok = false;
    if (ok && inSentence(start - 1)) {
      const run = nounRunBackward(tokens, start - 1);
      if (run) return run;
    }
  }
  // "a budget of $8.2 billion", "quarterly sales of $143.1 billion", "a population of 8.4 million".
  if (lower(inSentence(figure.first - 1)) === "of" && inSentence(figure.first - 2)) {
    const run = nounRunBackward(tokens, figure.first - 2);
    if (run && !lexicon.nonCountNouns.has((tokens[run.last] as Token).lemma)) return run;
  }
  // After the figure: "42% increase in …", "$160 billion of goods", "$360 billion worth of goods".
  let j = figure.unitLast + 1;
  const next = inSentence(j);
  if (next) {
    if (lower(next) === "worth" && lower(inSentence(j + 1)) === "of") j += 2;
    else if (lower(next) === "of" || lower(next) === "in") j += 1;
    const phrase = describeForward(tokens, j);
    if (phrase && phrase.first === j && describes(tokens, phrase)) return phrase;
  }
  // "The index has fallen by 3.16%", "dropped in value by 2.36%": the subject and its verb.
  let k = figure.first - 1;
  if (/^(by|to|of)$/.test(lower(inSentence(k)))) k--;
  for (let back = 0; back < 4 && inSentence(k); back++, k--) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB") {
      const end = skipAdverbsBack(tokens, k - 1);
      const subject = end >= 0 && inSentence(end) ? subjectBackward(tokens, end, lexicon.pronouns) : null;
      const last = figure.first - 1 > k && /^(by|to|of)$/.test(lower(tokens[figure.first - 1])) ? figure.first - 2 : figure.first - 1;
      // A long subject ("Officials estimate the cleanup") says less than the verb alone.
      const short = subject && !subject.pronoun && subject.last - subject.first < 6 && (tokens[end] as Token).pos !== "PUNCT";
      return { first: short ? subject.first : k, last: Math.max(k, last) };
    }
    if (t.pos !== "ADP" && t.pos !== "NOUN" && t.pos !== "ADV") break;
  }
  return null;
}

/** A description names something besides places and time units ("in Afghanistan", "a year" do not). */
function describes(tokens: readonly Token[], r: TokenRange): boolean {
  let common = false;
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k] as Token;
    if (lexicon.calendarWords.has(t.text.toLowerCase())) return false;
    if (t.pos === "NOUN") {
      if (lexicon.nonCountNouns.has(t.lemma)) return false;
      common = true;
    }
  }
  return common;
}
