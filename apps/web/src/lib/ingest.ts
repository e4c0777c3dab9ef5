import { type ArticleInput, ExtractionError, extractBriefing, readArticleFile } from "@briefing/extract";
import type { IngestForm, IngestJson } from "./ingest-input";
import { getStore } from "./store";

// The one path from an article to a stored briefing, shared by the form's server action and the
// JSON API, so both validate, extract and store the same way.

export type IngestResult = { ok: true; id: string; created: boolean } | { ok: false; field: string; message: string };

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

/** Extracts a briefing from validated input and stores it; extraction problems name the field at fault. */
export async function ingestArticle(input: IngestForm | IngestJson): Promise<IngestResult> {
  const field = "file" in input && input.file ? "file" : "html" in input && input.html ? "html" : "text";
  try {
    let article: ArticleInput;
    if ("file" in input && input.file) {
      article = await readArticleFile(new Uint8Array(await input.file.arrayBuffer()), input.file.name);
    } else if ("html" in input && input.html) {
      article = { html: input.html };
    } else {
      article = { text: input.text ?? "" };
    }
    const briefing = extractBriefing(withMeta(article, input));
    const store = await getStore();
    const { id, created } = await store.putBriefing(briefing);
    return { ok: true, id, created };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, field, message: error.message };
    throw error;
  }
}
