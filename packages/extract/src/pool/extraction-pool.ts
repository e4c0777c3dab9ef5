import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Briefing } from "@briefing/core";
import { Piscina } from "piscina";
import { ExtractionError } from "../errors.js";
import type { ArticleInput } from "../input.js";
import { isStartedNotice, type PoolReply, type PoolTask } from "./messages.js";
import { ExtractionPoolError } from "./pool-error.js";

/** Default time budget of one article, counted from when its worker starts it. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;
/** Default heap budget of one worker (V8 old generation), in megabytes. */
export const DEFAULT_MEMORY_BUDGET_MB = 512;

/** How many articles are read at once, how long each may take and how much memory it may use. */
export interface ExtractionPoolOptions {
  /** Worker threads; default one less than the CPUs (at least 1, at most 4), so the caller's thread stays free. */
  threads?: number;
  /** Milliseconds one article may take once a worker starts it; default 30,000. */
  timeBudgetMs?: number;
  /** Megabytes of heap one worker may use; default 512. */
  memoryBudgetMb?: number;
  /** Articles that may wait for a free worker; beyond that `extract` rejects at once (`busy`). Default 4 per thread. */
  maxQueue?: number;
}

/** Per call: a signal that cancels the article (its worker is terminated if it already started). */
export interface ExtractOptions {
  signal?: AbortSignal;
}

const SOURCE_CONDITION = "@briefing/source";

// Node 20 cannot run TypeScript, so from source (tests with the source condition) the worker is the built file.
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith(".ts") ? new URL("../../dist/pool/worker.js", here) : new URL("./worker.js", here));
}

// Workers inherit the parent's flags; the source condition (set by tests) would make them import
// TypeScript, which they cannot run, so it is dropped.
function workerExecArgv(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if ((arg === "--conditions" || arg === "-C") && args[i + 1] === SOURCE_CONDITION) i++;
    else if (arg !== `--conditions=${SOURCE_CONDITION}`) out.push(arg);
  }
  return out;
}

function defaultThreads(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

const positiveInteger = (value: number | undefined, fallback: number, name: string): number => {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
};

/**
 * Extracts briefings in worker threads, off the caller's event loop. An article past its time or
 * memory budget has its worker terminated and rejects with `ExtractionPoolError`; idle workers do
 * not keep the process alive.
 */
export class ExtractionPool {
  /** The settings in force, defaults filled in. */
  readonly options: Readonly<Required<ExtractionPoolOptions>>;
  readonly #pool: Piscina<PoolTask, PoolReply>;
  readonly #onStart = new Map<number, () => void>();
  readonly #inFlight = new Set<AbortController>();
  /** Set when a worker failed to start: every article would fail the same way, so they fail at once. */
  #broken: Error | undefined;
  #nextId = 1;
  #closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    const threads = positiveInteger(options.threads, defaultThreads(), "threads");
    this.options = {
      threads,
      timeBudgetMs: positiveInteger(options.timeBudgetMs, DEFAULT_TIME_BUDGET_MS, "timeBudgetMs"),
      memoryBudgetMb: positiveInteger(options.memoryBudgetMb, DEFAULT_MEMORY_BUDGET_MB, "memoryBudgetMb"),
      maxQueue: positiveInteger(options.maxQueue, 4 * threads, "maxQueue"),
    };
    this.#pool = new Piscina<PoolTask, PoolReply>({
      filename: workerFile(),
      execArgv: workerExecArgv(),
      // As many threads at all times: piscina replaces a terminated worker only up to minThreads,
      // and articles queued behind a stopped one would otherwise wait forever. Idle workers are unref'd.
      minThreads: threads,
      maxThreads: threads,
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryBudgetMb },
    });
    this.#pool.on("message", (message: unknown) => {
      if (isStartedNotice(message)) this.#onStart.get(message.briefingPoolStarted)?.();
    });
    // A worker that fails outside any task (its module cannot load) leaves queued tasks waiting
    // forever, so fail them, and every later one, with the cause.
    this.#pool.on("error", (error: unknown) => {
      this.#broken = error instanceof Error ? error : new Error(String(error));
      for (const controller of this.#inFlight) controller.abort(this.#broken);
    });
  }

  /** Articles accepted and not yet finished (running or waiting for a worker). */
  get pending(): number {
    return this.#inFlight.size;
  }

  /** The briefing of one article; throws `ExtractionError` for unusable input and `ExtractionPoolError` otherwise. */
  async extract(input: ArticleInput, options: ExtractOptions = {}): Promise<Briefing> {
    if (this.#closed) throw new ExtractionPoolError("closed", "The extraction pool is closed.");
    if (this.#broken) throw this.#explain(this.#broken, false);
    // Counted here, not by piscina: its maxQueue does not apply to tasks that carry an abort signal.
    if (this.#inFlight.size >= this.options.threads + this.options.maxQueue) {
      throw new ExtractionPoolError("busy", "Too many articles are waiting to be read; try again in a moment.");
    }
    const id = this.#nextId++;
    const controller = new AbortController();
    this.#inFlight.add(controller);
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    this.#onStart.set(id, () => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.options.timeBudgetMs);
      timer.unref();
    });
    const { signal } = options;
    const forward = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", forward, { once: true });
    if (signal?.aborted) forward();
    let reply: PoolReply;
    try {
      reply = await this.#pool.run({ id, input }, { signal: controller.signal });
    } catch (error) {
      if (signal?.aborted && !timedOut) throw signal.reason;
      throw this.#explain(this.#broken ?? error, timedOut);
    } finally {
      this.#inFlight.delete(controller);
      clearTimeout(timer);
      this.#onStart.delete(id);
      signal?.removeEventListener("abort", forward);
    }
    if (reply.ok) return reply.briefing;
    if (reply.kind === "extraction") throw new ExtractionError(reply.code, reply.message);
    throw new ExtractionPoolError("crash", `The extractor failed on this article: ${reply.message}`);
  }

  /** Stops every worker; articles still queued or running reject with reason `closed`. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.destroy();
  }

  #explain(error: unknown, timedOut: boolean): ExtractionPoolError {
    const { timeBudgetMs, memoryBudgetMb } = this.options;
    if (timedOut) {
      return new ExtractionPoolError(
        "time",
        `Reading this article took longer than its ${timeBudgetMs / 1000} s budget, so it was stopped.`,
        timeBudgetMs,
      );
    }
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === "ERR_WORKER_OUT_OF_MEMORY") {
      return new ExtractionPoolError(
        "memory",
        `Reading this article needed more than its ${memoryBudgetMb} MB memory budget, so it was stopped.`,
        memoryBudgetMb,
      );
    }
    if (this.#closed) return new ExtractionPoolError("closed", "The extraction pool was closed before this article was read.");
    return new ExtractionPoolError("crash", `The extraction worker failed: ${message}`);
  }
}
