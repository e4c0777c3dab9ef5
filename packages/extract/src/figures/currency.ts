// Which currency an amount is in: a symbol or code before it ("$", "US$", "£", "Rs", "PKR") or a
// name after it ("dollars", "Australian dollars", "rupees"). Names shared by several countries
// ("rupee", "dinar") resolve through the countries the article mentions (world-countries data).
import { createRequire } from "node:module";
import type { Token } from "../nlp.js";
import { lexicon } from "./lexicon.js";

interface CountryRecord {
  name: { common: string };
  currencies?: Record<string, { name: string }>;
  demonyms?: { eng?: { m: string; f: string } };
}

interface CurrencyTables {
  /** ISO 4217 codes in use. */
  codes: ReadonlySet<string>;
  /** Country name or demonym (lower case) -> its currencies (code, lower-case name). */
  byPlace: ReadonlyMap<string, { code: string; name: string }[]>;
}

let tables: CurrencyTables | undefined;

function currencyTables(): CurrencyTables {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  const countries = require("world-countries") as CountryRecord[];
  const codes = new Set<string>();
  const byPlace = new Map<string, { code: string; name: string }[]>();
  for (const country of countries) {
    const currencies = Object.entries(country.currencies ?? {}).map(([code, c]) => ({ code, name: c.name.toLowerCase() }));
    for (const c of currencies) codes.add(c.code);
    const keys = [country.name.common, country.demonyms?.eng?.m, country.demonyms?.eng?.f];
    for (const key of keys) if (key) byPlace.set(key.toLowerCase(), currencies);
  }
  tables = { codes, byPlace };
  return tables;
}

/** A currency found next to a number: the ISO code (or a currency name still to resolve) and the tokens it covers. */
export interface CurrencyMark {
  /** ISO 4217 code, or a lower-case currency name ("rupee") when the name is shared by several countries. */
  code: string;
  first: number;
  last: number;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");

/** A currency written just before the number at token `i` ("$", "US$", "Rs", "USD", "US $"). */
export function currencyBefore(tokens: readonly Token[], i: number): CurrencyMark | null {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]?.sentence) return null;
  const w = lower(prev);
  const symbol = lexicon.currencySymbols.get(w);
  if (symbol) {
    // "US $5": a country prefix written apart from the symbol.
    const before = tokens[i - 2];
    if (w === "$" && before && before.end === prev.start) {
      const joined = lexicon.currencySymbols.get(`${lower(before)}$`);
      if (joined) return { code: joined, first: i - 2, last: i - 1 };
    }
    return { code: symbol, first: i - 1, last: i - 1 };
  }
  if (prev.type === "currency") return { code: "USD", first: i - 1, last: i - 1 };
  const prefix = lexicon.currencyPrefixWords.get(w);
  if (prefix) return { code: prefix, first: i - 1, last: i - 1 };
  if (/^[A-Z]{3}$/.test(prev.text) && currencyTables().codes.has(prev.text)) return { code: prev.text, first: i - 1, last: i - 1 };
  return null;
}

/** A currency name just after token `last` ("dollars", "Australian dollars", "euros"). */
export function currencyAfter(tokens: readonly Token[], last: number): CurrencyMark | null {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]?.sentence) return null;
  const name = lexicon.currencyNames.get(next.lemma) ?? lexicon.currencyNames.get(lower(next));
  if (name) {
    // "pounds of explosives" weighs; "won 30 seats" wins.
    if (name === "GBP" && lower(tokens[last + 2]) === "of") return null;
    if (lower(next) === "won" || lower(next) === "real") return null;
    return { code: name, first: last + 1, last: last + 1 };
  }
  // "7 billion Australian dollars": a demonym and a currency name.
  const after = tokens[last + 2];
  if (after && (next.pos === "ADJ" || next.pos === "PROPN")) {
    const currencyName = after ? (lexicon.currencyNames.has(after.lemma) ? after.lemma : null) : null;
    if (currencyName) {
      const code = codeForPlace(lower(next), currencyName);
      if (code) return { code, first: last + 1, last: last + 2 };
    }
  }
  return null;
}

/** The currency of `place` (a country name or demonym) whose name ends with `currencyName`. */
function codeForPlace(place: string, currencyName: string): string | null {
  const currencies = currencyTables().byPlace.get(place);
  const hit = currencies?.find((c) => c.name.endsWith(currencyName));
  return hit ? hit.code : null;
}

/**
 * Resolves a shared currency name ("rupee") to the code of the country the article mentions most
 * whose currency has that name; null when no mentioned country uses it.
 */
export function resolveSharedCurrency(tokens: readonly Token[], currencyName: string): string | null {
  const counts = new Map<string, number>();
  const { byPlace } = currencyTables();
  for (const t of tokens) {
    if (t.pos !== "PROPN" && t.pos !== "ADJ") continue;
    const currencies = byPlace.get(t.text.toLowerCase());
    const hit = currencies?.find((c) => c.name.endsWith(currencyName));
    if (hit) counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

/** True when `code` is a currency name to resolve rather than an ISO code. */
export const isSharedName = (code: string): boolean => !/^[A-Z]{3}$/.test(code);
