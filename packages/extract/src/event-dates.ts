// Dates for deeds told without one. News states a day once and tells what followed without repeating
// it: "In 1998, X bombed … In retaliation, Y ordered a strike" (the narrative's date), and the lede's
// "… on Tuesday" holds for the day's other deeds told in the past tense (the story's day). A plan, a
// denial, a speech or background in the past perfect gets no borrowed date.
import type { EventDraft } from "./events.js";

export interface StoryTime {
  /** Index of the time in the event times. */
  index: number;
  value: string;
}

/** How many of the first-ranked events may set the story's day. */
const PEG_CANDIDATES = 3;
/** How many days before publication the story's day may lie: older news is not today's story. */
const MAX_PEG_AGE_DAYS = 7;

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The day of the story's main event: the first of the leading events dated to a day in the week up to publication. */
export function storyTime(
  ranked: readonly EventDraft[],
  times: readonly { value: string | null; precision: string }[],
  published: string | null,
): StoryTime | null {
  if (!published) return null;
  for (const e of ranked.slice(0, PEG_CANDIDATES)) {
    if (e.time === null) continue;
    const t = times[e.time];
    if (!t?.value || t.precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) continue;
    const age = dayNumber(published.slice(0, 10)) - dayNumber(t.value);
    if (age >= 0 && age <= MAX_PEG_AGE_DAYS) return { index: e.time, value: t.value };
  }
  return null;
}

/** Whether an undated event may borrow a date: a deed (not speech, plan or denial) told in the past or present perfect. */
export function mayBorrowTime(e: EventDraft, sentenceHasTime: boolean): boolean {
  if (e.time !== null || sentenceHasTime || e.speech) return false;
  if (e.status !== "happened" && e.status !== "reported" && e.status !== "announced") return false;
  return e.tense === "past" || e.tense === "perfect";
}

/** How many sentences back a dated deed still sets the date of the narrative. */
const NARRATIVE_REACH = 2;

export interface BorrowedTime {
  index: number;
  /** "previous": the date of a deed told just before; "story": the story's day. */
  from: "previous" | "story";
}

/** Borrowed times of undated deeds, by event; `inTextOrder` must be sorted by position. */
export function borrowTimes(
  inTextOrder: readonly EventDraft[],
  story: StoryTime | null,
  sentenceHasTime: (e: EventDraft) => boolean,
): Map<EventDraft, BorrowedTime> {
  const out = new Map<EventDraft, BorrowedTime>();
  let narrative: { index: number; sentence: number } | null = null;
  for (const e of inTextOrder) {
    if (e.time !== null) {
      if (!e.speech && e.status !== "scheduled" && e.status !== "denied") narrative = { index: e.time, sentence: e.sentence };
      continue;
    }
    if (!mayBorrowTime(e, sentenceHasTime(e))) continue;
    if (narrative && e.sentence - narrative.sentence <= NARRATIVE_REACH) out.set(e, { index: narrative.index, from: "previous" });
    else if (story) out.set(e, { index: story.index, from: "story" });
  }
  return out;
}
