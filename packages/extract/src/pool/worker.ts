import { parentPort } from "node:worker_threads";
import { ExtractionError } from "../errors.js";
import { extractBriefing } from "../extract.js";
import type { PoolReply, PoolTask, StartedNotice } from "./messages.js";

/** The pool's worker: extracts one article and answers with plain data. */
export default function extractInWorker(task: PoolTask): PoolReply {
  parentPort?.postMessage({ briefingPoolStarted: task.id } satisfies StartedNotice);
  try {
    return { ok: true, briefing: extractBriefing(task.input) };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, kind: "extraction", code: error.code, message: error.message };
    return { ok: false, kind: "crash", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
