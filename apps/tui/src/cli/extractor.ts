// The extractor is loaded only by the commands that extract, so `briefing show` and the reader
// never pay for the NLP model.
import type { Briefing, ExtractorInfo } from "@briefing/core";

/** Article text or HTML plus metadata, as @briefing/extract takes it. */
export interface ArticleInput {
  text?: string;
  html?: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  published?: string | null;
}

export interface ExtractApi {
  extractBriefing(input: ArticleInput): Briefing;
  readArticleFile(bytes: Uint8Array, filename?: string): ArticleInput;
  EXTRACTOR: ExtractorInfo;
}

/** Loads @briefing/extract on first use. */
export async function loadExtractor(): Promise<ExtractApi> {
  // A computed specifier keeps this module compiling while the package's entry point is written.
  const specifier = "@briefing/extract";
  return (await import(specifier)) as ExtractApi;
}

/** True for the extractor's own "this input is not an article" errors, which carry a `code`. */
export function isExtractionError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === "ExtractionError" && typeof (error as { code?: unknown }).code === "string";
}
