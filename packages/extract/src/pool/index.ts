export {
  DEFAULT_MEMORY_BUDGET_MB,
  DEFAULT_TIME_BUDGET_MS,
  ExtractionPool,
  type ExtractionPoolOptions,
  type ExtractOptions,
} from "./extraction-pool.js";
export { PoolSettingError, poolOptionsFromEnv } from "./pool-env.js";
export { ExtractionPoolError, type ExtractionPoolErrorReason } from "./pool-error.js";
