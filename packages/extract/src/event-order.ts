// Events most important first: the one the headline and the lede report leads, the rest by prominence.
// A weighted list of named signals rather than a tangle of ifs, so an order can be explained.
import type { EventDraft } from "./events.js";

export interface RankSignals {
  /** Sentence index of the story's first sentence (after headline, furniture and dateline). */
  ledeSentence: number;
  /** The headline, as given or read from the text; null when there is none. */
  headline: string | null;
  /** Every written form of an entity, by key, to find it in the headline. */
  formsOf: (key: string) => readonly string[];
  /** How often an entity is mentioned: the story's central actors take part in its main events. */
  mentionsOf: (key: string) => number;
  /** Whether the time at an index of the event times has a value. */
  timeResolved: (index: number) => boolean;
}

/** Weights of the signals; a sentence's place in the story counts most, as it does for a news writer. */
export const RANK_WEIGHTS = {
  lede: 6,
  secondSentence: 3,
  thirdSentence: 1.5,
  headlineParticipant: 2.5,
  headlineVerb: 2,
  dated: 3.5,
  centrality: 0.6,
  planned: -1,
  denied: -1.5,
  reported: -0.5,
  speech: -2.5,
  generic: -2,
  perSentence: -0.05,
} as const;

const MAX_DISTANCE_PENALTY = 3;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Stem for comparing a verb with the headline's words ("agreed" ~ "agrees"). */
const stem = (word: string) => word.slice(0, Math.max(3, Math.min(5, word.length - 2)));

/** Score of each signal for one event, so a ranking can be printed and traced. */
export function rankSignals(e: EventDraft, s: RankSignals): Record<keyof typeof RANK_WEIGHTS, number> {
  const headline = s.headline ? ` ${wordsOf(s.headline).join(" ")} ` : "";
  const headlineStems = new Set(wordsOf(s.headline ?? "").map(stem));
  const inHeadline = (key: string) => s.formsOf(key).some((f) => f.length > 1 && headline.includes(` ${wordsOf(f).join(" ")} `));
  const position = e.sentence - s.ledeSentence;
  return {
    lede: position === 0 ? 1 : 0,
    secondSentence: position === 1 ? 1 : 0,
    thirdSentence: position === 2 ? 1 : 0,
    headlineParticipant: Math.min(2, e.participants.filter((p) => inHeadline(p.key)).length),
    headlineVerb: headline && headlineStems.has(stem(e.trigger.lemma)) ? 1 : 0,
    dated: e.time !== null && s.timeResolved(e.time) ? 1 : 0,
    centrality: Math.min(
      4,
      e.participants.reduce((sum, p) => sum + Math.log2(1 + s.mentionsOf(p.key)), 0),
    ),
    planned: e.status === "scheduled" ? 1 : 0,
    denied: e.status === "denied" ? 1 : 0,
    reported: e.status === "reported" ? 1 : 0,
    speech: e.speech ? 1 : 0,
    generic: e.generic ? 1 : 0,
    perSentence: Math.min(MAX_DISTANCE_PENALTY / -RANK_WEIGHTS.perSentence, Math.max(0, position)),
  };
}

/** The events, most important first; ties keep text order. */
export function rankEvents(events: readonly EventDraft[], signals: RankSignals): EventDraft[] {
  const scored = events.map((e, i) => {
    const by = rankSignals(e, signals);
    let score = 0;
    for (const [name, weight] of Object.entries(RANK_WEIGHTS)) score += weight * by[name as keyof typeof RANK_WEIGHTS];
    return { e, i, score };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((x) => x.e);
}
