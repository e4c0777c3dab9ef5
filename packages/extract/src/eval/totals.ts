// From match counts to the published metrics. Totals are micro-averages: counts are summed over the
// articles first, then divided once.
import type { GoldEntityType } from "./gold.js";
import type { ArticleScore, Counts, Ratio } from "./score.js";

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** The totals shape the issue and the ratchet file share. */
export interface Totals {
  entities: PrecisionRecall;
  roles: { accuracy: number };
  quotes: PrecisionRecall & { speakerAccuracy: number; speakerPrecision: number };
  figures: PrecisionRecall & { sourceAccuracy: number; sourcePrecision: number };
  dates: PrecisionRecall;
  /** Precision is informational: the gold lists only the main events. */
  events: PrecisionRecall;
  /** Share of articles whose briefing leads with the gold's main event. */
  lead: { accuracy: number };
}

/** The counts behind Totals, so a reader can see why a number is what it is. */
export interface TotalCounts {
  entities: Counts & { byType: Record<GoldEntityType, Counts> };
  roles: Ratio;
  quotes: Counts & { speakers: Ratio; speakerPrecision: Ratio };
  figures: Counts & { sources: Ratio; sourcePrecision: Ratio };
  dates: Counts;
  events: Counts;
  lead: Ratio;
}

/**
 * Precision, recall and F1 of match counts. An empty denominator scores 1 only when the other side is
 * empty too (nothing to find, nothing found); so an extractor that predicts nothing scores 0, not 1.
 */
export function precisionRecall(c: Counts): PrecisionRecall {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matched / c.predicted;
  const recall = c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.matched / c.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The share a ratio stands for; 0 when there was nothing to check, so a ratchet is never met by default. */
export function accuracy(r: Ratio): number {
  return r.total === 0 ? 0 : r.correct / r.total;
}

const zero = (): Counts => ({ matched: 0, gold: 0, predicted: 0 });
const add = (a: Counts, b: Counts): Counts => ({
  matched: a.matched + b.matched,
  gold: a.gold + b.gold,
  predicted: a.predicted + b.predicted,
});
const addRatio = (a: Ratio, b: Ratio): Ratio => ({ correct: a.correct + b.correct, total: a.total + b.total });

/** The counts of one article's score. */
export function countsOf(score: ArticleScore): TotalCounts {
  return {
    entities: { ...score.entities.counts, byType: score.entities.byType },
    roles: score.roles.accuracy,
    quotes: { ...score.quotes.counts, speakers: score.quotes.speakers, speakerPrecision: score.quotes.speakerPrecision },
    figures: { ...score.figures.counts, sources: score.figures.sources, sourcePrecision: score.figures.sourcePrecision },
    dates: score.dates.counts,
    events: score.events.counts,
    lead: score.lead.accuracy,
  };
}

/** Sums counts over articles (micro-averaging). */
export function sumCounts(all: readonly TotalCounts[]): TotalCounts {
  let sum: TotalCounts = {
    entities: { ...zero(), byType: { person: zero(), organization: zero(), place: zero() } },
    roles: { correct: 0, total: 0 },
    quotes: { ...zero(), speakers: { correct: 0, total: 0 }, speakerPrecision: { correct: 0, total: 0 } },
    figures: { ...zero(), sources: { correct: 0, total: 0 }, sourcePrecision: { correct: 0, total: 0 } },
    dates: zero(),
    events: zero(),
    lead: { correct: 0, total: 0 },
  };
  for (const c of all) {
    sum = {
      entities: {
        ...add(sum.entities, c.entities),
        byType: {
          person: add(sum.entities.byType.person, c.entities.byType.person),
          organization: add(sum.entities.byType.organization, c.entities.byType.organization),
          place: add(sum.entities.byType.place, c.entities.byType.place),
        },
      },
      roles: addRatio(sum.roles, c.roles),
      quotes: {
        ...add(sum.quotes, c.quotes),
        speakers: addRatio(sum.quotes.speakers, c.quotes.speakers),
        speakerPrecision: addRatio(sum.quotes.speakerPrecision, c.quotes.speakerPrecision),
      },
      figures: {
        ...add(sum.figures, c.figures),
        sources: addRatio(sum.figures.sources, c.figures.sources),
        sourcePrecision: addRatio(sum.figures.sourcePrecision, c.figures.sourcePrecision),
      },
      dates: add(sum.dates, c.dates),
      events: add(sum.events, c.events),
      lead: addRatio(sum.lead, c.lead),
    };
  }
  return sum;
}

/** The published metrics of summed counts. */
export function totalsOf(c: TotalCounts): Totals {
  return {
    entities: precisionRecall(c.entities),
    roles: { accuracy: accuracy(c.roles) },
    quotes: {
      ...precisionRecall(c.quotes),
      speakerAccuracy: accuracy(c.quotes.speakers),
      speakerPrecision: accuracy(c.quotes.speakerPrecision),
    },
    figures: {
      ...precisionRecall(c.figures),
      sourceAccuracy: accuracy(c.figures.sources),
      sourcePrecision: accuracy(c.figures.sourcePrecision),
    },
    dates: precisionRecall(c.dates),
    events: precisionRecall(c.events),
    lead: { accuracy: accuracy(c.lead) },
  };
}
