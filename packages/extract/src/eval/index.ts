// The evaluation API, for the `briefing eval` command and for tests.
export {
  type Gold,
  type GoldArticle,
  GoldFolderError,
  GoldSchema,
  loadGoldFolder,
  parseGold,
} from "./gold.js";
export { normalizeName, normalizeQuote, quotesMatch } from "./normalize.js";
export { type Predictions, predictionsFromBriefing } from "./predictions.js";
export {
  checkRatchet,
  loadRatchet,
  type Ratchet,
  type RatchetCheck,
  RatchetFileError,
  RatchetSchema,
  raiseRatchet,
  ratchetFrom,
  writeRatchet,
} from "./ratchet.js";
export { formatRatchet, formatReport } from "./report.js";
export { runEvalCli, USAGE } from "./run-cli.js";
export {
  type ArticleExtractor,
  type ArticleReport,
  type EvalArticleInput,
  type EvalReport,
  ExtractorLoadError,
  runEval,
} from "./run-eval.js";
export { type ArticleScore, scoreArticle } from "./score.js";
export type { TotalCounts, Totals } from "./totals.js";
