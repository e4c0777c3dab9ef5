// The type of a name no gazetteer knows, decided from how the whole text uses it: each piece of
// evidence is a named feature (a reason id), its weight lives in lexicons/unknown-name-weights.json,
// and the decision keeps the reasons so it can be printed and traced (or replaced by a learned scorer).
import type { EntityType } from "@briefing/core";
import {
  documentNouns,
  firstNameSet,
  groupNouns,
  lastNameSet,
  locativeNouns,
  locativePrepositions,
  occupationSet,
  ownerSuffixes,
  personObjectVerbs,
  personPronouns,
  placeSuffixes,
  publicationNouns,
  shareNouns,
  speechVerbs,
  titleSet,
  type UnknownNameFeature,
  unknownNameWeights,
} from "../lexicons/index.js";
import type { Candidate } from "./classify-segment.js";
import { norm } from "./norm.js";
import { isCapitalized, type Word } from "./words.js";

/** What the scorer may ask the entity table about the text around a name. */
export interface NameContext {
  words: Word[];
  wordAt: Map<number, number>;
  /** The typed mention ending / starting at a character offset, if any. */
  mentionEndingAt(end: number): { type: EntityType } | undefined;
  mentionStartingAt(start: number): { type: EntityType } | undefined;
  laterOrgReference(c: Candidate): boolean;
  appositiveOrg(commaIndex: number): boolean;
  appositiveRole(commaIndex: number): unknown;
  roleBefore(c: Candidate): unknown;
  roleAheadOfComma(c: Candidate): unknown;
}

/** A typing decision with the reasons that made it. */
export interface NameDecision {
  type: EntityType | null;
  scores: Record<EntityType, number>;
  reasons: UnknownNameFeature[];
}

/** "al-bashir" -> "bashir": names are also used without their particle. */
export const stripParticle = (n: string) => n.replace(/^(al|el|bin|ibn|abu|van|von|de|d)[-'’]/, "");

const POSSESSIVE = /^['’]s$/;

/** Scores one unknown name (all its occurrences, `group`); `singles` are one-word unknown names by normalized form. */
export function scoreUnknownName(ctx: NameContext, group: Candidate[], singles: Map<string, Candidate[]> | null): NameDecision {
  const reasons: UnknownNameFeature[] = [];
  const fire = (f: UnknownNameFeature) => reasons.push(f);
  const first = group[0] as Candidate;
  const ws = first.words;
  const head = ws[0] as Word;
  const tail = ws[ws.length - 1] as Word;
  if (ws.length > 1 && firstNameSet.has(head.text.toLowerCase())) fire("first-name-start");
  if (ws.length > 1 && lastNameSet.has(tail.text.toLowerCase())) fire("last-name-end");
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(head.text)) fire("inner-capital");
  if (ws.length > 1 && ws.length <= 4 && ws.every((w) => !w.initial || w === head)) fire("plain-full-name");
  const occurrences = [...group];
  if (singles && ws.length > 1) {
    // A full name whose surname or first name is later used alone is a person's name.
    for (const w of [tail, head]) {
      const alone = singles.get(stripParticle(norm(w.text)));
      if (alone) {
        fire("part-used-alone");
        occurrences.push(...alone);
      }
    }
  }
  for (const c of occurrences) occurrenceFeatures(ctx, c, ws.length, fire);
  const scores: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  for (const f of reasons) {
    const w = unknownNameWeights.features[f];
    scores[w.type] += w.weight;
  }
  const best = Math.max(scores.person, scores.organization, scores.place);
  const type: EntityType | null =
    best < unknownNameWeights.minScore ? null : scores.person === best ? "person" : scores.organization === best ? "organization" : "place";
  return { type, scores, reasons };
}

/** The features one occurrence of the name shows. */
function occurrenceFeatures(ctx: NameContext, c: Candidate, nameWords: number, fire: (f: UnknownNameFeature) => void): void {
  const { words } = ctx;
  const at = ctx.wordAt.get(c.start) ?? 0;
  const lastWord = c.words[c.words.length - 1] as Word;
  const nextIndex = (ctx.wordAt.get(lastWord.start) ?? 0) + 1;
  const [prev, prev2, back3, back4] = [words[at - 1], words[at - 2], words[at - 3], words[at - 4]];
  const [next, next2, next3, next4] = [words[nextIndex], words[nextIndex + 1], words[nextIndex + 2], words[nextIndex + 3]];
  const lower = (w: Word | undefined) => w?.text.toLowerCase() ?? "";
  if (c.honorific) fire("honorific");
  // People are not named with "the" ("the Kremlin said"), families aside ("the Tanus family").
  if (lower(prev) === "the" && next?.text !== "family") fire("the-before");
  // A lone unknown name as the object of a verb or of "against/by" is more often a group than a person;
  // "he supported X", "she met X": objects of these verbs are mostly people.
  if (
    nameWords === 1 &&
    !c.initial &&
    prev &&
    (prev.pos === "VERB" || ["against", "by", "with", "between"].includes(prev.text)) &&
    !speechVerbs.has(prev.lemma)
  ) {
    fire(prev.pos === "VERB" && personObjectVerbs.has(prev.lemma) ? "object-of-person-verb" : "object-of-verb");
  }
  const according = prev?.text === "to" && lower(prev2) === "according";
  if (according) fire("according-to");
  else if (prev && locativePrepositions.has(prev.text)) fire("locative-preposition");
  // "an analyst at Northvale Capital": a workplace, even when its name looks like a person's;
  // "a spokesman for X" or "the son of X" may name a person, so those weigh less.
  if (prev && prev2 && (occupationSet.has(lower(prev2)) || titleSet.has(lower(prev2)))) {
    if (prev.text === "at" || prev.text === "from") fire("workplace-at");
    else if (["with", "of", "for"].includes(prev.text)) fire("workplace-for");
  }
  if (prev?.text === "of" && prev2 && locativeNouns.has(prev2.text)) fire("locative-noun-of");
  if (prev?.text === "and" && back3?.text === "of" && back4 && locativeNouns.has(back4.text)) fire("locative-noun-of-pair");
  if ((prev?.text === "of" || prev?.text === "in") && prev2 && shareNouns.has(lower(prev2))) fire("share-noun");
  if (next && POSSESSIVE.test(next.text) && next2 && shareNouns.has(lower(next2))) fire("possessive-shares");
  // "published in X", "the journal X".
  if ((prev?.text === "in" && prev2?.lemma === "publish") || (prev && publicationNouns.has(prev.text))) fire("published-in");
  if (nameWords > 1 && ctx.laterOrgReference(c)) fire("later-company-reference");
  if (next && groupNouns.has(next.text)) fire("group-noun-after");
  // "Pentagon spokesman Dana Reyes": the body a title belongs to.
  if (next && (titleSet.has(next.text) || occupationSet.has(next.text)) && next2 && /^\p{Lu}/u.test(next2.text)) fire("title-after");
  // Coordinated with a typed name ("Acme Motors and Beta Aero"): the same kind.
  const partner = prev?.text === "and" || prev?.text === "or" ? ctx.mentionEndingAt(prev2?.end ?? -1) : undefined;
  if (partner) fire(`coordinated-with-${partner.type}`);
  const listed = listType(ctx, at, nextIndex);
  if (listed) fire(listed === "person" ? "listed-with-persons" : listed === "place" ? "listed-with-places" : "listed-with-organizations");
  if (next?.text === "," && ctx.appositiveOrg(nextIndex)) fire("appositive-organization");
  if (next && ["is", "was"].includes(next.text) && ctx.appositiveOrg(nextIndex)) fire("copula-organization");
  if (next && !next.punct && speechVerbs.has(next.lemma)) {
    // "X said in a statement": bodies speak in documents.
    const docAt = next2?.text === "in" ? (["a", "an", "the", "its"].includes(lower(next3)) ? next4 : next3) : undefined;
    fire("speech-verb-after");
    if (docAt && documentNouns.has(lower(docAt))) fire("speech-verb-after-in-document");
    // "X said … that she would appeal": the speaker goes on as a person.
    if (personPronounAfter(words, nextIndex + 1, lastWord.sentence)) fire("person-pronoun-after");
  }
  if (prev && !prev.punct && speechVerbs.has(prev.lemma) && prev.pos === "VERB" && prev.lemma !== "tell" && prev.lemma !== "ask") {
    fire(nameWords > 1 ? "speech-verb-before" : "speech-verb-before-single");
  }
  if (lastWord.modifier && placeSuffixes.has(lastWord.modifier)) fire("place-modifier");
  else if (lastWord.modifier && ownerSuffixes.has(lastWord.modifier)) fire("owner-modifier");
  if (next?.text === "family" || next?.text === "families") fire("family-after");
  // "JAKARTA (Reuters) -": the agency of a dateline.
  if (prev?.text === "(" && next?.text === ")" && ["-", "—", "–"].includes(next2?.text ?? "")) fire("dateline-agency");
  if (next?.text === "," && next2 && /^\d{1,2}$/.test(next2.text) && next3?.text === ",") fire("age-appositive");
  if (next?.text === "," && ctx.appositiveRole(nextIndex)) fire("appositive-role");
  if (next && POSSESSIVE.test(next.text) && next2 && (occupationSet.has(next2.text) || titleSet.has(next2.text))) fire("possessive-title");
  if (ctx.roleBefore(c) || ctx.roleAheadOfComma(c)) fire("role-before");
}

/** "X said that she…": a he/she/his/her before any other name, in the rest of the sentence only. */
function personPronounAfter(words: Word[], from: number, sentence: number): boolean {
  for (let k = from; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.sentence > sentence) return false;
    if (!w.punct && !w.initial && /^\p{Lu}/u.test(w.text)) return false;
    if (personPronouns.has(w.text.toLowerCase())) return true;
  }
  return false;
}

/** Up to this many list items are read on each side of a name. */
const MAX_LIST_ITEMS = 12;

/**
 * In a list of three names or more ("A, B, X and C"), the type most of its typed members share; null
 * when the name is not in such a list or no member is typed.
 */
function listType(ctx: NameContext, firstWord: number, nextWord: number): EntityType | null {
  const { words } = ctx;
  const isSeparator = (w: Word | undefined) => w !== undefined && [",", "and", "or"].includes(w.text);
  const isItemWord = (w: Word | undefined) => w !== undefined && !w.punct && (isCapitalized(w.text) || w.text === "&");
  const counts: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  let items = 1;
  let commas = 0;
  // Leftwards: separator, then a run of name words.
  let i = firstWord - 1;
  while (items < MAX_LIST_ITEMS && isSeparator(words[i])) {
    if (words[i]?.text === ",") commas++;
    let k = i - 1;
    if (isSeparator(words[k]) && words[k]?.text === ",") k--; // ", and"
    if (!isItemWord(words[k])) break;
    const end = (words[k] as Word).end;
    while (isItemWord(words[k - 1])) k--;
    const typed = ctx.mentionEndingAt(end);
    if (typed) counts[typed.type]++;
    items++;
    i = k - 1;
  }
  // Rightwards.
  let j = nextWord;
  while (items < MAX_LIST_ITEMS && isSeparator(words[j])) {
    if (words[j]?.text === ",") commas++;
    let k = j + 1;
    if (isSeparator(words[k])) k++; // ", and"
    if (!isItemWord(words[k])) break;
    const typed = ctx.mentionStartingAt((words[k] as Word).start);
    if (typed) counts[typed.type]++;
    while (isItemWord(words[k + 1])) k++;
    items++;
    j = k + 1;
  }
  if (items < 3 || commas === 0) return null;
  const best = Math.max(counts.person, counts.organization, counts.place);
  if (best === 0) return null;
  const tied = (["organization", "place", "person"] as const).filter((t) => counts[t] === best);
  return tied.length === 1 ? (tied[0] as EntityType) : null;
}
