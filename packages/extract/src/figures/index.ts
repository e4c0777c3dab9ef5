import type { FigureCandidate } from "../candidates.js";
import type { Analysis, Token } from "../nlp.js";
import { Attribution } from "./attribution.js";
import { measureOf } from "./measure.js";
import { recognise } from "./recognize.js";

/** Percentages, money and counts, with what they measure and who vouches for them. */
export function findFigures(analysis: Analysis): FigureCandidate[] {
  const { tokens, text } = analysis;
  const attribution = new Attribution(analysis);
  return recognise(tokens).map((figure) => {
    const start = figure.chars?.start ?? (tokens[figure.first] as Token).start;
    const end = figure.chars?.end ?? (tokens[figure.last] as Token).end;
    return {
      words: { start, end, text: text.slice(start, end) },
      value: figure.value,
      unit: figure.unit,
      scale: figure.scale,
      measure: measureOf(tokens, text, figure),
      source: attribution.creditFor(figure.first, figure.last),
    };
  });
}
