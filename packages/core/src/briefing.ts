import { stableId } from "./ids.js";
import { type Briefing, SCHEMA_VERSION } from "./schema/briefing.js";
import type { Source } from "./schema/source.js";
import { parseBriefing } from "./validate.js";

/** A briefing's id comes from its sources, so rebuilding it with a newer extractor keeps the id. */
export function briefingIdFor(sources: ReadonlyArray<Pick<Source, "id">>): string {
  return stableId("brf", ...sources.map((s) => s.id).sort());
}

export type BriefingParts = Omit<
  Briefing,
  "schemaVersion" | "id" | "entities" | "events" | "statements" | "figures" | "times" | "topics" | "keyPoints" | "warnings"
> &
  Partial<Pick<Briefing, "entities" | "events" | "statements" | "figures" | "times" | "topics" | "keyPoints" | "warnings">>;

/** Assembles and validates a briefing: fills the schema version, the id and empty collections. */
export function createBriefing(parts: BriefingParts): Briefing {
  return parseBriefing({
    schemaVersion: SCHEMA_VERSION,
    id: briefingIdFor(parts.sources),
    entities: [],
    events: [],
    statements: [],
    figures: [],
    times: [],
    topics: [],
    keyPoints: [],
    warnings: [],
    ...parts,
  });
}
