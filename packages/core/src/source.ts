import type { Evidence } from "./schema/evidence.js";
import type { Dateline, Source } from "./schema/source.js";
import { sha256Hex } from "./sha256.js";

export interface SourceInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  published?: string | null;
  language?: string;
  retrievedAt?: string | null;
  /** When `published` was read from the text rather than given: the words it came from. */
  publishedInferredFrom?: Evidence;
  dateline?: Dateline;
}

/** Builds a Source whose id and content hash come from its text. */
export function createSource(input: SourceInput): Source {
  const contentHash = sha256Hex(input.text);
  return {
    id: `src_${contentHash.slice(0, 16)}`,
    contentHash,
    text: input.text,
    title: input.title ?? null,
    url: input.url ?? null,
    publisher: input.publisher ?? null,
    published: input.published ?? null,
    language: input.language ?? "en",
    retrievedAt: input.retrievedAt ?? null,
    ...(input.publishedInferredFrom ? { publishedInferredFrom: input.publishedInferredFrom } : {}),
    ...(input.dateline ? { dateline: input.dateline } : {}),
  };
}

/** Evidence for `[start, end)` of a source, with the text read from the source itself. */
export function evidenceAt(source: Pick<Source, "id" | "text">, start: number, end: number): Evidence {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= source.text.length)) {
    throw new RangeError(`span [${start}, ${end}) is not inside the source (length ${source.text.length})`);
  }
  return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
}

/**
 * Evidence for the first occurrence of `text` in a source at or after `from`.
 * Throws when the text is not there, so a hand-built briefing cannot cite words the source lacks.
 */
export function findEvidence(source: Pick<Source, "id" | "text">, text: string, from = 0): Evidence {
  const start = source.text.indexOf(text, from);
  if (start < 0 || text.length === 0) {
    throw new Error(`"${text}" does not occur in source ${source.id}${from ? ` after offset ${from}` : ""}`);
  }
  return evidenceAt(source, start, start + text.length);
}

/** Evidence for every occurrence of `text` in a source. */
export function findAllEvidence(source: Pick<Source, "id" | "text">, text: string): Evidence[] {
  const out: Evidence[] = [];
  if (!text) return out;
  for (let at = source.text.indexOf(text); at >= 0; at = source.text.indexOf(text, at + text.length)) {
    out.push(evidenceAt(source, at, at + text.length));
  }
  return out;
}
