import type { Briefing } from "@briefing/core";
import type { ExtractionErrorCode } from "../errors.js";
import type { ArticleInput } from "../input.js";

// What crosses the thread boundary. Errors travel as plain data: a class does not survive
// structured cloning, so the main thread rebuilds them.

/** One article for a worker, with the id its "started" notice carries. */
export interface PoolTask {
  id: number;
  input: ArticleInput;
}

/** A worker's answer: the briefing, or why there is none. */
export type PoolReply =
  | { ok: true; briefing: Briefing }
  | { ok: false; kind: "extraction"; code: ExtractionErrorCode; message: string }
  | { ok: false; kind: "crash"; message: string };

/** Posted by a worker when it begins a task: the time budget counts from here, not from the queue. */
export interface StartedNotice {
  briefingPoolStarted: number;
}

/** True for a worker's "started" notice. */
export function isStartedNotice(message: unknown): message is StartedNotice {
  return typeof message === "object" && message !== null && typeof (message as StartedNotice).briefingPoolStarted === "number";
}
