import type { TimeCandidate } from "../candidates.js";
import type { Analysis } from "../nlp.js";

/** Dates, months, years and spans, resolved against the publication date (YYYY-MM-DD) when given. */
export function findTimes(_analysis: Analysis, _published: string | null): TimeCandidate[] {
  return [];
}
