// Sentences cut into clauses, so that two things happening in one sentence ("X met Y; Z resigned")
// are two events with their own participants.
import type { Word } from "./entities/words.js";

export interface Clause {
  sentence: number;
  /** Word indexes, inclusive. */
  first: number;
  last: number;
  /** The sentence without page furniture (a dateline), as character offsets and word indexes. */
  sentenceStart: number;
  sentenceEnd: number;
  sentenceFirst: number;
  sentenceLast: number;
  /** Starts with a verb after "and"/"but": its subject is the previous clause's. */
  sharesSubject: boolean;
}

/** Conjunctions that, after a comma, start a new clause. */
const CLAUSE_OPENERS = new Set(["and", "but", "while", "whereas", "although", "though", "yet", "so"]);

/** The clauses of every sentence, in order; furniture words (`isFurniture`) are left out of every span. */
export function clausesOf(words: readonly Word[], isFurniture: (offset: number) => boolean = () => false): Clause[] {
  const out: Clause[] = [];
  let i = 0;
  while (i < words.length) {
    const sentence = (words[i] as Word).sentence;
    let j = i;
    let current = sentence;
    let depth = (words[i] as Word).text === "(" ? 1 : 0;
    while (j + 1 < words.length) {
      const next = words[j + 1] as Word;
      // A sentence cut inside brackets ("Rep. Ann Lee (D-Minn.) …") runs on to the close…
      if (next.sentence !== current) {
        // …and a sentence that starts with a comma or in lower case is the same sentence, cut at an abbreviation.
        if (depth === 0 && !/^[,;a-z]/.test(next.text)) break;
        current = next.sentence;
        depth = 0;
      }
      j++;
      if (next.text === "(") depth++;
      else if (next.text === ")" && depth > 0) depth--;
    }
    let first = i;
    let last = j;
    while (first <= last && (isFurniture((words[first] as Word).start) || (words[first] as Word).punct)) first++;
    while (last >= first && ((words[last] as Word).punct || isFurniture((words[last] as Word).start))) last--;
    // The sentence's evidence keeps its closing punctuation ("… on Monday.").
    let end = last;
    while (end < j && (words[end + 1] as Word).punct && !isFurniture((words[end + 1] as Word).start)) end++;
    if (first <= last) out.push(...split(words, sentence, first, last, (words[end] as Word).end));
    i = j + 1;
  }
  return out;
}

function split(words: readonly Word[], sentence: number, first: number, last: number, sentenceEnd: number): Clause[] {
  const base = {
    sentence,
    sentenceStart: (words[first] as Word).start,
    sentenceEnd,
    sentenceFirst: first,
    sentenceLast: last,
  };
  const out: Clause[] = [];
  let start = first;
  let sharesSubject = false;
  for (let k = first + 1; k < last; k++) {
    const w = words[k] as Word;
    const next = words[k + 1] as Word;
    const semicolon = w.text === ";";
    const conjunction = w.text === "," && CLAUSE_OPENERS.has(next.text.toLowerCase());
    if (!semicolon && !conjunction) continue;
    if (k - 1 >= start) out.push({ ...base, first: start, last: k - 1, sharesSubject });
    start = semicolon ? k + 1 : k + 2;
    const opener = words[start];
    sharesSubject = conjunction && opener !== undefined && (opener.pos === "VERB" || opener.pos === "AUX" || opener.pos === "ADV");
  }
  if (start <= last) out.push({ ...base, first: start, last, sharesSubject });
  return out;
}
