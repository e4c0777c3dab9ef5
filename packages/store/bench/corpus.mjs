// Generates varied articles and hand-built briefings for the store benchmark: the bundled sample
// article plus story templates written for this benchmark, filled with names, places and figures
// from small pools, so search has rare and common words alike. Briefings are built with
// @briefing/core directly, not with the extractor: this measures the store, not extraction.
import { createBriefing, createSource, entityIdFor, findEvidence, stableId } from "@briefing/core";
import { sampleArticleText } from "@briefing/core/sample";

const FIRST = [
  "Lena",
  "Tomas",
  "Amara",
  "Yusuf",
  "Ingrid",
  "Mateo",
  "Priya",
  "Kofi",
  "Hana",
  "Dmitri",
  "Sofia",
  "Ravi",
  "Elena",
  "Jonas",
  "Maya",
  "Omar",
  "Clara",
  "Felix",
  "Nadia",
  "Pavel",
  "Zara",
  "Lucas",
  "Irene",
  "Sami",
  "Greta",
  "Hugo",
  "Leila",
  "Anton",
  "Mina",
  "Oscar",
];
const LAST = [
  "Ortiz",
  "Berg",
  "Okafor",
  "Demir",
  "Halvorsen",
  "Quispe",
  "Raman",
  "Mensah",
  "Sato",
  "Volkov",
  "Costa",
  "Iyer",
  "Novak",
  "Lindqvist",
  "Adeyemi",
  "Haddad",
  "Moreau",
  "Brandt",
  "Karimi",
  "Horak",
  "Farouk",
  "Silva",
  "Petrou",
  "Aalto",
  "Keller",
  "Duval",
  "Nasser",
  "Weber",
  "Tanaka",
  "Ibsen",
];
const CITIES = [
  "Port Elsworth",
  "Caldera Springs",
  "Northmere",
  "Ashford Bay",
  "Silverton",
  "Marlow Ridge",
  "Eastbrook",
  "Kestrel Point",
  "Hollin Vale",
  "Redwater",
  "Brightwell",
  "Stonehaven",
  "Larkspur",
  "Fenwick",
  "Oldcastle",
  "Thornbury",
  "Wrenfield",
  "Galloway Cross",
  "Millbrook",
  "Corran Falls",
];
const ORG_HEAD = ["Northern", "Coastal", "United", "Regional", "Federal", "Independent", "Central", "National", "Valley", "Harbor"];
const ORG_TAIL = [
  "Shipping Guild",
  "Energy Cooperative",
  "Transport Union",
  "Farmers Association",
  "Health Authority",
  "Water Board",
  "Teachers Federation",
  "Chamber of Commerce",
  "Fisheries Council",
  "Housing Trust",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Story templates: {city} {person} {surname} {org} {pct} {n} {day}; `quote` and `figure` occur verbatim in the text. */
const TEMPLATES = [
  {
    title: "{city} raises docking fees to pay for dredging",
    text: "The harbor board of {city} approved a {pct} increase in docking fees on {day}. Mayor {person} said the money would pay for dredging the silted northern channel. “We cannot let the channel close to cargo ships again,” {surname} told reporters after the vote. The {org} said the increase would push freight to rival ports.",
    quote: "We cannot let the channel close to cargo ships again,",
    measure: "increase in docking fees",
  },
  {
    title: "Geothermal plant near {city} restarts after turbine repair",
    text: "Engineers restarted the geothermal plant near {city} on {day} after a shutdown caused by a cracked turbine casing. Chief engineer {person} said output would return to {pct} of capacity within days. “The casing held for eleven years, and the new one should hold longer,” {surname} said. The {org} had imported electricity during the outage.",
    quote: "The casing held for eleven years, and the new one should hold longer,",
    measure: "output as a share of capacity",
  },
  {
    title: "Rail workers in {city} stage a one-day strike over rosters",
    text: "Train services around {city} were cancelled on {day} as rail workers walked out over new shift rosters. Union organiser {person} said {n} members had voted for the strike. “Nobody can plan a family life around a roster published two days ahead,” {surname} said. The {org} said a {pct} pay offer remained on the table.",
    quote: "Nobody can plan a family life around a roster published two days ahead,",
    measure: "pay offer",
  },
  {
    title: "Drought forces {city} to ration irrigation water",
    text: "Farmers around {city} will receive {pct} less irrigation water this season after the reservoir fell to its lowest level in a decade. Water commissioner {person} announced the cuts on {day}. “Every district shares the shortfall, and no one is spared,” {surname} said. The {org} warned that {n} farms could lose their harvest.",
    quote: "Every district shares the shortfall, and no one is spared,",
    measure: "cut in irrigation water",
  },
  {
    title: "{city} council approves a new bridge over the river",
    text: "The city council of {city} voted on {day} to replace the ageing river bridge, closed to lorries since spring. Council leader {person} said construction would employ {n} workers. “A city cut in half by its river cannot trade with itself,” {surname} said. The {org} estimated that traffic delays had risen by {pct}.",
    quote: "A city cut in half by its river cannot trade with itself,",
    measure: "rise in traffic delays",
  },
  {
    title: "Fishing quota for {city} fleet cut after cod survey",
    text: "The fishing fleet of {city} will land {pct} less cod next year after a survey found fewer young fish. Fisheries minister {person} confirmed the quota on {day}. “The stock has to recover before the boats can return to full catches,” {surname} said. The {org} said {n} crew jobs were at risk.",
    quote: "The stock has to recover before the boats can return to full catches,",
    measure: "cut in the cod quota",
  },
  {
    title: "Hospital in {city} opens a new emergency wing",
    text: "A new emergency wing opened at the general hospital in {city} on {day}, adding {n} beds. Hospital director {person} said waiting times had already fallen by {pct}. “Patients should not wait on trolleys in corridors,” {surname} said at the opening. The {org} paid for the equipment.",
    quote: "Patients should not wait on trolleys in corridors,",
    measure: "fall in waiting times",
  },
  {
    title: "Wildfire near {city} contained after three days",
    text: "Firefighters contained a wildfire in the hills above {city} on {day} after three days of dry winds. Fire chief {person} said {n} homes had been evacuated as a precaution. “The wind turned at the right moment, and the crews did the rest,” {surname} said. The {org} said {pct} of the burned land was pine plantation.",
    quote: "The wind turned at the right moment, and the crews did the rest,",
    measure: "share of burned land that was plantation",
  },
  {
    title: "Schools in {city} extend the school day for tutoring",
    text: "Public schools in {city} will add an hour of tutoring to the school day from autumn, education chief {person} announced on {day}. A study by the {org} found that {pct} of pupils had fallen behind in mathematics. “An extra hour of help is cheaper than a lost year,” {surname} said. About {n} teachers will be hired.",
    quote: "An extra hour of help is cheaper than a lost year,",
    measure: "pupils behind in mathematics",
  },
  {
    title: "Housing agency in {city} buys empty offices to convert into flats",
    text: "The housing agency of {city} bought three empty office towers on {day} to convert them into {n} flats. Agency head {person} said rents would be capped at {pct} of local median income. “Empty offices and long waiting lists should not exist side by side,” {surname} said. The {org} welcomed the purchase.",
    quote: "Empty offices and long waiting lists should not exist side by side,",
    measure: "rent cap as a share of median income",
  },
];

function fill(template, slots) {
  return template.replace(/\{(\w+)\}/g, (_, key) => slots[key]);
}

function entity(source, type, name) {
  return { id: entityIdFor(type, name), type, subtype: null, name, aliases: [], roles: [], mentions: [findEvidence(source, name)] };
}

/** The n-th generated briefing; every 25th is the sample article with its own dateline. */
export function generatedBriefing(n) {
  const extractor = { name: "store-bench", version: "1" };
  const dateline = `Dispatch ${n}, filed ${2020 + (n % 6)}-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}.`;
  if (n % 25 === 0) {
    const source = createSource({ text: `${dateline}\n${sampleArticleText}`, published: "2025-04-07", publisher: "Sample Desk" });
    const people = ["Ishaq Dar", "Marco Rubio", "Donald Trump"].map((name) => entity(source, "person", name));
    const picss = entity(source, "organization", "Pakistan Institute for Conflict and Security Studies");
    const quote = "He emphasised the importance of strengthening cooperation in areas such as trade, investment and counter-terrorism.";
    return createBriefing({
      title: `Dar and Rubio discuss tariffs and equipment left in Afghanistan (${n})`,
      extractor,
      sources: [source],
      entities: [...people, picss, entity(source, "place", "Pakistan")],
      statements: [
        {
          id: stableId("stm", source.id, 0),
          kind: "direct",
          text: quote,
          speakerId: people[0].id,
          channel: null,
          evidence: [findEvidence(source, quote)],
          attribution: [],
        },
      ],
      figures: [
        {
          id: stableId("fig", source.id, 0),
          value: 42,
          unit: "percent",
          scale: "one",
          measure: "increase in terror attacks",
          periodId: null,
          attribution: { kind: "entity", entityId: picss.id, evidence: [findEvidence(source, picss.name)] },
          evidence: [findEvidence(source, "42%")],
        },
      ],
    });
  }
  const t = TEMPLATES[n % TEMPLATES.length];
  const first = FIRST[(n * 7) % FIRST.length];
  const surname = LAST[(n * 13 + Math.floor(n / 7)) % LAST.length];
  const slots = {
    city: CITIES[(n * 11 + Math.floor(n / 3)) % CITIES.length],
    person: `${first} ${surname}`,
    surname,
    org: `${ORG_HEAD[(n * 3) % ORG_HEAD.length]} ${ORG_TAIL[(n * 17 + 5) % ORG_TAIL.length]}`,
    pct: `${(n % 47) + 3}%`,
    n: String(((n * 37) % 900) + 40),
    day: DAYS[n % DAYS.length],
  };
  const text = `${dateline}\n${fill(t.text, slots)}`;
  const source = createSource({
    text,
    title: fill(t.title, slots),
    published: `${2020 + (n % 6)}-${String((n % 12) + 1).padStart(2, "0")}-15`,
    publisher: "Bench Gazette",
  });
  const person = { ...entity(source, "person", slots.person), aliases: [surname] };
  const org = entity(source, "organization", slots.org);
  const place = entity(source, "place", slots.city);
  return createBriefing({
    title: fill(t.title, slots),
    extractor,
    sources: [source],
    entities: [person, org, place],
    statements: [
      {
        id: stableId("stm", source.id, 0),
        kind: "direct",
        text: t.quote,
        speakerId: person.id,
        channel: null,
        evidence: [findEvidence(source, t.quote)],
        attribution: [],
      },
    ],
    figures: [
      {
        id: stableId("fig", source.id, 0),
        value: (n % 47) + 3,
        unit: "percent",
        scale: "one",
        measure: t.measure,
        periodId: null,
        attribution: { kind: "entity", entityId: org.id, evidence: [findEvidence(source, slots.org)] },
        evidence: [findEvidence(source, slots.pct)],
      },
    ],
  });
}

/** What people search for: rare names, common words, phrases, a prefix as typed, a figure's source. */
export const BENCH_QUERIES = [
  "Rubio",
  "tariffs Pakistan",
  "Pakistan Institute for Conflict",
  "docking fees",
  "geothermal turbine",
  "strike rosters",
  "irrigation drought",
  "bridge",
  "cod quota",
  "emergency wing",
  "wildfire evacuated",
  "tutoring mathematics",
  "empty offices flats",
  "Lena Ortiz",
  "Okafor",
  "Northmere",
  "Harbor Fisheries Council",
  "geoth",
  "channel close to cargo ships",
  "zeppelin",
];
