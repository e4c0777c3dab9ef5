// The extractor is loaded only by the commands that extract, so `briefing show` and the reader
// never pay for the NLP model.
export type { ArticleInput } from "@briefing/extract";

export type ExtractApi = typeof import("@briefing/extract");

/** Loads @briefing/extract on first use. */
export async function loadExtractor(): Promise<ExtractApi> {
  return import("@briefing/extract");
}

/** True for the extractor's own "this input is not an article" errors, which carry a `code`. */
export function isExtractionError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === "ExtractionError" && typeof (error as { code?: unknown }).code === "string";
}
