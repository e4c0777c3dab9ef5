// Lexicons as lookup tables, built once from the reviewed JSON files and the generated gazetteers
// (scripts/build-lexicons.mjs). Keys are lower-case, so lookups ignore case.
import events from "./events.json" with { type: "json" };
import citiesFile from "./generated/cities.json" with { type: "json" };
import countriesFile from "./generated/countries.json" with { type: "json" };
import demonymsFile from "./generated/demonyms.json" with { type: "json" };
import firstNamesFile from "./generated/first-names.json" with { type: "json" };
import lastNamesFile from "./generated/last-names.json" with { type: "json" };
import occupationsFile from "./generated/occupations.json" with { type: "json" };
import knownOrganizationsFile from "./generated/organizations.json" with { type: "json" };
import regionsFile from "./generated/regions.json" with { type: "json" };
import organizationsFile from "./organizations.json" with { type: "json" };
import placesFile from "./places.json" with { type: "json" };
import {
  CountriesSchema,
  loadLexicon,
  OrganizationsLexiconSchema,
  PlacesLexiconSchema,
  TitlesLexiconSchema,
  UnknownNameWeightsSchema,
  WordListSchema,
  WordsLexiconSchema,
} from "./schemas.js";
import titlesFile from "./titles.json" with { type: "json" };
import unknownNameWeightsFile from "./unknown-name-weights.json" with { type: "json" };
import wordsFile from "./words.json" with { type: "json" };

const words = loadLexicon("words.json", WordsLexiconSchema, wordsFile);
const places = loadLexicon("places.json", PlacesLexiconSchema, placesFile);
const organizations = loadLexicon("organizations.json", OrganizationsLexiconSchema, organizationsFile);
const titles = loadLexicon("titles.json", TitlesLexiconSchema, titlesFile);
const countries = loadLexicon("generated/countries.json", CountriesSchema, countriesFile);
const cities = loadLexicon("generated/cities.json", WordListSchema, citiesFile);
const regions = loadLexicon("generated/regions.json", WordListSchema, regionsFile);
const demonyms = loadLexicon("generated/demonyms.json", WordListSchema, demonymsFile);
const firstNames = loadLexicon("generated/first-names.json", WordListSchema, firstNamesFile);
const lastNames = loadLexicon("generated/last-names.json", WordListSchema, lastNamesFile);
const occupations = loadLexicon("generated/occupations.json", WordListSchema, occupationsFile);
const knownOrganizations = loadLexicon("generated/organizations.json", WordListSchema, knownOrganizationsFile);

export type PlaceKind = "country" | "city" | "region";
export type OrgSubtype = keyof typeof organizationsFile.heads;

/** A reason id of the unknown-name scorer: a key of unknown-name-weights.json, checked when compiling. */
export type UnknownNameFeature = keyof typeof unknownNameWeightsFile.features;
/** Weights of the unknown-name scorer, by reason id. */
export const unknownNameWeights = loadLexicon("unknown-name-weights.json", UnknownNameWeightsSchema, unknownNameWeightsFile) as {
  minScore: number;
  features: Record<UnknownNameFeature, { type: "person" | "organization" | "place"; weight: number; why: string }>;
};

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));

/** Canonical place by any of its names (lower-case). */
export const placeByName = new Map<string, { name: string; kind: PlaceKind }>();
for (const r of regions) placeByName.set(r.toLowerCase(), { name: r, kind: "region" });
for (const r of places.regions) placeByName.set(r.toLowerCase(), { name: r, kind: "region" });
for (const c of cities) placeByName.set(c.toLowerCase(), { name: c, kind: "city" });
for (const c of countries) {
  for (const n of [c.name, ...c.aliases]) placeByName.set(n.toLowerCase(), { name: c.name, kind: "country" });
}
for (const [name, aliases] of Object.entries(places.countryAliases)) {
  for (const a of aliases) placeByName.set(a.toLowerCase(), { name, kind: "country" });
}

// "N.Y.", "Calif.": a US state as news style abbreviates it, read as the state.
for (const [abbr, state] of Object.entries(places.stateAbbreviations)) placeByName.set(abbr.toLowerCase(), { name: state, kind: "region" });

/** Named celestial bodies, as written ("Moon", "Mars"): places. */
export const celestialBodies = new Set(places.celestialBodies);

/** Country name by demonym ("pakistani" -> Pakistan); demonyms without one country map to null. */
export const demonymCountry = new Map<string, string | null>();
for (const d of demonyms) demonymCountry.set(d.toLowerCase(), null);
for (const c of countries) for (const d of c.demonyms) demonymCountry.set(d.toLowerCase(), c.name);

export const firstNameSet = lower(firstNames);
export const lastNameSet = lower(lastNames);
export const occupationSet = lower(occupations);
export const knownOrganizationSet = lower(knownOrganizations);

/** Organization head word -> subtype. */
export const orgHeads = new Map<string, OrgSubtype>();
for (const [subtype, heads] of Object.entries(organizations.heads) as [OrgSubtype, string[]][]) {
  for (const h of heads) if (!orgHeads.has(h)) orgHeads.set(h, subtype);
}
export const lowerCaseOrgHeads = new Set(organizations.lowerCaseHeads);
/** Company-form words ("corp", "inc") a company name may drop, lower-case without full stops. */
export const legalSuffixes = new Set(organizations.legalSuffixes);
export const possessedBodyHeads = new Set(organizations.possessedBodyHeads);
export const armedGroupWords = lower(organizations.armedGroupWords);
export const placeHeads = lower(places.heads);
/** Named sites and rooms, lower-case ("oval office"). */
export const landmarkSet = lower(places.landmarks);
/** Market index names, lower-case: never entities. */
export const marketIndexSet = lower(organizations.marketIndexes);
/** Capitalized designators of an administrative area ("Rivers State"). */
export const placeDesignators = new Set(places.designators);

/** Titles, lower-case, and the longest title in words, for longest-first matching. */
export const titleSet = lower(titles.titles);
export const maxTitleWords = Math.max(...titles.titles.map((t) => t.split(/\s+/).length));
/** First and last words of titles: cheap checks before trying multi-word matches. */
export const titleFirstWords = new Set(titles.titles.map((t) => t.toLowerCase().split(/\s+/)[0] as string));
export const titleLastWords = new Set(titles.titles.map((t) => t.toLowerCase().split(/\s+/).pop() as string));
export const honorificSet = lower(titles.honorifics);
export const abbreviatedRoleSet = lower(titles.abbreviatedRoles);

export const nameConnectors = new Set(words.nameConnectors);
export const nameParticles = new Set(words.nameParticles);
export const nameSuffixes = new Set(words.nameSuffixes);
export const notNames = new Set(words.notNames);
export const calendarWords = new Set(words.weekdaysAndMonths);
export const genericCapitalized = new Set(words.genericCapitalized);
/** Time-zone abbreviations, as written ("ET", "GMT"): never names. */
export const timeZones = new Set(words.timeZones);
/** Nouns that make the name before them a programme or product ("the Artemis program"). */
export const thingNouns = new Set(words.thingNouns);
export const leadingAdjectives = new Set(words.leadingAdjectives);
/** Party-member words, as written: an affiliation after a place or before a title. */
export const partyMemberWords = new Set(words.partyMemberWords);
export const nameBreakers = new Set(words.nameBreakers);
export const eventHeads = new Set(words.eventHeads);
export const compassPrefixes = new Set(words.compassPrefixes);
export const adjectiveSuffixes = new Set(words.adjectiveSuffixes);
/** Of those, the endings that make the name a place ("Lyon-based") or an owner ("Acme-owned"). */
export const placeSuffixes = new Set(words.placeSuffixes);
export const ownerSuffixes = new Set(words.ownerSuffixes);
/** Documents a body speaks in ("said in a statement"). */
export const documentNouns = new Set(words.documentNouns);
/** Nouns that introduce a publication's name ("the journal X"). */
export const publicationNouns = new Set(words.publicationNouns);
export const groupNouns = new Set(words.groupNouns);
export const orgNouns = new Set(words.orgNouns);
export const shareNouns = new Set(words.shareNouns);
export const laterReferenceNouns = new Set(words.laterReferenceNouns);
/** Organization subtypes (null: unknown) a definite description can refer back to, by its head noun. */
export const descriptionSubtypes = new Map<string, (string | null)[]>(Object.entries(words.descriptionSubtypes));
export const locativeNouns = new Set(places.locativeNouns);
export const personPronouns = new Set(words.pronouns.person);
export const groupPronouns = new Set(words.pronouns.group);
export const locativePrepositions = new Set(words.locativePrepositions);
export const speechVerbs = new Set(words.speechVerbs);
export const personObjectVerbs = new Set(words.personObjectVerbs);
export const englishFunctionWords = new Set(words.englishFunctionWords);

export const eventVerbs = new Map(Object.entries(events.verbs));
export const scheduledMarkers = new Set(events.scheduledMarkers);
export const reportedMarkers = new Set(events.reportedMarkers);
