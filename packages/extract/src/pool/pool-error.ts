/**
 * Why the pool gave no briefing although the input may be fine: `time` and `memory` (the article
 * exceeded its budget; its worker was terminated), `busy` (the queue is full), `crash` (the
 * extractor failed unexpectedly), `closed` (the pool was closed first).
 */
export type ExtractionPoolErrorReason = "time" | "memory" | "busy" | "crash" | "closed";

/** Thrown by `ExtractionPool.extract` for every failure that is not the article's fault (those stay `ExtractionError`). */
export class ExtractionPoolError extends Error {
  readonly reason: ExtractionPoolErrorReason;
  /** The budget that was exceeded: milliseconds for `time`, megabytes for `memory`. */
  readonly limit: number | undefined;
  constructor(reason: ExtractionPoolErrorReason, message: string, limit?: number) {
    super(message);
    this.name = "ExtractionPoolError";
    this.reason = reason;
    this.limit = limit;
  }
}
