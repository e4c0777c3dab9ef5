// zod schemas of the lexicon files, one list per concept: a malformed or misspelt list fails loudly
// when the extractor loads, naming the file and the path, instead of silently matching nothing.
import { EntitySubtypeSchema } from "@briefing/core";
import { z } from "zod";

const WordListSchema = z.array(z.string().min(1));
const EntityTypeSchema = z.enum(["person", "organization", "place"]);

export const WordsLexiconSchema = z.object({
  nameConnectors: WordListSchema,
  nameParticles: WordListSchema,
  nameSuffixes: WordListSchema,
  notNames: WordListSchema,
  weekdaysAndMonths: WordListSchema,
  genericCapitalized: WordListSchema,
  timeZones: WordListSchema,
  thingNouns: WordListSchema,
  pronouns: z.object({ person: WordListSchema, group: WordListSchema }),
  locativePrepositions: WordListSchema,
  speechVerbs: WordListSchema,
  englishFunctionWords: WordListSchema,
  nameBreakers: WordListSchema,
  eventHeads: WordListSchema,
  compassPrefixes: WordListSchema,
  leadingAdjectives: WordListSchema,
  partyMemberWords: WordListSchema,
  adjectiveSuffixes: WordListSchema,
  placeSuffixes: WordListSchema,
  ownerSuffixes: WordListSchema,
  documentNouns: WordListSchema,
  publicationNouns: WordListSchema,
  groupNouns: WordListSchema,
  orgNouns: WordListSchema,
  shareNouns: WordListSchema,
  laterReferenceNouns: WordListSchema,
  descriptionSubtypes: z.record(z.string(), z.array(EntitySubtypeSchema.nullable())),
  personObjectVerbs: WordListSchema,
});

export const PlacesLexiconSchema = z.object({
  countryAliases: z.record(z.string(), WordListSchema),
  regions: WordListSchema,
  heads: WordListSchema,
  locativeNouns: WordListSchema,
  designators: WordListSchema,
  landmarks: WordListSchema,
  celestialBodies: WordListSchema,
  stateAbbreviations: z.record(z.string().min(2), z.string().min(1)),
});

export const OrganizationsLexiconSchema = z.object({
  heads: z.partialRecord(EntitySubtypeSchema, WordListSchema),
  lowerCaseHeads: WordListSchema,
  legalSuffixes: WordListSchema,
  armedGroupWords: WordListSchema,
  acronymSubtypes: z.record(z.string(), EntitySubtypeSchema),
  possessedBodyHeads: WordListSchema,
  marketIndexes: WordListSchema,
});

export const TitlesLexiconSchema = z.object({
  titles: WordListSchema,
  honorifics: WordListSchema,
  abbreviatedRoles: WordListSchema,
});

export const CountriesSchema = z.array(
  z.object({ name: z.string().min(1), aliases: WordListSchema, demonyms: WordListSchema, capital: z.array(z.string()) }),
);

export const UnknownNameWeightsSchema = z.object({
  minScore: z.number().nonnegative(),
  features: z.record(z.string(), z.object({ type: EntityTypeSchema, weight: z.number().positive(), why: z.string().min(1) })),
});

/** Parses one lexicon file, or throws an error naming the file and what is wrong. */
export function loadLexicon<S extends z.ZodType>(file: string, schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`lexicon ${file} is malformed:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export { WordListSchema };
