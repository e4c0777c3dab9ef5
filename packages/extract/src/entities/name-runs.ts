// Proper-noun runs: capitalized words joined by name connectors, split where the connector joins
// two names rather than building one ("Rubio and Dar" -> two; "Institute for Conflict and Security
// Studies" -> one, because an organization head word comes before the connector).
import {
  calendarWords,
  eventHeads,
  firstNameSet,
  genericCapitalized,
  knownOrganizationSet,
  leadingAdjectives,
  legalSuffixes,
  nameBreakers,
  nameConnectors,
  nameParticles,
  notNames,
  orgHeads,
  partyMemberWords,
  placeByName,
  placeHeads,
  timeZones,
  titleFirstWords,
  titleSet,
} from "../lexicons/index.js";
import { isCapitalized, type Word } from "./words.js";

/** A candidate name: consecutive words `[first, last]` of the word list. */
export interface Segment {
  words: Word[];
  /** The possessor right before "’s" ("Ruritania" in "Ruritania’s President Kell"), when split there. */
  possessor: Word[] | null;
  /** Followed by a number ("FTSE 100", "Phase 1"): an index, product or model name. */
  numbered?: boolean;
}

const POSSESSIVE = /^['’]s$/;

function isNameWord(w: Word): boolean {
  if (w.skip || w.punct || !isCapitalized(w.text) || calendarWords.has(w.text) || nameBreakers.has(w.text)) return false;
  // Codes with digits are flights, products or models ("QZ8501", "A320-200"), not names.
  if (/\d/.test(w.text)) return false;
  if (/^\p{Lu}\.?$/u.test(w.text)) return true; // middle initials "W."
  return /\p{L}/u.test(w.text);
}

const lastWordOf = (ws: Word[]) => (ws.length ? (ws[ws.length - 1] as Word).text.toLowerCase().replace(/\.$/, "") : "");
const textOf = (ws: Word[]) => ws.map((w) => w.text).join(" ");

/** Whether the whole phrase is one known name (country, city, organization). */
function isKnownWhole(ws: Word[]): boolean {
  const t = textOf(ws).toLowerCase();
  return placeByName.has(t) || knownOrganizationSet.has(t);
}

/** Every proper-noun run of the text, split into name segments. */
export function findSegments(words: Word[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    if (!isNameWord(w)) {
      i++;
      continue;
    }
    // Extend over name words and connectors that lead to another name word.
    const run: Word[] = [w];
    let j = i + 1;
    while (j < words.length) {
      const next = words[j] as Word;
      if (
        (words[j - 1] as Word).modifier ||
        next.lineStart ||
        (next.sentence !== w.sentence && !(next.start - (words[j - 1] as Word).end <= 1 && !next.initial))
      )
        break;
      if (isNameWord(next) && !(next.initial && next.sentence !== (words[j - 1] as Word).sentence)) {
        run.push(next);
        j++;
        continue;
      }
      const lower = next.text.toLowerCase();
      if (nameConnectors.has(lower) || POSSESSIVE.test(next.text) || (nameParticles.has(lower) && next.text === lower)) {
        let k = j + 1;
        if (k < words.length && (words[k] as Word).text === "the" && lower !== "the") k++;
        const after = words[k];
        if (after && isNameWord(after) && after.sentence === w.sentence && !after.lineStart && !next.lineStart) {
          for (let m = j; m <= k; m++) run.push(words[m] as Word);
          j = k + 1;
          continue;
        }
      }
      break;
    }
    splitRun(run, out, words);
    i = j;
  }
  return out;
}

/** Splits a run at connectors that join separate names; keeps those inside one organization or title. */
function splitRun(run: Word[], out: Segment[], all: Word[]): void {
  if (isKnownWhole(run)) {
    push(out, run, null, all);
    return;
  }
  let current: Word[] = [];
  let possessor: Word[] | null = null;
  let joinedOrg = false; // an organization head came before an of/for/on already kept
  for (let k = 0; k < run.length; k++) {
    const w = run[k] as Word;
    const lower = w.text.toLowerCase();
    const isConnector = !isNameWord(w);
    if (!isConnector) {
      current.push(w);
      continue;
    }
    const rest = run.slice(k + 1).filter((x) => isNameWord(x));
    const firstRest = rest[0];
    if (POSSESSIVE.test(w.text)) {
      // Keep "Attorney’s Office" (a head right after) and "University's Center" (a head before, one after).
      const nextHeadIndex = rest.findIndex((x) => orgHeads.has(x.text.toLowerCase()));
      if (nextHeadIndex === 0 || (nextHeadIndex > 0 && orgHeads.has(lastWordOf(current)))) {
        current.push(w);
        continue;
      }
      push(out, current, possessor, all);
      possessor = current;
      current = [];
      continue;
    }
    if (lower === "the") {
      if (current.length && nameConnectors.has((current[current.length - 1] as Word).text.toLowerCase())) current.push(w);
      continue;
    }
    if (nameParticles.has(lower) && w.text === lower && !["and", "of", "for", "on"].includes(lower)) {
      current.push(w);
      continue;
    }
    const left = lastWordOf(current.filter((x) => isNameWord(x)));
    if (lower === "of" || lower === "for" || lower === "on") {
      const titled = firstRest && titleSet.has(`${left} ${lower} ${firstRest.text.toLowerCase()}`);
      if (titled || orgHeads.has(left) || placeHeads.has(left) || (lower === "of" && titleSet.has(left))) {
        if (orgHeads.has(left)) joinedOrg = true;
        current.push(w);
        continue;
      }
    } else if (
      (lower === "and" || lower === "&") &&
      (joinedOrg ||
        isKnownWhole([...current, w, ...rest]) ||
        (isIncompleteBefore(current) && orgHeads.has(lastWordOf(untilConnector(run, k + 1)))))
    ) {
      current.push(w);
      continue;
    }
    push(out, current, possessor, all);
    possessor = null;
    current = [];
    joinedOrg = false;
  }
  push(out, current, possessor, all);
}

/** The name words after a connector, up to the next connector: "Drug Administration" in "Food and Drug Administration and …". */
function untilConnector(run: Word[], from: number): Word[] {
  const out: Word[] = [];
  for (let k = from; k < run.length && isNameWord(run[k] as Word); k++) out.push(run[k] as Word);
  return out;
}

/**
 * "Food and Drug Administration", "World Fishing and Forestry Council": the words before "and" share the
 * head after it. In "Acme Robotics and Zenith Systems" or "ZetaCorp and Zenith Systems" the left side is
 * a complete name of its own (it has a head, or is a known or mixed-case name).
 */
function isIncompleteBefore(current: Word[]): boolean {
  const names = current.filter((x) => isNameWord(x));
  if (names.length === 0) return false;
  const last = (names[names.length - 1] as Word).text;
  const first = (names[0] as Word).text.toLowerCase();
  const whole = textOf(names).toLowerCase();
  return (
    names.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text)) &&
    !orgHeads.has(last.toLowerCase()) &&
    !firstNameSet.has(first) &&
    !placeByName.has(whole) &&
    !knownOrganizationSet.has(whole)
  );
}

/** "He Jianming said": a sentence-initial "He" right before a proper noun is a surname, since a pronoun is never followed by a name. */
function isSurnameHe(words: Word[], a: number, b: number): boolean {
  const w = words[a] as Word;
  const next = words[a + 1];
  return (
    w.text === "He" &&
    a < b &&
    next !== undefined &&
    next.pos === "PROPN" &&
    next.start - w.end === 1 &&
    !notNames.has(next.text) &&
    !genericCapitalized.has(next.text) &&
    !titleSet.has(next.text.toLowerCase())
  );
}

function push(out: Segment[], words: Word[], possessor: Word[] | null, all: Word[]): void {
  // "Vermont GOP Gov. Jo Doe", "an Ohio Republican": a party word after a place is an affiliation.
  const party = words.findIndex(
    (w, k) =>
      k > 0 &&
      partyMemberWords.has(w.text) &&
      placeByName.has(textOf(words.slice(0, k)).toLowerCase()) &&
      (k === words.length - 1 || titleFirstWords.has((words[k + 1] as Word).text.toLowerCase())),
  );
  if (party > 0) {
    push(out, words.slice(0, party), possessor, all);
    push(out, words.slice(party + 1), null, all);
    return;
  }
  // Trim connectors at the ends and leading function words ("The", "According").
  let a = 0;
  let b = words.length - 1;
  while (a <= b && (!isNameWord(words[a] as Word) || (notNames.has((words[a] as Word).text) && !isSurnameHe(words, a, b)))) a++;
  while (b >= a && !isNameWord(words[b] as Word)) b--;
  while (a < b && leadingAdjectives.has((words[a] as Word).text)) a++;
  if (a > b) return;
  // Events and products named like entities ("Arab Spring", "FTSE 100") are not entities.
  if (b > a && eventHeads.has((words[b] as Word).text.toLowerCase())) return;
  const last = words[b] as Word;
  const after = all[last.index + 1];
  // "the Nasdaq index", "the index the Nikkei": a market index is not an entity.
  const isIndex = (w: Word | undefined) => w !== undefined && /^ind(ex|ices|exes)$/.test(w.text);
  const first = words[a] as Word;
  const before = all[first.index - 1];
  const isPlace = placeByName.has(textOf(words.slice(a, b + 1)).toLowerCase());
  if (!isPlace && (isIndex(after) || isIndex(before) || (before?.text === "the" && isIndex(all[first.index - 2])))) return;
  const ws = words.slice(a, b + 1);
  const only = ws.length === 1 ? (ws[0] as Word).text : null;
  // A time zone ("ET") or a company form left alone ("…Systems, Inc.") is no name.
  if (only && (genericCapitalized.has(only) || timeZones.has(only) || legalSuffixes.has(only.toLowerCase().replace(/\.$/, "")))) return;
  // "Acme 787", "Acme A320": a model number or code after the name.
  const numbered = after !== undefined && after.start - last.end <= 1 && (/^\d/.test(after.text) || /^\p{Lu}+\d/u.test(after.text));
  out.push({ words: ws, possessor, numbered });
}
