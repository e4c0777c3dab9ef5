// The event lexicon (events.json), validated when loaded: a misspelled event type fails at start-up,
// not as an invalid briefing later.
import { EventTypeSchema } from "@briefing/core";
import { z } from "zod";
import events from "./events.json" with { type: "json" };

const Words = z.array(z.string().min(1));

const EventLexiconSchema = z.object({
  verbs: z.record(z.string().min(1), EventTypeSchema),
  lightVerbNouns: z.record(z.string().min(1), z.record(z.string().min(1), EventTypeSchema)),
  scheduledMarkers: Words,
  reportedMarkers: Words,
  deniedMarkers: Words,
  stateVerbs: Words,
});

const lexicon = EventLexiconSchema.parse(events);

/** Verb lemma -> the type of event it reports ("resign" -> change-of-power). */
export const triggerVerbs: ReadonlyMap<string, z.infer<typeof EventTypeSchema>> = new Map(Object.entries(lexicon.verbs));

/** Light verb lemma -> object noun -> event type ("hold" + "talks" -> communication). */
export const lightVerbNouns: ReadonlyMap<string, ReadonlyMap<string, z.infer<typeof EventTypeSchema>>> = new Map(
  Object.entries(lexicon.lightVerbNouns).map(([verb, nouns]) => [verb, new Map(Object.entries(nouns))]),
);

/** Words before a trigger that make it a plan ("will", "is scheduled to"). */
export const planWords: ReadonlySet<string> = new Set(lexicon.scheduledMarkers);
/** Words of a sentence that make its events reported rather than witnessed ("reportedly"). */
export const reportWords: ReadonlySet<string> = new Set(lexicon.reportedMarkers);
/** Words just before a trigger that deny it ("did not", "denied"). */
export const denialWords: ReadonlySet<string> = new Set(lexicon.deniedMarkers);
/** Verbs of state, thought or relation ("remain", "believe"): not deeds, so never events. */
export const stateVerbs: ReadonlySet<string> = new Set(lexicon.stateVerbs);
