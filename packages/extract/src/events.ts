// Events from the clauses that report them: a news verb (or "held talks", "opened fire") with at least
// one named participant in the same clause. No named participant, no event: an actor taken from
// another part of the story is worse than none.
import type { EventStatus, EventType, ParticipantRole } from "@briefing/core";
import type { MentionRef, RecognizedEntities } from "./entities/recognize.js";
import type { Word } from "./entities/words.js";
import { type Clause, clausesOf } from "./event-clauses.js";
import { denialWords, lightVerbNouns, planWords, reportWords, stateVerbs, triggerVerbs } from "./lexicons/event-lexicon.js";
import { speechVerbs } from "./lexicons/index.js";
import { firstAtOrAfter } from "./spans.js";

export interface EventDraft {
  type: EventType;
  /** The clause that states it, for the summary. */
  start: number;
  end: number;
  /** The whole sentence, its evidence. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The trigger word ("resigned"), to compare with the headline. */
  trigger: { start: number; end: number; lemma: string };
  participants: { key: string; role: ParticipantRole }[];
  placeKey: string | null;
  status: EventStatus;
  sentence: number;
  /** Index of the event's time in `EventInputs.times`, or null. */
  time: number | null;
  /** A dated act of speech ("said on Monday"), weaker news than a deed. */
  speech: boolean;
  /** How the trigger is conjugated: a deed told in the past or present perfect may take the story's date. */
  tense: Tense;
  /** Its verb is not in the news lexicon ("comforted"): weaker evidence of news. */
  generic: boolean;
}

/** "past" (met, was met), "perfect" (has met), "present" (meets), "pluperfect" (had met), "modal" (will/could meet), or "other". */
export type Tense = "past" | "perfect" | "present" | "pluperfect" | "modal" | "other";

export interface EventInputs {
  found: RecognizedEntities;
  /** Whether an offset is inside a direct quotation. */
  inQuote: (offset: number) => boolean;
  /** Whether an offset is page furniture (headline line, dateline, caption, credit): never an event. */
  isFurniture: (offset: number) => boolean;
  /** Time expressions sorted by start; `resolved` when they have a value. */
  times: readonly { start: number; end: number; resolved: boolean }[];
}

/** How far (in words) a light verb may stand before its noun ("held an inaugural telephonic conversation"). */
const LIGHT_NOUN_REACH = 5;
/** Words before a trigger read for a plan or a denial ("is scheduled to", "did not"). */
const MARKER_REACH = 4;
const MAX_SUMMARY_WORDS = 30;
const LOCATIVE = new Set(["in", "at", "near", "off", "outside", "inside", "across", "around", "from", "of", "to", "into", "on"]);

/** The events of a text, one per clause at most, in text order. */
export function findEvents(inputs: EventInputs): EventDraft[] {
  const { found } = inputs;
  const out: EventDraft[] = [];
  const mentions = found.mentions.filter((m) => !inputs.isFurniture(m.start));
  for (const clause of clausesOf(found.words, inputs.isFurniture)) {
    const from = firstAtOrAfter(mentions, clause.sentenceStart);
    const to = firstAtOrAfter(mentions, clause.sentenceEnd);
    const draft = eventOf(clause, found.words, mentions.slice(from, to), inputs, out[out.length - 1]);
    if (draft) out.push(draft);
  }
  return out;
}

interface Trigger {
  at: number;
  type: EventType;
  speech: boolean;
  /** A verb outside the lexicon: an event only with a named subject doing it in the past. */
  generic?: boolean;
}

/** The clause's first news verb outside quotes; a speech verb, then any deed verb, only when no news verb is there. */
function triggerOf(clause: Clause, words: readonly Word[], inputs: EventInputs): Trigger | null {
  let speech: Trigger | null = null;
  let generic: Trigger | null = null;
  for (let i = clause.first; i <= clause.last; i++) {
    const w = words[i] as Word;
    if (w.pos !== "VERB" || inputs.inQuote(w.start) || inputs.isFurniture(w.start)) continue;
    // ", killing 19 people": a participle hangs on another clause's event.
    if (w.text.endsWith("ing") && words[i - 1]?.lemma !== "be") continue;
    const light = lightVerbNouns.get(w.lemma);
    if (light) {
      for (let k = i + 1; k <= Math.min(clause.last, i + LIGHT_NOUN_REACH); k++) {
        const type = light.get((words[k] as Word).text.toLowerCase());
        if (type) return { at: i, type, speech: false };
      }
    }
    const type = triggerVerbs.get(w.lemma);
    if (type) return { at: i, type, speech: false };
    if (speechVerbs.has(w.lemma)) speech ??= { at: i, type: "statement", speech: true };
    else if (!stateVerbs.has(w.lemma)) generic ??= { at: i, type: "other", speech: false, generic: true };
  }
  return speech ?? generic;
}

function eventOf(
  clause: Clause,
  words: readonly Word[],
  sentenceMentions: readonly MentionRef[],
  inputs: EventInputs,
  previous: EventDraft | undefined,
): EventDraft | null {
  const trigger = triggerOf(clause, words, inputs);
  if (!trigger) return null;
  const w = words[trigger.at] as Word;
  const first = words[clause.first] as Word;
  const last = words[clause.last] as Word;
  const mentions = sentenceMentions.filter((m) => m.start >= first.start && m.end <= last.end && !inputs.inQuote(m.start));
  const passive = words[trigger.at - 1]?.lemma === "be" && w.text.toLowerCase() !== w.lemma && !w.text.endsWith("ing");

  const participants: EventDraft["participants"] = [];
  let placeKey: string | null = null;
  const add = (key: string, role: ParticipantRole) => {
    if (!participants.some((p) => p.key === key)) participants.push({ key, role });
  };
  const subject = subjectOf(mentions, words, trigger.at);
  if (subject) add(subject.key, passive ? "patient" : "agent");
  else if (clause.sharesSubject && previous && previous.sentence === clause.sentence) {
    // "X met Y, and signed a deal": the coordinated verb shares the first clause's subject.
    const carried = previous.participants.find((p) => p.role === "agent");
    if (carried) add(carried.key, "agent");
  }
  for (const m of mentions) {
    if (m === subject) continue;
    // "Okoro said the army deployed …": the speaker before a reported clause is not in its event.
    if (m.end <= w.start && words.slice(m.nextWord, trigger.at).some((x) => x.pos === "VERB" && speechVerbs.has(x.lemma))) continue;
    const word = governorOf(words, m.firstWord);
    if (m.type === "place" && (LOCATIVE.has(word) || possessive(words, m))) {
      if (["in", "at", "near", "off", "outside", "inside"].includes(word) || possessive(words, m)) placeKey ??= m.key;
      add(m.key, "location");
      continue;
    }
    const after = m.start > w.start;
    const role: ParticipantRole =
      passive && word === "by"
        ? "agent"
        : word === "with"
          ? "counterpart"
          : word === "to" && after
            ? "recipient"
            : after && !participants.some((p) => p.role === "patient")
              ? "patient"
              : "participant";
    add(m.key, role);
  }
  if (participants.length === 0) return null;
  // A verb the lexicon does not know is news only as a named actor's deed told in the past ("X comforted relatives").
  if (trigger.generic && (!subject || passive || !["past", "perfect"].includes(tenseOf(words, trigger.at, clause.first)))) return null;

  const time = timeOf(inputs.times, clause, words, w, clause.sharesSubject && !subject);
  // A speech verb is news only when it is dated and someone named speaks ("X said on Monday").
  if (trigger.speech && (time === null || !subject || !(inputs.times[time] as { resolved: boolean }).resolved)) return null;

  // The summary runs to the first comma after a few words: ", killing 19", ", officials said" are asides.
  let end = w.end;
  for (let k = trigger.at + 1, n = 0; k <= clause.last && n < MAX_SUMMARY_WORDS; k++, n++) {
    const x = words[k] as Word;
    if (x.text === "," && n >= 3) break;
    end = x.end;
  }
  const start = Math.min(subject?.start ?? w.start, w.start, first.start);
  return {
    type: trigger.type,
    start,
    end,
    sentenceStart: clause.sentenceStart,
    sentenceEnd: clause.sentenceEnd,
    trigger: { start: w.start, end: w.end, lemma: w.lemma },
    participants,
    placeKey,
    status: statusOf(words, clause, trigger),
    tense: tenseOf(words, trigger.at, clause.first),
    generic: trigger.generic === true,
    sentence: clause.sentence,
    time,
    speech: trigger.speech,
  };
}

/** The last mention before the verb with nothing between them that closes the clause or starts another subject. */
function subjectOf(mentions: readonly MentionRef[], words: readonly Word[], at: number): MentionRef | null {
  const before = mentions.filter((m) => m.nextWord <= at && !afterPreposition(words, m.firstWord));
  const subject = before[before.length - 1];
  if (!subject) return null;
  for (let k = subject.nextWord; k < at; k++) {
    const x = words[k] as Word;
    if (["that", "which", "who", "whom", ",", "(", "—", "–", ":"].includes(x.text) && k > subject.nextWord) {
      // ", the office's spokesman, said" is an appositive; a comma followed by a verb's own subject is not.
      if (x.text !== "," || words[k + 1]?.pos === "PRON" || words[k + 1]?.pos === "DET") return null;
    }
    if (x.pos === "PRON" && x.text.toLowerCase() !== "its" && x.text.toLowerCase() !== "their") return null;
    if (x.pos === "VERB" && speechVerbs.has(x.lemma)) return null;
  }
  return subject;
}

/** The lower-case word that governs a mention, past its title and determiners ("with Governor Oskar Kell" -> "with"). */
function governorOf(words: readonly Word[], i: number): string {
  let k = i - 1;
  while (k >= 0 && i - k <= 4) {
    const w = words[k] as Word;
    if (!(["DET", "ADJ", "NUM", "PROPN"].includes(w.pos) || (w.pos === "NOUN" && /^\p{Lu}/u.test(w.text)))) break;
    k--;
  }
  return words[k]?.text.toLowerCase() ?? "";
}

/** Whether the mention is the object of a preposition ("the province of Sarlat"). */
function afterPreposition(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ["DET", "ADJ", "NUM"].includes((words[k] as Word).pos) && i - k < 4) k--;
  return words[k]?.pos === "ADP";
}

/** "Tunisia's museum": a place named as the owner of where it happened. */
function possessive(words: readonly Word[], m: MentionRef): boolean {
  const next = words[m.nextWord];
  return next !== undefined && next.start === m.end && (next.text === "'s" || next.text === "’s");
}

/** Words before a time that make it a bound or a neighbour of the event, not its date ("until 2023", "since 2016"). */
const NOT_THE_DATE = new Set(["until", "till", "since", "through", "throughout", "by", "before", "after", "ahead", "from", "between"]);

/**
 * The event's time: the closest one in the trigger's own stretch of the clause (between commas), or
 * in a stretch that only attributes it (", officials said Monday"). A time that belongs to another
 * verb of the sentence ("…, published in X, the man visited his doctor in 2016") is not its date.
 */
function timeOf(times: EventInputs["times"], clause: Clause, words: readonly Word[], w: Word, sharedSubject: boolean): number | null {
  const first = clause.first;
  const last = clause.last;
  const stretchOf = (i: number): [number, number] => {
    let a = i;
    while (a > first && !STRETCH_BREAKS.has((words[a - 1] as Word).text)) a--;
    let b = i;
    while (b < last && !STRETCH_BREAKS.has((words[b + 1] as Word).text)) b++;
    return [a, b];
  };
  const at = wordIndexAt(words, first, last, w.start);
  const own = stretchOf(at);
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const fromOffset = sharedSubject ? clause.sentenceStart : (words[first] as Word).start;
  for (let i = lowerBound(times, fromOffset); i < times.length && (times[i] as { start: number }).start < (words[last] as Word).end; i++) {
    const t = times[i] as { start: number; end: number; resolved: boolean };
    if (t.start < (words[first] as Word).start) {
      // Before the clause: only a coordinated verb shares its sentence's date ("X on Monday met Y, and signed …").
      if (!sharedSubject) continue;
    } else {
      const ti = wordIndexAt(words, first, last, t.start);
      const [a, b] = stretchOf(ti);
      if (boundedTime(words, ti, a)) continue;
      const attribution = words.slice(a, b + 1).every((x) => x.pos !== "VERB" || speechVerbs.has(x.lemma) || x.lemma === "be");
      if (!(a === own[0] && b === own[1]) && !attribution) continue;
    }
    const distance = (t.start >= w.end ? t.start - w.end : w.start - t.end) + (t.resolved ? 0 : 10_000);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

const PART_OF = new Set(["end", "start", "beginning", "middle", "close", "rest", "remainder", "turn"]);

/** "until the end of the 2022/23 season", "since 2016": a time bounding the event, not its date. */
function boundedTime(words: readonly Word[], at: number, stretchStart: number): boolean {
  let k = at - 1;
  const skip = () => {
    while (k >= stretchStart && ["DET", "ADJ", "NUM"].includes((words[k] as Word).pos)) k--;
  };
  skip();
  if (words[k]?.text.toLowerCase() === "of" && PART_OF.has(words[k - 1]?.text.toLowerCase() ?? "")) {
    k -= 2;
    skip();
  }
  return k >= stretchStart && NOT_THE_DATE.has((words[k] as Word).text.toLowerCase());
}

const STRETCH_BREAKS = new Set([",", "—", "–", "(", ")", ";", ":"]);

/** Index of the word holding an offset, within [first, last]. */
function wordIndexAt(words: readonly Word[], first: number, last: number, offset: number): number {
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((words[mid] as Word).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lowerBound(times: EventInputs["times"], offset: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Plan, denial, report or plain fact, from the words before the trigger and the rest of the sentence. */
function statusOf(words: readonly Word[], clause: Clause, trigger: Trigger): EventStatus {
  const before: string[] = [];
  for (let k = Math.max(clause.first, trigger.at - MARKER_REACH); k < trigger.at; k++) before.push((words[k] as Word).text.toLowerCase());
  if (before.some((x) => denialWords.has(x))) return "denied";
  if (before.some((x) => planWords.has(x))) return "scheduled";
  const w = words[trigger.at] as Word;
  if (w.lemma === "announce") return "announced";
  const sentence = words.slice(clause.sentenceFirst, clause.sentenceLast + 1);
  // "…, officials said": the deed is reported by someone else.
  const saidLater = sentence.some((x) => x.start > w.end && x.pos === "VERB" && speechVerbs.has(x.lemma));
  if (!trigger.speech && (saidLater || sentence.some((x) => reportWords.has(x.text.toLowerCase())))) return "reported";
  return "happened";
}

const MODALS = new Set(["will", "would", "could", "can", "may", "might", "should", "must", "shall", "'ll", "wo"]);

/** The tense of the verb at `at`, read from its form and the auxiliaries before it. */
export function tenseOf(words: readonly Word[], at: number, first: number): Tense {
  const w = words[at] as Word;
  const form = w.text.toLowerCase();
  let perfect: string | null = null;
  for (let k = at - 1; k >= Math.max(first, at - 4); k--) {
    const x = (words[k] as Word).text.toLowerCase();
    if (MODALS.has(x) || x === "to") return "modal";
    if (x === "had" || x === "'d") return "pluperfect";
    if (["has", "have", "'ve"].includes(x)) perfect ??= "perfect";
    if (!["ADV", "AUX", "PART"].includes((words[k] as Word).pos) && !["been", "being", "was", "were", "is", "are", "be"].includes(x)) break;
  }
  if (perfect) return "perfect";
  const aux = words[at - 1]?.text.toLowerCase() ?? "";
  if (aux === "was" || aux === "were") return "past";
  if (aux === "is" || aux === "are" || aux === "am") return form.endsWith("ing") ? "present" : "present";
  if (form === w.lemma || form === `${w.lemma}s` || form === `${w.lemma}es`) return "present";
  return form.endsWith("ing") ? "other" : "past";
}
