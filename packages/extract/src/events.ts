// Events from the sentences that state them: a trigger verb with an entity as its subject in the same
// clause. No subject entity, no event: an actor taken from another part of the story is worse than none.
import type { EventStatus, EventType, ParticipantRole } from "@briefing/core";
import type { RecognizedEntities } from "./entities/recognize.js";
import type { Word } from "./entities/words.js";
import { eventVerbs, reportedMarkers, scheduledMarkers, speechVerbs } from "./lexicons/index.js";

export interface EventDraft {
  type: EventType;
  start: number;
  end: number;
  participants: { key: string; role: ParticipantRole }[];
  placeKey: string | null;
  status: EventStatus;
  sentence: number;
}

/** How far (in words) the subject may stand before its verb. */
const MAX_SUBJECT_GAP = 8;
const MAX_SUMMARY_WORDS = 30;

/** At most one event per sentence, outside quotations. `inQuote(offset)` tells whether an offset is quoted. */
export function findEvents(found: RecognizedEntities, inQuote: (offset: number) => boolean): EventDraft[] {
  const { words, mentions } = found;
  const out: EventDraft[] = [];
  const bySentence = new Map<number, typeof mentions>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi] as Word;
    if (w.pos !== "VERB" || inQuote(w.start)) continue;
    const type = eventVerbs.get(w.lemma) as EventType | undefined;
    if (!type) continue;
    if (out.length && (out[out.length - 1] as EventDraft).sentence === w.sentence) continue;
    // ", killing 200 people": a participle hangs on another clause; its subject is not the name before it.
    if (w.text.endsWith("ing") && words[wi - 1]?.lemma !== "be") continue;
    const inSentence = bySentence.get(w.sentence) ?? [];
    // A subject is not the object of a preposition ("the province of Sarlat searched" has another subject).
    const before = inSentence.filter((m) => m.end <= w.start && wi - m.nextWord <= MAX_SUBJECT_GAP && !isObject(words, m.firstWord));
    const subject = before[before.length - 1];
    if (!subject) continue;
    // The words between subject and verb must not close the clause.
    const between = words.slice(subject.nextWord, wi);
    // A clause boundary or a speech verb between them ("Okoro said the army deployed") means another subject.
    if (
      between.some(
        (x) =>
          [".", ";", ":", "“", "”", '"', "—", "–", "(", ")"].includes(x.text) ||
          x.text === "that" ||
          x.text === "which" ||
          x.text === "who" ||
          (x.pos === "VERB" && speechVerbs.has(x.lemma)) ||
          x.pos === "PRON" ||
          // ", and the two diplomats concurred": a new coordinated subject.
          (x.pos === "CCONJ" && between[between.indexOf(x) - 1]?.text === ","),
      )
    )
      continue;
    // "X was shot down (by Y)": the subject of a passive verb suffered the action.
    const passive = words[wi - 1]?.lemma === "be" && w.text.toLowerCase() !== w.lemma && !w.text.endsWith("ing");
    const participants: EventDraft["participants"] = [{ key: subject.key, role: passive ? "patient" : "agent" }];
    let placeKey: string | null = null;
    const sentenceEnd = lastWordOfSentence(words, wi);
    let end = w.end;
    let count = 0;
    for (let k = wi + 1; k <= sentenceEnd && count < MAX_SUMMARY_WORDS; k++, count++) {
      const x = words[k] as Word;
      if (x.text === ";" || (x.text === "," && k > wi + 3)) break;
      end = x.end;
    }
    for (const m of inSentence) {
      if (m.start <= w.start || m.end > end || participants.some((p) => p.key === m.key)) continue;
      const prev = words[m.firstWord - 1];
      if (m.type === "place" && prev && ["in", "at", "near", "off"].includes(prev.text)) {
        placeKey ??= m.key;
        continue;
      }
      // A place after a preposition is where, not who ("in the city of X", "to Brussels").
      if (m.type === "place" && prev && (prev.pos === "ADP" || prev.pos === "DET")) continue;
      const role: ParticipantRole =
        passive && prev?.text === "by"
          ? "agent"
          : prev?.text === "with"
            ? "counterpart"
            : prev?.text === "to"
              ? "recipient"
              : participants.length === 1 && !passive && !isObject(words, m.firstWord, "ADP")
                ? "patient"
                : "participant";
      participants.push({ key: m.key, role });
    }
    const clause = words.slice(subject.firstWord, wi).map((x) => x.text.toLowerCase());
    const sentenceWords = words.slice(firstWordOfSentence(words, wi), sentenceEnd + 1).map((x) => x.text.toLowerCase());
    let status: EventStatus = "happened";
    if (clause.some((x) => scheduledMarkers.has(x))) status = "scheduled";
    else if (sentenceWords.some((x) => reportedMarkers.has(x))) status = "reported";
    else if (w.lemma === "announce") status = "announced";
    out.push({ type, start: subject.start, end, participants, placeKey, status, sentence: w.sentence });
  }
  return out;
}

/** Whether the mention starting at word `i` is the object of a verb or preposition ("stormed the museum"). */
function isObject(words: Word[], i: number, of: "ADP" | "any" = "any"): boolean {
  let k = i - 1;
  while (k >= 0 && ["DET", "ADJ", "NUM"].includes((words[k] as Word).pos) && i - k < 4) k--;
  const w = words[k];
  return w !== undefined && (w.pos === "ADP" || (of === "any" && w.pos === "VERB"));
}

function lastWordOfSentence(words: Word[], i: number): number {
  const s = (words[i] as Word).sentence;
  let k = i;
  while (k + 1 < words.length && (words[k + 1] as Word).sentence === s) k++;
  while (k > i && (words[k] as Word).punct) k--;
  return k;
}

function firstWordOfSentence(words: Word[], i: number): number {
  const s = (words[i] as Word).sentence;
  let k = i;
  while (k > 0 && (words[k - 1] as Word).sentence === s) k--;
  return k;
}
