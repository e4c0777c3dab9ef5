// The reviewed word lists of time-words.json, typed once so rule code never holds inline lists.
import words from "./time-words.json" with { type: "json" };

/** A season's first and last month (winter wraps into the next year). */
export interface Season {
  first: number;
  last: number;
}

export const futureSignalLemmas: ReadonlySet<string> = new Set(words.futureSignalLemmas);
export const futureSignalPhrases: readonly string[] = words.futureSignalPhrases;
export const yearPrepositions: ReadonlySet<string> = new Set(words.yearPrepositions);
export const yearOfNouns: ReadonlySet<string> = new Set(words.yearOfNouns);
export const monthPrepositions: ReadonlySet<string> = new Set(words.monthPrepositions);
export const dayPartModifiers: readonly string[] = words.dayPartModifiers;
export const seasons: Readonly<Record<string, Season>> = words.seasons;
export const numberWords: Readonly<Record<string, number>> = words.numberWords;
export const anaphoricModifiers: Readonly<Record<string, number>> = words.anaphoricModifiers;
export const deicticModifiers: Readonly<Record<string, number>> = words.deicticModifiers;
export const nearDayWords: Readonly<Record<string, number>> = words.nearDayWords;
export const todayDayMarkers: readonly string[] = words.todayDayMarkers;
export const namedDayWords: ReadonlySet<string> = new Set(words.namedDayWords);
export const scheduleVerbs: ReadonlySet<string> = new Set(words.scheduleVerbs);
export const asYearAdverbs: ReadonlySet<string> = new Set(words.asYearAdverbs);
export const yearSubjectVerbs: ReadonlySet<string> = new Set(words.yearSubjectVerbs);
/** Holidays on a fixed calendar day: name -> [month, day]. */
export const fixedHolidays: Readonly<Record<string, readonly number[]>> = words.fixedHolidays;
export const holidayPrepositions: ReadonlySet<string> = new Set(words.holidayPrepositions);
/** Modals that speak of what is expected when a bare verb follows ("should ease by Thursday"). */
export const forwardModals: ReadonlySet<string> = new Set(words.forwardModals);
/** Phrases between a preposition and its year ("until at least 2026"), split into words. */
export const yearApproximators: readonly (readonly string[])[] = words.yearApproximators.map((p) => p.split(" "));
/** Determiners before a month used as a modifier ("the March high", "its October report"). */
export const monthDeterminers: ReadonlySet<string> = new Set(words.monthDeterminers);
export const compareLemmas: ReadonlySet<string> = new Set(words.compareLemmas);
