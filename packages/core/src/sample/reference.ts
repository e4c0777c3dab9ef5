// The hand-checked reference briefing of the sample article, built through the public API.
// It is what the screens show before extraction runs, and the extractor's regression target.
import { createBriefing } from "../briefing.js";
import { entityIdFor, stableId } from "../ids.js";
import type { Briefing } from "../schema/briefing.js";
import type { Entity, EntitySubtype, EntityType, Role } from "../schema/entity.js";
import type { Event, EventStatus, EventType, Participant } from "../schema/event.js";
import type { Evidence } from "../schema/evidence.js";
import type { Figure, FigureScale } from "../schema/figure.js";
import type { Statement } from "../schema/statement.js";
import type { TimeExpression } from "../schema/time-expression.js";
import { createSource, evidenceAt, findEvidence } from "../source.js";
import { sampleArticleMeta, sampleArticleText } from "./article.js";

const source = createSource({ text: sampleArticleText, ...sampleArticleMeta, language: "en" });
const text = source.text;

/** Evidence for `words`, searching from the first occurrence of `after` (to pick the right one). */
const ev = (words: string, after = ""): Evidence => findEvidence(source, words, after ? text.indexOf(after) : 0);

/** Word-bounded occurrences of any form, skipping those inside one of the longer names in `inside`. */
function mentions(forms: string[], inside: string[] = []): Evidence[] {
  const blocked: [number, number][] = [];
  for (const longer of inside)
    for (let at = text.indexOf(longer); at >= 0; at = text.indexOf(longer, at + 1)) blocked.push([at, at + longer.length]);
  const found: Evidence[] = [];
  for (const form of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + form.length;
      if (blocked.some(([s, e]) => start >= s && end <= e)) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push(evidenceAt(source, start, end));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function entity(
  type: EntityType,
  subtype: EntitySubtype | null,
  name: string,
  aliases: string[],
  inside: string[] = [],
  roles: Role[] = [],
): Entity {
  return { id: entityIdFor(type, name), type, subtype, name, aliases, roles, mentions: mentions([name, ...aliases], inside) };
}

const pakistan = entity("place", "country", "Pakistan", [], ["Pakistan Institute for Conflict and Security Studies"]);
const unitedStates = entity("place", "country", "United States", ["US"], ["US State Department", "US Department of Defense"]);
const afghanistan = entity("place", "country", "Afghanistan", []);
const dar = entity(
  "person",
  null,
  "Ishaq Dar",
  ["Dar"],
  [],
  [{ title: "Foreign Minister", of: pakistan.id, evidence: [ev("Foreign Minister")] }],
);
const rubio = entity(
  "person",
  null,
  "Marco Rubio",
  ["Rubio"],
  [],
  [{ title: "Secretary of State", of: unitedStates.id, evidence: [ev("Secretary of State")] }],
);
const trump = entity(
  "person",
  null,
  "Donald Trump",
  ["Trump"],
  [],
  [{ title: "President", of: unitedStates.id, evidence: [ev("President")] }],
);
const foreignOffice = entity("organization", "government-body", "Foreign Office", ["FO"]);
const stateDepartment = entity("organization", "government-body", "US State Department", ["State Department"]);
const picss = entity("organization", "think-tank", "Pakistan Institute for Conflict and Security Studies", ["PICSS"]);
const defense = entity("organization", "government-body", "US Department of Defense", ["Department of Defense"]);
const taliban = entity("organization", "armed-group", "Taliban", []);
const daesh = entity("organization", "armed-group", "Daesh", []);

function time(
  words: string,
  after: string,
  value: string,
  precision: TimeExpression["precision"],
  anchor: TimeExpression["anchor"],
): TimeExpression {
  const evidence = ev(words, after);
  return { id: stableId("tim", source.id, evidence.start, evidence.end), text: words, value, precision, anchor, evidence: [evidence] };
}

const publication = { kind: "publication", date: "2025-04-07" } as const;
const absolute = { kind: "absolute" } as const;
const monday = time("Monday", "", "2025-04-07", "day", publication);
const in2021 = time("2021", "return to power", "2021", "year", absolute);
const january2025 = time("January 2025", "", "2025-01", "month", absolute);
const precedingMonth = time("the preceding month", "", "2024-12", "month", { kind: "time", timeId: january2025.id });
const in2022 = time("2022", "According to a 2022", "2022", "year", absolute);
const august2021 = time("August 2021", "", "2021-08", "month", absolute);
const campaign = time("2013-18", "", "2013/2018", "span", absolute);
const april9 = time("April 9th", "", "2025-04-09", "day", publication);
const april5 = time("April 5th", "", "2025-04-05", "day", publication);

function event(
  type: EventType,
  summary: string,
  words: string,
  participants: [Entity, Participant["role"]][],
  when: TimeExpression | null,
  status: EventStatus,
  place: Entity | null = null,
): Event {
  const evidence = ev(words);
  return {
    id: stableId("evt", source.id, evidence.start, evidence.end, type),
    type,
    summary,
    participants: participants.map(([e, role]) => ({ entityId: e.id, role })),
    timeId: when?.id ?? null,
    placeId: place?.id ?? null,
    status,
    evidence: [evidence],
  };
}

const events: Event[] = [
  event(
    "communication",
    "Ishaq Dar held his first phone call with Marco Rubio",
    "Ishaq Dar on Monday held his inaugural telephonic conversation with US Secretary of State Marco Rubio",
    [
      [dar, "agent"],
      [rubio, "counterpart"],
    ],
    monday,
    "happened",
  ),
  event(
    "agreement",
    "Dar and Rubio agreed the issue of US military equipment left in Afghanistan must be resolved",
    "the two top diplomats concurred on the necessity of resolving the issue of military equipment left behind in Afghanistan",
    [
      [dar, "agent"],
      [rubio, "agent"],
    ],
    monday,
    "happened",
    afghanistan,
  ),
  event(
    "statement",
    "The Foreign Office released a statement on the call",
    "a statement released by the Foreign Office (FO)",
    [[foreignOffice, "agent"]],
    null,
    "happened",
  ),
  event(
    "statement",
    "The US State Department issued a statement on the call",
    "the US State Department also issued a statement",
    [[stateDepartment, "agent"]],
    null,
    "happened",
  ),
  event(
    "change-of-power",
    "The Taliban returned to power in Afghanistan after US forces left",
    "the Taliban’s return to power in Afghanistan in 2021 after the departure of US forces",
    [
      [taliban, "agent"],
      [unitedStates, "participant"],
    ],
    in2021,
    "happened",
    afghanistan,
  ),
  event(
    "attack",
    "Terror attacks in Pakistan rose 42% on the month before",
    "Pakistan experienced a significant 42% increase in terror attacks in January 2025",
    [[pakistan, "patient"]],
    january2025,
    "reported",
    pakistan,
  ),
  event(
    "publication",
    "The US Department of Defense reported on equipment left in Afghanistan",
    "a 2022 report by the US Department of Defense",
    [[defense, "agent"]],
    in2022,
    "happened",
  ),
  event(
    "other",
    "Taliban fighters seized US military equipment left behind",
    "substantial amounts still fell into the hands of the Taliban in August 2021",
    [
      [taliban, "agent"],
      [unitedStates, "patient"],
    ],
    august2021,
    "happened",
    afghanistan,
  ),
  event(
    "agreement",
    "Dar and Rubio agreed to maintain close communication",
    "Both leaders agreed to maintain close communication",
    [
      [dar, "agent"],
      [rubio, "agent"],
    ],
    monday,
    "happened",
  ),
  event(
    "policy-measure",
    "Donald Trump imposed a 29% tariff on imports from Pakistan, starting April 9",
    "US President Donald Trump imposed a substantial 29% tariff on imports from Pakistan",
    [
      [trump, "agent"],
      [pakistan, "patient"],
    ],
    april9,
    "scheduled",
  ),
  event(
    "policy-measure",
    "A 10% baseline US tariff took effect",
    "the 10% baseline that took effect on April 5th",
    [
      [unitedStates, "agent"],
      [pakistan, "patient"],
    ],
    april5,
    "happened",
  ),
  event(
    "other",
    "Pakistan fought terrorism in 2013-18",
    "Pakistan’s successful efforts in combating terrorism during 2013-18",
    [[pakistan, "agent"]],
    campaign,
    "happened",
    pakistan,
  ),
];

function statement(
  kind: Statement["kind"],
  words: string,
  speaker: Entity,
  channel: string | null,
  attribution: string[],
  after = "",
): Statement {
  const evidence = ev(words, after);
  return {
    id: stableId("stm", source.id, evidence.start, evidence.end),
    kind,
    text: words,
    speakerId: speaker.id,
    channel,
    evidence: [evidence],
    attribution: attribution.map((a) => ev(a, after)),
  };
}

const statements: Statement[] = [
  statement(
    "direct",
    "They (Rubio and Dar) discussed US reciprocal tariffs on Pakistan and how to make progress toward a fair and balanced trade relationship",
    stateDepartment,
    "statement",
    ["the State Department noted"],
  ),
  statement(
    "direct",
    "The Secretary raised prospects for engagement on critical minerals and expressed interest in expanding commercial opportunities for US companies.",
    stateDepartment,
    "statement",
    [],
  ),
  statement(
    "reported",
    "Dar reiterated Pakistan’s commitment to strengthening its partnership with the United States",
    foreignOffice,
    "statement",
    ["the statement conveyed that"],
  ),
  statement(
    "direct",
    "He emphasised the importance of strengthening cooperation in areas such as trade, investment and counter-terrorism.",
    foreignOffice,
    "statement",
    [],
  ),
  statement("reported", "cooperation in economy and trade would define the future relations between the two countries", rubio, null, [
    "He stated that",
  ]),
];

function figure(
  words: string,
  value: number,
  unit: Figure["unit"],
  scale: FigureScale,
  measure: string,
  credit: [Entity, string] | null,
  period: TimeExpression | null,
  also: string[] = [],
): Figure {
  const evidence = [ev(words), ...also.map((after) => ev(words, after))];
  const first = evidence[0] as Evidence;
  return {
    id: stableId("fig", source.id, first.start, first.end),
    value,
    unit,
    scale,
    measure,
    periodId: period?.id ?? null,
    attribution: credit ? { kind: "entity", entityId: credit[0].id, evidence: [ev(credit[1])] } : { kind: "source" },
    evidence,
  };
}

const figures: Figure[] = [
  figure(
    "42%",
    42,
    "percent",
    "one",
    "rise in terror attacks in Pakistan on the month before",
    [picss, "data from the Pakistan Institute for Conflict and Security Studies (PICSS)"],
    january2025,
  ),
  figure(
    "$7 billion",
    7_000_000_000,
    "USD",
    "billion",
    "value of US military equipment left behind in Afghanistan",
    [defense, "a 2022 report by the US Department of Defense"],
    null,
  ),
  figure("29%", 29, "percent", "one", "US tariff on imports from Pakistan, from April 9", null, april9, ["now faces"]),
  figure("240 million", 240_000_000, "count", "million", "people in Pakistan", null, null),
  figure("10%", 10, "percent", "one", "baseline US tariff in force from April 5", null, april5),
];

const sentence = (start: string): Evidence => {
  const at = text.indexOf(start);
  const end = text.indexOf("\n", at);
  return evidenceAt(source, at, end < 0 ? text.length : end);
};

const keyPointSentences = [
  sentence("Foreign Minister Ishaq Dar on Monday"),
  sentence("Pakistan experienced a significant 42%"),
  sentence("According to a 2022 report"),
  sentence("The call occurred days after"),
];

/** The hand-checked reference briefing of the sample article. */
export const referenceBriefing: Briefing = createBriefing({
  title: "Ishaq Dar and Marco Rubio hold their first call on tariffs and US equipment left in Afghanistan",
  extractor: { name: "hand-checked reference", version: "1" },
  sources: [source],
  entities: [dar, rubio, trump, foreignOffice, stateDepartment, picss, defense, taliban, daesh, pakistan, unitedStates, afghanistan],
  events,
  statements,
  figures,
  times: [monday, in2021, january2025, precedingMonth, in2022, august2021, campaign, april9, april5],
  topics: [
    { id: stableId("top", "tariffs"), label: "Tariffs and trade", evidence: [ev("US reciprocal tariffs")] },
    {
      id: stableId("top", "equipment"),
      label: "US military equipment left in Afghanistan",
      evidence: [ev("military equipment left behind in Afghanistan")],
    },
    { id: stableId("top", "terrorism"), label: "Counter-terrorism", evidence: [ev("counter-terrorism")] },
  ],
  keyPoints: keyPointSentences.map((e) => ({ id: stableId("kpt", source.id, e.start, e.end), text: e.text, evidence: [e] })),
});
