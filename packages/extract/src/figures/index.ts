import type { FigureCandidate } from "../candidates.js";
import type { Analysis } from "../nlp.js";

/** Percentages, money and counts, with what they measure and who vouches for them. */
export function findFigures(_analysis: Analysis): FigureCandidate[] {
  return [];
}
