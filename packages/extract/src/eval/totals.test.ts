import { describe, expect, it } from "vitest";
import { accuracy, precisionRecall, sumCounts, type TotalCounts, totalsOf } from "./totals.js";

const counts = (matched: number, gold: number, predicted: number) => ({ matched, gold, predicted });
const article = (entities: ReturnType<typeof counts>, speakers = { correct: 0, total: 0 }): TotalCounts => ({
  entities: { ...entities, byType: { person: entities, organization: counts(0, 0, 0), place: counts(0, 0, 0) } },
  roles: { correct: 0, total: 0 },
  quotes: { ...counts(0, 0, 0), speakers, speakerPrecision: speakers },
  figures: { ...counts(0, 0, 0), sources: { correct: 0, total: 0 }, sourcePrecision: { correct: 0, total: 0 } },
  dates: counts(0, 0, 0),
  events: counts(0, 0, 0),
  lead: { correct: 0, total: 0 },
});

describe("totals", () => {
  it("are micro-averages: counts summed over articles, then divided", () => {
    // Macro-averaging would give recall (1/1 + 1/9) / 2 = 0.556; micro gives 2/10.
    const total = totalsOf(sumCounts([article(counts(1, 1, 1)), article(counts(1, 9, 1))]));
    expect(total.entities.recall).toBeCloseTo(0.2);
    expect(total.entities.precision).toBe(1);
  });

  it("give F1 as the harmonic mean of precision and recall", () => {
    expect(precisionRecall(counts(3, 6, 4)).f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
  });

  it("score an extractor that predicts nothing 0, and agreeing on nothing 1", () => {
    expect(precisionRecall(counts(0, 5, 0))).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecall(counts(0, 0, 0))).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(accuracy({ correct: 0, total: 0 })).toBe(0);
  });

  it("sum accuracies as counts too", () => {
    const total = totalsOf(
      sumCounts([article(counts(0, 0, 0), { correct: 1, total: 1 }), article(counts(0, 0, 0), { correct: 1, total: 3 })]),
    );
    expect(total.quotes.speakerAccuracy).toBeCloseTo(0.5);
    expect(total.quotes.speakerPrecision).toBeCloseTo(0.5);
    // Nothing credited: precision 0, so a ratchet minimum is never met by default.
    expect(total.figures.sourcePrecision).toBe(0);
  });

  it("average the lead over articles with gold events, and micro-average event recall", () => {
    const withEvents = (matched: number, gold: number, lead: number): TotalCounts => ({
      ...article(counts(0, 0, 0)),
      events: counts(matched, gold, 4),
      lead: { correct: lead, total: 1 },
    });
    const total = totalsOf(sumCounts([withEvents(1, 2, 1), withEvents(2, 6, 0), { ...article(counts(0, 0, 0)) }]));
    expect(total.lead.accuracy).toBeCloseTo(0.5);
    expect(total.events.recall).toBeCloseTo(3 / 8);
    expect(total.events.precision).toBeCloseTo(3 / 8);
  });
});
