import type { QuoteCandidate } from "../candidates.js";
import type { Analysis } from "../nlp.js";

/** Direct quotes and reported speech, with who said them as the text names them. */
export function findQuotes(_analysis: Analysis): QuoteCandidate[] {
  return [];
}
