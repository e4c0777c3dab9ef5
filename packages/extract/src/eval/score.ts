// The scoring rules of ../shared/eval/FORMAT.md, implemented exactly: one-to-one matching with gold
// in file order, each gold item taking the first unmatched prediction that fits.
import type { Gold, GoldDate, GoldEntity, GoldEntityType, GoldEvent, GoldFigure, GoldQuote } from "./gold.js";
import { namesOverlap, normalizeName, normalizeQuote, quotesMatch } from "./normalize.js";
import type {
  PredictedCredit,
  PredictedDate,
  PredictedEntity,
  PredictedEvent,
  PredictedFigure,
  PredictedQuote,
  Predictions,
} from "./predictions.js";

/** Matched pairs, gold left unmatched (misses) and predictions left unmatched (false hits). */
export interface Matching<G, P> {
  pairs: { gold: G; predicted: P }[];
  missed: G[];
  falseHits: P[];
}

/** Match counts of one category; matching is one-to-one, so matched gold = matched predictions. */
export interface Counts {
  matched: number;
  gold: number;
  predicted: number;
}

export interface Ratio {
  correct: number;
  total: number;
}

/** Pairs `gold` with `predicted` one-to-one: gold in order, each taking the first unmatched prediction that fits. */
export function matchInOrder<G, P>(gold: readonly G[], predicted: readonly P[], fits: (g: G, p: P) => boolean): Matching<G, P> {
  const taken = new Array<boolean>(predicted.length).fill(false);
  const pairs: { gold: G; predicted: P }[] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const at = predicted.findIndex((p, i) => !taken[i] && fits(g, p));
    if (at < 0) {
      missed.push(g);
      continue;
    }
    taken[at] = true;
    pairs.push({ gold: g, predicted: predicted[at] as P });
  }
  return { pairs, missed, falseHits: predicted.filter((_, i) => !taken[i]) };
}

const countsOf = (m: Matching<unknown, unknown>): Counts => ({
  matched: m.pairs.length,
  gold: m.pairs.length + m.missed.length,
  predicted: m.pairs.length + m.falseHits.length,
});

const namesOf = (e: { name: string; aliases: readonly string[] }): string[] => [e.name, ...e.aliases];

/** The entity rule: types agree (unless `anyType`) and some normalized name or alias is shared. */
export function entityFits(
  gold: GoldEntity,
  predicted: { type: string; name: string; aliases: readonly string[] },
  anyType = false,
): boolean {
  return (anyType || gold.type === predicted.type) && namesOverlap(namesOf(gold), namesOf(predicted));
}

/** True when some predicted role contains, or is contained in, some gold role (both normalized). */
export function rolesFit(goldRoles: readonly string[], predictedRoles: readonly string[]): boolean {
  const gold = goldRoles.map(normalizeName).filter((r) => r.length > 0);
  return predictedRoles
    .map(normalizeName)
    .filter((r) => r.length > 0)
    .some((p) => gold.some((g) => p.includes(g) || g.includes(p)));
}

/** Keeps the first of each key, in order: the format de-duplicates figures and dates before matching. */
export function firstOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** True when units are equal and the values differ by at most 0.5% of the gold value. */
export function figureFits(gold: Pick<GoldFigure, "value" | "unit">, predicted: Pick<PredictedFigure, "value" | "unit">): boolean {
  return gold.unit === predicted.unit && Math.abs(predicted.value - gold.value) <= 0.005 * Math.abs(gold.value);
}

export interface EntityScore extends Matching<GoldEntity, PredictedEntity> {
  counts: Counts;
  byType: Record<GoldEntityType, Counts>;
}

export interface RoleScore {
  accuracy: Ratio;
  /** Matched gold persons with roles whose prediction has no fitting role. */
  wrong: { gold: GoldEntity; predicted: PredictedEntity }[];
}

/** A gold item credited to someone, beside what the prediction credits. */
export interface CreditMiss<G, P> {
  gold: G;
  predicted: P;
}

export interface QuoteScore extends Matching<GoldQuote, PredictedQuote> {
  counts: Counts;
  /** Over matched gold quotes that have a speaker: how many the prediction credits rightly. */
  speakers: Ratio;
  wrongSpeakers: CreditMiss<GoldQuote, PredictedQuote>[];
  /** Over matched quotes the prediction credits to someone: how many of those credits are right. */
  speakerPrecision: Ratio;
  /** Matched quotes credited to someone the gold does not name (another entity, or a speaker where the gold has none). */
  falseSpeakers: CreditMiss<GoldQuote, PredictedQuote>[];
}

export interface FigureScore extends Matching<GoldFigure, PredictedFigure> {
  counts: Counts;
  /** Over matched gold figures that have a source: how many the prediction credits rightly. */
  sources: Ratio;
  wrongSources: CreditMiss<GoldFigure, PredictedFigure>[];
  /** Over matched figures the prediction credits to someone: how many of those credits are right. */
  sourcePrecision: Ratio;
  /** Matched figures credited to someone the gold does not name (another entity, or a source where the gold has none). */
  falseSources: CreditMiss<GoldFigure, PredictedFigure>[];
}

export interface DateScore extends Matching<GoldDate, PredictedDate> {
  counts: Counts;
}

/** Recall is what counts: the gold lists only the main events, so precision is informational. */
export interface EventScore extends Matching<GoldEvent, PredictedEvent> {
  counts: Counts;
}

/** Whether the briefing's first event is the gold's first (the article's main news). */
export interface LeadScore {
  /** 1/1 or 0/1; 0/0 when the gold lists no event, so there is nothing to check. */
  accuracy: Ratio;
  gold: GoldEvent | null;
  predicted: PredictedEvent | null;
}

/** Everything scored for one article, with the evidence of every number. */
export interface ArticleScore {
  entities: EntityScore;
  roles: RoleScore;
  quotes: QuoteScore;
  figures: FigureScore;
  dates: DateScore;
  events: EventScore;
  lead: LeadScore;
}

const TYPES: readonly GoldEntityType[] = ["person", "organization", "place"];

function scoreEntities(gold: Gold, predicted: Predictions): { entities: EntityScore; roles: RoleScore } {
  const matching = matchInOrder(gold.entities, predicted.entities, (g, p) => entityFits(g, p));
  const byType = Object.fromEntries(
    TYPES.map((type) => [
      type,
      countsOf({
        pairs: matching.pairs.filter((pair) => pair.gold.type === type),
        missed: matching.missed.filter((g) => g.type === type),
        falseHits: matching.falseHits.filter((p) => p.type === type),
      }),
    ]),
  ) as Record<GoldEntityType, Counts>;

  const withRoles = matching.pairs.filter((pair) => pair.gold.type === "person" && (pair.gold.roles?.length ?? 0) > 0);
  const wrong = withRoles.filter((pair) => !rolesFit(pair.gold.roles ?? [], pair.predicted.roles));
  return {
    entities: { ...matching, counts: countsOf(matching), byType },
    roles: { accuracy: { correct: withRoles.length - wrong.length, total: withRoles.length }, wrong },
  };
}

/** Finds the gold entity a gold speaker or source names. */
function goldEntityNamed(gold: Gold, name: string): GoldEntity {
  // The loader guarantees the reference; a bare name stands in for hand-built gold in tests.
  return gold.entities.find((e) => e.name === name) ?? { name, type: "person", aliases: [] };
}

function creditFits(gold: Gold, goldName: string | null, predicted: PredictedCredit | null, anyType: boolean): boolean {
  return goldName !== null && predicted !== null && entityFits(goldEntityNamed(gold, goldName), predicted, anyType);
}

/**
 * Precision of credits: over matched pairs whose prediction credits someone, the share whose credit
 * fits the gold's; a credit where the gold names no one is wrong. Returns the ratio and the wrong pairs.
 */
function creditPrecision<G, P>(
  pairs: readonly { gold: G; predicted: P }[],
  goldCredit: (g: G) => string | null,
  predictedCredit: (p: P) => PredictedCredit | null,
  fits: (goldName: string | null, predicted: PredictedCredit | null) => boolean,
): { ratio: Ratio; wrong: CreditMiss<G, P>[] } {
  const credited = pairs.filter((pair) => predictedCredit(pair.predicted) !== null);
  const wrong = credited.filter((pair) => !fits(goldCredit(pair.gold), predictedCredit(pair.predicted)));
  return { ratio: { correct: credited.length - wrong.length, total: credited.length }, wrong };
}

function scoreQuotes(gold: Gold, predicted: Predictions): QuoteScore {
  const normalized = new Map(predicted.quotes.map((p) => [p, normalizeQuote(p.text)]));
  const matching = matchInOrder(gold.quotes, predicted.quotes, (g, p) => quotesMatch(normalizeQuote(g.text), normalized.get(p) ?? ""));
  const credited = matching.pairs.filter((pair) => pair.gold.speaker !== null);
  // Speaker accuracy ignores type: "the Foreign Office said" may be read as a place or a body.
  const wrongSpeakers = credited.filter((pair) => !creditFits(gold, pair.gold.speaker, pair.predicted.speaker, true));
  const precision = creditPrecision(
    matching.pairs,
    (g) => g.speaker,
    (p) => p.speaker,
    (name, p) => creditFits(gold, name, p, true),
  );
  return {
    ...matching,
    counts: countsOf(matching),
    speakers: { correct: credited.length - wrongSpeakers.length, total: credited.length },
    wrongSpeakers,
    speakerPrecision: precision.ratio,
    falseSpeakers: precision.wrong,
  };
}

function scoreFigures(gold: Gold, predicted: Predictions): FigureScore {
  const unique = firstOfEach(predicted.figures, (f) => `${f.value}\u0000${f.unit}`);
  const matching = matchInOrder(gold.figures, unique, figureFits);
  const credited = matching.pairs.filter((pair) => pair.gold.source !== null);
  // Sources use the full entity rule, type included (only speakers are exempt in the format).
  const wrongSources = credited.filter((pair) => !creditFits(gold, pair.gold.source, pair.predicted.source, false));
  const precision = creditPrecision(
    matching.pairs,
    (g) => g.source,
    (p) => p.source,
    (name, p) => creditFits(gold, name, p, false),
  );
  return {
    ...matching,
    counts: countsOf(matching),
    sources: { correct: credited.length - wrongSources.length, total: credited.length },
    wrongSources,
    sourcePrecision: precision.ratio,
    falseSources: precision.wrong,
  };
}

function scoreDates(gold: Gold, predicted: Predictions): DateScore {
  const unique = firstOfEach(predicted.dates, (d) => d.value);
  const matching = matchInOrder(gold.dates, unique, (g, p) => g.value === p.value);
  return { ...matching, counts: countsOf(matching) };
}

/** The events rule: some predicted participant is a gold participant (entity rule), and the dates agree when the gold has one. */
export function eventFits(gold: Gold, g: GoldEvent, p: PredictedEvent): boolean {
  if (g.date !== null && p.date !== g.date) return false;
  return g.participants.some((name) => p.participants.some((c) => creditFits(gold, name, c, false)));
}

function scoreEvents(gold: Gold, predicted: Predictions): { events: EventScore; lead: LeadScore } {
  const matching = matchInOrder(gold.events, predicted.events, (g, p) => eventFits(gold, g, p));
  const first = gold.events[0] ?? null;
  const lead = predicted.events[0] ?? null;
  const correct = first !== null && lead !== null && eventFits(gold, first, lead) ? 1 : 0;
  return {
    events: { ...matching, counts: countsOf(matching) },
    lead: { accuracy: { correct, total: first === null ? 0 : 1 }, gold: first, predicted: lead },
  };
}

/** Scores one article's predictions against its gold. */
export function scoreArticle(gold: Gold, predicted: Predictions): ArticleScore {
  return {
    ...scoreEntities(gold, predicted),
    quotes: scoreQuotes(gold, predicted),
    figures: scoreFigures(gold, predicted),
    dates: scoreDates(gold, predicted),
    ...scoreEvents(gold, predicted),
  };
}
