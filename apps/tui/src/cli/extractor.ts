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

/**
 * Why one article could not be extracted, when the article itself is the cause: the extractor's
 * own errors, and a stack overflow, which only a page nested deeper than the reader can follow
 * causes. Anything else is a bug and is not turned into a per-input failure.
 */
export function articleFailure(error: unknown): { message: string; code: string } | null {
  // The extractor names the file in its message; the caller's line already starts with it.
  if (isExtractionError(error)) return { message: error.message.replace(/ \([^)]*\)(?= is| has)/, ""), code: error.code };
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return { message: "the page is nested too deeply to read (its elements ran the reader out of stack)", code: "too-deep" };
  }
  return null;
}
