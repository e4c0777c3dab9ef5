import type { Briefing } from "@briefing/core";
import { type ArticleInput, type ExtractionError, readArticleFile } from "@briefing/extract";
import type { ExtractionPoolError } from "@briefing/extract/pool";
import { getExtractionPool } from "./extraction-pool";
import type { IngestForm, IngestJson } from "./ingest-input";
import { getStore } from "./store";

// The one path from an article to a stored briefing, shared by the form's server action and the
// JSON API, so both validate, extract and store the same way. Extraction runs in the worker pool:
// a slow or huge article costs a worker, never the server's event loop.

/** Why an article was not stored, with the HTTP status the API answers. */
export interface IngestFailure {
  ok: false;
  status: 422 | 500 | 503;
  code: "extraction-failed" | "over-budget" | "busy" | "extraction-crashed";
  /** The form field at fault. */
  field: string;
  message: string;
  /** For budget failures: which budget (`time` or `memory`). */
  reason?: "time" | "memory";
}

export type IngestResult = { ok: true; id: string; created: boolean } | IngestFailure;

type Meta = Pick<IngestJson, "title" | "url" | "publisher" | "published">;

function withMeta(article: ArticleInput, meta: Meta): ArticleInput {
  return {
    ...article,
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.published ? { published: meta.published } : {}),
  };
}

// The pool is created outside Next's bundle (see extraction-pool.ts), so its errors are instances
// of the unbundled classes: they are recognised by name, not by instanceof.
const isNamed = (error: unknown, name: string): error is Error => error instanceof Error && error.name === name;
const isExtractionError = (error: unknown): error is ExtractionError => isNamed(error, "ExtractionError") && "code" in error;
const isPoolError = (error: unknown): error is ExtractionPoolError => isNamed(error, "ExtractionPoolError") && "reason" in error;

function poolFailure(error: ExtractionPoolError, field: string): IngestFailure {
  switch (error.reason) {
    case "time":
    case "memory":
      return {
        ok: false,
        status: 422,
        code: "over-budget",
        field,
        reason: error.reason,
        message: `${error.message} Send a shorter or simpler article.`,
      };
    case "busy":
    case "closed":
      return {
        ok: false,
        status: 503,
        code: "busy",
        field,
        message: error.reason === "busy" ? error.message : "The server is shutting down; try again shortly.",
      };
    default:
      return {
        ok: false,
        status: 500,
        code: "extraction-crashed",
        field,
        message: "The extractor failed on this article; the server's log says why.",
      };
  }
}

/** Extracts a briefing from validated input (in the worker pool) and stores it; failures name the field at fault. */
export async function ingestArticle(input: IngestForm | IngestJson, options: { signal?: AbortSignal } = {}): Promise<IngestResult> {
  const field = "file" in input && input.file ? "file" : "html" in input && input.html ? "html" : "text";
  let briefing: Briefing;
  try {
    let article: ArticleInput;
    if ("file" in input && input.file) {
      article = await readArticleFile(new Uint8Array(await input.file.arrayBuffer()), input.file.name);
    } else if ("html" in input && input.html) {
      article = { html: input.html };
    } else {
      article = { text: input.text ?? "" };
    }
    briefing = await getExtractionPool().extract(withMeta(article, input), options);
  } catch (error) {
    if (isExtractionError(error)) return { ok: false, status: 422, code: "extraction-failed", field, message: error.message };
    if (isPoolError(error)) {
      if (error.reason === "crash") console.error(`briefing web: ${error.message}`);
      return poolFailure(error, field);
    }
    throw error;
  }
  const { id, created } = await (await getStore()).putBriefing(briefing);
  return { ok: true, id, created };
}
