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

const TOO_DEEP = { message: "the page is nested too deeply to read (its elements ran the reader out of stack)", code: "too-deep" };

/** Messages follow "file: " in a line, so they start in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Why one article could not be extracted, when the article itself is the cause: the extractor's
 * own errors, a stack overflow (only a page nested deeper than the reader can follow causes one),
 * and an article the worker pool stopped past its time or memory budget or that crashed its worker.
 * Anything else (a full queue, a closed pool, a bug here) is not turned into a per-input failure.
 */
export function articleFailure(error: unknown): { message: string; code: string } | null {
  // The extractor names the file in its message; the caller's line already starts with it.
  if (isExtractionError(error)) return { message: error.message.replace(/ \([^)]*\)(?= is| has)/, ""), code: error.code };
  if (error instanceof RangeError && /call stack/i.test(error.message)) return TOO_DEEP;
  // The worker pool's verdicts (by name: the pool module is loaded only by the commands that use it).
  if (error instanceof Error && error.name === "ExtractionPoolError") {
    const reason = (error as Error & { reason?: string }).reason;
    if (reason === "time" || reason === "memory") return { message: lowerFirst(error.message), code: "over-budget" };
    if (reason === "crash")
      return /call stack/i.test(error.message) ? TOO_DEEP : { message: lowerFirst(error.message), code: "extractor-failed" };
  }
  return null;
}
