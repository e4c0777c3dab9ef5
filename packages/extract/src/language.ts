// Rules and lexicons only work for English. The check is honest about other languages: the script
// of the letters first (Cyrillic, CJK, Arabic… — wink tags such words "unknown", so a token-based
// test sees too few words), then, for Latin script, the share of English function words, which
// German, French or Spanish text does not reach.
import { englishFunctionWords } from "./lexicons/index.js";
import type { Analysis } from "./nlp.js";

/** Below this share of English function words among the words, Latin-script text is not English. */
const MIN_FUNCTION_SHARE = 0.08;
const MIN_WORDS = 20;
/** Letters looked at for the script: enough to tell, and bounded work on any input. */
const SAMPLE = 100_000;

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Scripts a page may be written in, by the name a reader knows them. */
const SCRIPTS: [string, RegExp][] = [
  ["Cyrillic", /\p{Script=Cyrillic}/gu],
  ["Greek", /\p{Script=Greek}/gu],
  ["Arabic", /\p{Script=Arabic}/gu],
  ["Hebrew", /\p{Script=Hebrew}/gu],
  ["Chinese", /\p{Script=Han}/gu],
  ["Japanese", /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ["Korean", /\p{Script=Hangul}/gu],
  ["Devanagari", /\p{Script=Devanagari}/gu],
  ["Bengali", /\p{Script=Bengali}/gu],
  ["Tamil", /\p{Script=Tamil}/gu],
  ["Thai", /\p{Script=Thai}/gu],
  ["Georgian", /\p{Script=Georgian}/gu],
  ["Armenian", /\p{Script=Armenian}/gu],
  ["Ethiopic", /\p{Script=Ethiopic}/gu],
];

export interface LanguageCheck {
  /** True when the text reads as English (or is too short to tell). */
  english: boolean;
  /** What the text is instead, for the user ("Cyrillic script", "a language other than English"); null when English. */
  instead: string | null;
}

/** Tells whether the analysed text is English, and if not, what it looks like. */
export function checkLanguage(analysis: Analysis): LanguageCheck {
  const sample = analysis.text.slice(0, SAMPLE);
  // One pass; ASCII letters, the bulk of an English text, skip the Unicode property tests.
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      latin++;
    } else if (c >= 128 && LETTER.test(sample.charAt(i))) {
      letters++;
      if (LATIN.test(sample.charAt(i))) latin++;
    }
  }
  if (letters > 0 && latin / letters < 0.5) {
    const counts = SCRIPTS.map(([name, re]) => [name, sample.match(re)?.length ?? 0] as const);
    const count = (name: string) => counts.find(([n]) => n === name)?.[1] ?? 0;
    let [best, most] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
    // Japanese mixes kanji (Han) with kana; any real share of kana makes Han text Japanese.
    if (best === "Chinese" && count("Japanese") > most / 10) [best, most] = ["Japanese", count("Japanese")];
    if (most > latin) return { english: false, instead: `${best} script` };
    return { english: false, instead: "a script other than Latin" };
  }
  let words = 0;
  let functional = 0;
  let latinWords = 0;
  for (const t of analysis.tokens) {
    if (t.type !== "word") continue;
    words++;
    if (/^[a-z]/i.test(t.text)) latinWords++;
    if (englishFunctionWords.has(t.text.toLowerCase())) functional++;
  }
  const english = words < MIN_WORDS ? latinWords >= words / 2 : latinWords / words > 0.5 && functional / words >= MIN_FUNCTION_SHARE;
  return english ? { english, instead: null } : { english, instead: "a language other than English" };
}
