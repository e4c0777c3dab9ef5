// Briefings built by hand with @briefing/core from short articles written for these tests, so the
// store is tested without the extractor.
import { type Briefing, createBriefing, createSource, type ExtractorInfo, entityIdFor, findEvidence, stableId } from "@briefing/core";

export interface ArticleSpec {
  text: string;
  title: string;
  publisher?: string;
  published?: string;
  people?: string[];
  organizations?: string[];
  /** Direct quote, spoken by the first person. */
  quote?: string;
  /** A percentage that occurs in the text, credited to the first organization. */
  percent?: { text: string; value: number; measure: string };
}

export const ARTICLES: ArticleSpec[] = [
  {
    title: "Port Elsworth raises docking fees to pay for dredging",
    publisher: "Coastal Ledger",
    published: "2026-03-02",
    text: "The harbor board of Port Elsworth approved a 12% increase in docking fees on Tuesday. Mayor Lena Ortiz said the money would pay for dredging the silted northern channel. “We cannot let the channel close to cargo ships again,” Ortiz told reporters after the vote. The Elsworth Shipping Guild said the increase would push freight to rival ports.",
    people: ["Lena Ortiz"],
    organizations: ["Elsworth Shipping Guild"],
    quote: "We cannot let the channel close to cargo ships again,",
    percent: { text: "12%", value: 12, measure: "increase in docking fees" },
  },
  {
    title: "Caldera Energy restarts its geothermal plant after a three-week shutdown",
    publisher: "Valley Courier",
    published: "2026-02-14",
    text: "Engineers at Caldera Energy restarted the northern geothermal plant on Friday after a three-week shutdown caused by a cracked turbine casing. Chief engineer Tomas Berg said output would return to 85% of capacity within days. “The casing held for eleven years, and the new one should hold longer,” Berg said. Regional grid operator Meridian Power had imported electricity during the outage.",
    people: ["Tomas Berg"],
    organizations: ["Caldera Energy", "Meridian Power"],
    quote: "The casing held for eleven years, and the new one should hold longer,",
    percent: { text: "85%", value: 85, measure: "output as a share of capacity" },
  },
  {
    title: "Library network extends opening hours in rural branches",
    publisher: "Coastal Ledger",
    published: "2026-01-20",
    text: "The county library network will keep its nine rural branches open on Saturdays from March, director Amara Okafor announced. A survey by the Friends of the Library found that 40% of rural readers could only visit at weekends. “Opening hours should follow readers, not the other way round,” Okafor said.",
    people: ["Amara Okafor"],
    organizations: ["Friends of the Library"],
    quote: "Opening hours should follow readers, not the other way round,",
    percent: { text: "40%", value: 40, measure: "rural readers who can only visit at weekends" },
  },
];

/** A briefing for an article spec, grounded in its text. */
export function briefingFrom(spec: ArticleSpec, extractor: ExtractorInfo = { name: "store-test", version: "1" }): Briefing {
  const source = createSource({
    text: spec.text,
    title: spec.title,
    publisher: spec.publisher ?? null,
    published: spec.published ?? null,
  });
  const person = (name: string) => ({
    id: entityIdFor("person", name),
    type: "person" as const,
    subtype: null,
    name,
    aliases: name.includes(" ") ? [name.split(" ").at(-1) as string] : [],
    roles: [],
    mentions: [findEvidence(source, name)],
  });
  const organization = (name: string) => ({
    id: entityIdFor("organization", name),
    type: "organization" as const,
    subtype: null,
    name,
    aliases: [],
    roles: [],
    mentions: [findEvidence(source, name)],
  });
  const people = (spec.people ?? []).map(person);
  const organizations = (spec.organizations ?? []).map(organization);
  const speaker = people[0];
  const creditor = organizations[0];
  return createBriefing({
    title: spec.title,
    extractor,
    sources: [source],
    entities: [...people, ...organizations],
    statements: spec.quote
      ? [
          {
            id: stableId("stm", source.id, spec.quote),
            kind: "direct",
            text: spec.quote,
            speakerId: speaker?.id ?? null,
            channel: null,
            evidence: [findEvidence(source, spec.quote)],
            attribution: [],
          },
        ]
      : [],
    figures: spec.percent
      ? [
          {
            id: stableId("fig", source.id, spec.percent.text),
            value: spec.percent.value,
            unit: "percent",
            scale: "one",
            measure: spec.percent.measure,
            periodId: null,
            attribution: creditor
              ? { kind: "entity", entityId: creditor.id, evidence: [findEvidence(source, creditor.name)] }
              : { kind: "source" },
            evidence: [findEvidence(source, spec.percent.text)],
          },
        ]
      : [],
  });
}

/** A briefing over several articles at once (one story from several outlets). */
export function multiSourceBriefing(specs: ArticleSpec[], title: string): Briefing {
  const sources = specs.map((spec) =>
    createSource({ text: spec.text, title: spec.title, publisher: spec.publisher ?? null, published: spec.published ?? null }),
  );
  return createBriefing({ title, extractor: { name: "store-test", version: "1" }, sources });
}

/** The n-th briefing of a bulk ingest: a test article with a numbered closing line, so each is distinct. */
export function numberedBriefing(n: number): Briefing {
  const spec = ARTICLES[n % ARTICLES.length]!;
  return briefingFrom({ ...spec, text: `${spec.text}\nFiled as dispatch number ${n}, marker${n}x.` });
}
