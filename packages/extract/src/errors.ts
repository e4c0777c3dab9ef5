/** Why an input could not become a briefing. */
export type ExtractionErrorCode = "empty" | "binary" | "not-utf8" | "pdf" | "no-article" | "too-large" | "invalid-input";

/** Thrown for input no briefing can be made from; `code` says why, the message says it to a person. */
export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;
  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = "ExtractionError";
    this.code = code;
  }
}
