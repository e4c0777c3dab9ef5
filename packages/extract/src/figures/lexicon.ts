// Word lists the figure finder reads, kept as reviewed data (figure-lexicon.json) and checked on load.
import { z } from "zod";
import raw from "./figure-lexicon.json" with { type: "json" };

const ScaleSchema = z.enum(["one", "thousand", "million", "billion", "trillion"]);
const FactorSchema = z.object({ factor: z.number().positive(), scale: ScaleSchema });
const words = z.array(z.string().min(1));

const FigureLexiconSchema = z.object({
  numberWords: z.record(z.string(), z.number()),
  scales: z.record(z.string(), FactorSchema),
  scaleAbbreviations: z.record(z.string(), FactorSchema),
  percentWords: words,
  currencySymbols: z.record(z.string(), z.string()),
  currencyPrefixWords: z.record(z.string(), z.string()),
  currencyNames: z.record(z.string(), z.string()),
  sharedCurrencyDefaults: z.record(z.string(), z.string()),
  countModifiers: words,
  countVerbs: words,
  countAdjectives: words,
  countHeads: words,
  countHeadLinks: words,
  populatedPlaces: words,
  approximators: words,
  nonCountNouns: words,
  invariantPluralNouns: words,
  partitiveDeterminers: words,
  nameNumberPrecedents: words,
  anaphoricDeterminers: words,
  groupDeterminers: words,
  scoreNouns: words,
  compoundCountHeads: words,
  serviceNumbers: words,
  calendarWords: words,
  reportingVerbs: words,
  dataVerbs: words,
  sourceNouns: words,
  sourceLinkers: words,
  pronouns: words,
  genericHolders: words,
  holderHeads: words,
  measureHeadVerbs: words,
  citingVerbs: words,
});

export type FigureScale = z.infer<typeof ScaleSchema>;
export interface Factor {
  factor: number;
  scale: FigureScale;
}

const parsed = FigureLexiconSchema.parse(raw);
const set = (list: string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));
const map = <T>(record: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

/** The figure lexicon, lower-cased keys, as sets and maps for constant-time look-ups. */
export const lexicon = {
  numberWords: map(parsed.numberWords),
  scales: map(parsed.scales),
  scaleAbbreviations: map(parsed.scaleAbbreviations),
  percentWords: set(parsed.percentWords),
  currencySymbols: map(parsed.currencySymbols),
  currencyPrefixWords: map(parsed.currencyPrefixWords),
  currencyNames: map(parsed.currencyNames),
  sharedCurrencyDefaults: map(parsed.sharedCurrencyDefaults),
  countModifiers: set(parsed.countModifiers),
  countVerbs: set(parsed.countVerbs),
  countAdjectives: set(parsed.countAdjectives),
  countHeads: set(parsed.countHeads),
  countHeadLinks: set(parsed.countHeadLinks),
  /** "a city of 2 million": places whose bare number is a population. */
  populatedPlaces: set(parsed.populatedPlaces),
  /** Multi-word phrases split into words, longest first, so "at least" wins over "least". */
  approximators: parsed.approximators.map((p) => p.toLowerCase().split(" ")).sort((a, b) => b.length - a.length),
  nonCountNouns: set(parsed.nonCountNouns),
  invariantPluralNouns: set(parsed.invariantPluralNouns),
  partitiveDeterminers: set(parsed.partitiveDeterminers),
  nameNumberPrecedents: set(parsed.nameNumberPrecedents),
  anaphoricDeterminers: set(parsed.anaphoricDeterminers),
  /** "the", "these", "first": before 1 or 2 they point back ("the two sides"); before more they introduce a group. */
  groupDeterminers: set(parsed.groupDeterminers),
  /** Nouns a score stands before ("a 4-1 win", "a 7-2 vote"): both numbers are counts. */
  scoreNouns: set(parsed.scoreNouns),
  /** Things a hyphened number counts ("a two-goal lead", "a 12-member panel"); other compounds are durations or names. */
  compoundCountHeads: set(parsed.compoundCountHeads),
  /** Telephone service numbers ("911 calls"), never counts. */
  serviceNumbers: set(parsed.serviceNumbers),
  /** Month and weekday names and abbreviations: never a source, never before a count. */
  calendarWords: set(parsed.calendarWords),
  reportingVerbs: set(parsed.reportingVerbs),
  dataVerbs: set(parsed.dataVerbs),
  sourceNouns: set(parsed.sourceNouns),
  sourceLinkers: parsed.sourceLinkers.map((p) => p.toLowerCase().split(" ")),
  pronouns: set(parsed.pronouns),
  /** Words that describe a holder without naming one ("Officials said"). */
  genericHolders: set(parsed.genericHolders),
  /** Head words of holders a definite description can point back at ("the office", "the ministry"). */
  holderHeads: set(parsed.holderHeads),
  /** Participles that carry a quoted speaker on to the figures they cite ("…,” he said, citing 300 complaints"). */
  citingVerbs: set(parsed.citingVerbs),
  measureHeadVerbs: parsed.measureHeadVerbs.map((p) => p.toLowerCase().split(" ")),
} as const;
