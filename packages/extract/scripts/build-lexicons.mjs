// Regenerates src/lexicons/generated/*.json from maintained packages (world-countries, city-timezones,
// compromise's lexicon), so the runtime loads small JSON files instead of those packages (cold start).
// Run: npm run lexicons -w @briefing/extract
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const out = new URL("../src/lexicons/generated/", import.meta.url);
const write = (name, data) => writeFileSync(new URL(name, out), `${JSON.stringify(data, null, 1)}\n`);
const sorted = (set) => [...set].sort();

const countries = require("world-countries/countries.json");
const cities = require("city-timezones/data/cityMap.json");
const { default: nlp } = await import("compromise/two");
const lexicon = nlp.model().one.lexicon;
const tagged = (tag) =>
  Object.entries(lexicon)
    .filter(([, t]) => String(t).split(",").includes(tag))
    .map(([w]) => w);
const titleCase = (s) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());

// Countries: common name, official and long alternative names (codes are reviewed in places.json).
const countryRows = countries
  .filter((c) => c.independent || c.unMember || ["Palestine", "Taiwan", "Kosovo", "Hong Kong", "Western Sahara"].includes(c.name.common))
  .map((c) => ({
    name: c.name.common,
    aliases: [
      ...new Set(
        [c.name.official, ...c.altSpellings].filter(
          (a) => a.length > 3 && a !== c.name.common && !/[()]/.test(a) && /^[\p{L} .'-]+$/u.test(a),
        ),
      ),
    ].sort(),
    demonyms: [...new Set(Object.values(c.demonyms?.eng ?? {}).filter(Boolean))].sort(),
    capital: c.capital ?? [],
  }))
  .sort((a, b) => a.name.localeCompare(b.name));
write("countries.json", countryRows);

// Cities: every city of 150k+ people from city-timezones, plus compromise's cities, capitals first-class.
const cityNames = new Set();
for (const c of cities) if (c.pop >= 150000 && /^[\p{L} .'-]+$/u.test(c.city)) cityNames.add(c.city);
for (const w of tagged("City")) cityNames.add(titleCase(w));
for (const c of countryRows) for (const cap of c.capital) if (/^[\p{L} .'-]+$/u.test(cap)) cityNames.add(cap);
const countryNames = new Set(countryRows.map((c) => c.name));
write(
  "cities.json",
  sorted(cityNames).filter((c) => !countryNames.has(c)),
);

// Regions and other places compromise knows (continents, US states, regions).
const regions = new Set([...tagged("Region"), ...tagged("Place")].map(titleCase));
write(
  "regions.json",
  sorted(regions).filter((r) => !countryNames.has(r) && !cityNames.has(r)),
);

write("demonyms.json", sorted(new Set([...countryRows.flatMap((c) => c.demonyms), ...tagged("Demonym").map(titleCase)])));
write("first-names.json", sorted(new Set([...tagged("MaleName"), ...tagged("FemaleName"), ...tagged("FirstName")].map(titleCase))));
write("last-names.json", sorted(new Set(tagged("LastName").map(titleCase))));
write("organizations.json", sorted(new Set(tagged("Organization"))));
// Occupations ("Actor" in compromise: economist, professor, analyst) are role nouns.
write("occupations.json", sorted(new Set(tagged("Actor").filter((w) => /^[a-z][a-z -]+$/.test(w)))));
