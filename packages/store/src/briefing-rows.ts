// How a briefing maps to rows: the summary columns a list needs without reading the body, and the
// searchable pieces (title, article text, entity names, quotes).
import { type Briefing, composeBriefing } from "@briefing/core";
import { stripMarkers } from "./snippet.js";
import type { BriefingsTable, SourcesTable } from "./tables.js";
import type { BriefingSummary, SearchHit } from "./types.js";

export type SearchField = SearchHit["field"];

/** "42%, according to PICSS": the first key figure as every screen words it. */
function keyFigureOf(briefing: Briefing): string | null {
  const section = composeBriefing(briefing).sections.find((s) => s.id === "key-figures");
  const first = section?.items[0];
  if (!first) return null;
  const lead = first.emphasis ?? first.text;
  return first.meta?.startsWith("according to") ? `${lead}, ${first.meta}` : lead;
}

/** The briefings row, minus the generated `seq`. */
export function briefingRow(briefing: Briefing, now: string): Omit<BriefingsTable, "seq"> {
  const { sources } = briefing;
  const publishers = [...new Set(sources.map((s) => s.publisher).filter((p): p is string => !!p))];
  return {
    id: briefing.id,
    title: briefing.title,
    published: sources[0]?.published ?? null,
    publishers: JSON.stringify(publishers),
    source_ids: JSON.stringify(sources.map((s) => s.id)),
    key_figure: keyFigureOf(briefing),
    extractor_name: briefing.extractor.name,
    extractor_version: briefing.extractor.version,
    stored_at: now,
    updated_at: now,
    n_entities: briefing.entities.length,
    n_statements: briefing.statements.length,
    n_figures: briefing.figures.length,
    n_events: briefing.events.length,
  };
}

/** The stored body: source texts are stored once, in `sources`; the body keeps each source's metadata as given. */
export function briefingBody(briefing: Briefing): string {
  return JSON.stringify({ ...briefing, sources: briefing.sources.map(({ text: _text, ...meta }) => meta) });
}

/** A source row, verbatim. */
export function sourceRow(source: Briefing["sources"][number], now: string): SourcesTable {
  return {
    id: source.id,
    content_hash: source.contentHash,
    text: source.text,
    title: source.title,
    url: source.url,
    publisher: source.publisher,
    published: source.published,
    language: source.language,
    retrieved_at: source.retrievedAt,
    stored_at: now,
  };
}

/** What search sees of a briefing: one document with a column per kind of match. */
export interface SearchDocument {
  title: string;
  entities: string;
  quotes: string;
  text: string;
}

/** The search columns in the order a hit's field is preferred when several match equally. */
export const SEARCH_COLUMNS = [
  ["title", "title"],
  ["entities", "entity"],
  ["quotes", "quote"],
  ["text", "text"],
] as const satisfies ReadonlyArray<readonly [keyof SearchDocument, SearchField]>;

type Searchable = Pick<Briefing, "title"> & {
  sources: ReadonlyArray<{ title: string | null; text: string }>;
  entities: ReadonlyArray<{ name: string; aliases: string[] }>;
  statements: ReadonlyArray<{ text: string }>;
};

/** The search document of a briefing: titles, entity names with aliases, quotes, article texts. */
export function searchDocument(briefing: Searchable): SearchDocument {
  const titles = [briefing.title, ...briefing.sources.map((s) => s.title).filter((t): t is string => !!t && t !== briefing.title)];
  const names = briefing.entities.map((e) => {
    const aliases = e.aliases.filter((a) => a !== e.name);
    return aliases.length ? `${e.name} (${aliases.join(", ")})` : e.name;
  });
  return {
    title: stripMarkers([...new Set(titles)].join(" — ")),
    entities: stripMarkers(names.join("; ")),
    quotes: stripMarkers(briefing.statements.map((s) => s.text).join(" … ")),
    text: stripMarkers(briefing.sources.map((s) => s.text).join("\n\n")),
  };
}

/** Columns a summary is read from. */
export const SUMMARY_COLUMNS = [
  "id",
  "title",
  "published",
  "publishers",
  "source_ids",
  "key_figure",
  "extractor_name",
  "extractor_version",
  "stored_at",
  "n_entities",
  "n_statements",
  "n_figures",
  "n_events",
] as const;

export type SummaryRow = Pick<BriefingsTable, (typeof SUMMARY_COLUMNS)[number]>;

/** The list row a screen shows. */
export function toSummary(row: SummaryRow): BriefingSummary {
  return {
    id: row.id,
    title: row.title,
    published: row.published,
    publishers: JSON.parse(row.publishers) as string[],
    sourceIds: JSON.parse(row.source_ids) as string[],
    keyFigure: row.key_figure,
    extractor: { name: row.extractor_name, version: row.extractor_version },
    storedAt: row.stored_at,
    counts: {
      entities: Number(row.n_entities),
      statements: Number(row.n_statements),
      figures: Number(row.n_figures),
      events: Number(row.n_events),
    },
  };
}
