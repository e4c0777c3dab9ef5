// Runs the extractor over a gold folder and scores every article.
import { type Briefing, type ExtractorInfo, safeParseBriefing } from "@briefing/core";
import { type GoldArticle, GoldFolderError, loadGoldFolder } from "./gold.js";
import { type Predictions, predictionsFromBriefing } from "./predictions.js";
import { type ArticleScore, scoreArticle } from "./score.js";
import { countsOf, sumCounts, type TotalCounts, type Totals, totalsOf } from "./totals.js";

/** What the evaluation hands the extractor: the article text and its gold metadata. */
export interface EvalArticleInput {
  text: string;
  title?: string;
  url?: string;
  publisher?: string;
  /** The reference date for relative dates. */
  published?: string;
}

/** An extractor under evaluation. */
export type ArticleExtractor = (input: EvalArticleInput) => Briefing | Promise<Briefing>;

/** One article's result: its metrics, the counts behind them and every match, miss and false hit. */
export interface ArticleReport {
  name: string;
  /** Why extraction failed (a throw or an invalid briefing); the article then scores as predicting nothing. */
  error: string | null;
  totals: Totals;
  counts: TotalCounts;
  score: ArticleScore;
}

/** The evaluation of a gold folder: micro-averaged totals and every article's detail. */
export interface EvalReport {
  dir: string;
  extractor: ExtractorInfo | null;
  totals: Totals;
  counts: TotalCounts;
  articles: ArticleReport[];
}

/** Every non-null gold metadata field, as the extractor's caller would pass it. */
export function inputFor(article: GoldArticle): EvalArticleInput {
  const input: EvalArticleInput = { text: article.text };
  const { title, url, publisher, published } = article.gold.article;
  if (title !== null) input.title = title;
  if (url !== null) input.url = url;
  if (publisher !== null) input.publisher = publisher;
  if (published !== null) input.published = published;
  return input;
}

const NOTHING: Predictions = { entities: [], quotes: [], figures: [], dates: [], events: [] };

/** The extractor could not be loaded at all (not built, or broken): no article can be scored. */
export class ExtractorLoadError extends Error {
  constructor(detail: string) {
    super(`cannot load the extractor: ${detail}`);
    this.name = "ExtractorLoadError";
  }
}

async function defaultExtractor(): Promise<ArticleExtractor> {
  // Loaded lazily so that the scorer and its tests do not pay for the NLP model.
  try {
    return (await import("../index.js")).extractBriefing;
  } catch (error) {
    throw new ExtractorLoadError((error as Error).message);
  }
}

async function extractOne(extract: ArticleExtractor, article: GoldArticle): Promise<{ briefing: Briefing | null; error: string | null }> {
  try {
    const result = safeParseBriefing(await extract(inputFor(article)));
    if (!result.success) return { briefing: null, error: `invalid briefing: ${result.error.message}` };
    return { briefing: result.data, error: null };
  } catch (error) {
    return { briefing: null, error: `extraction threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
}

export interface RunEvalOptions {
  /** The extractor to score; the package's own by default. */
  extract?: ArticleExtractor;
  /** Score only these articles (names without extension); every one must be in the folder. */
  only?: readonly string[];
}

/** Extracts and scores every article of a gold folder; throws GoldFolderError when the folder is unusable. */
export async function runEval(dir: string, options: RunEvalOptions = {}): Promise<EvalReport> {
  let articles = await loadGoldFolder(dir);
  if (options.only && options.only.length > 0) {
    const wanted = new Set(options.only);
    const unknown = [...wanted].filter((name) => !articles.some((a) => a.name === name));
    if (unknown.length > 0)
      throw new GoldFolderError(
        dir,
        unknown.map((name) => `has no article named ${name}`),
      );
    articles = articles.filter((a) => wanted.has(a.name));
  }
  const extract = options.extract ?? (await defaultExtractor());
  const reports: ArticleReport[] = [];
  let extractor: ExtractorInfo | null = null;
  for (const article of articles) {
    const { briefing, error } = await extractOne(extract, article);
    extractor ??= briefing?.extractor ?? null;
    const score = scoreArticle(article.gold, briefing ? predictionsFromBriefing(briefing) : NOTHING);
    const counts = countsOf(score);
    reports.push({ name: article.name, error, totals: totalsOf(counts), counts, score });
  }
  const counts = sumCounts(reports.map((r) => r.counts));
  return { dir, extractor, totals: totalsOf(counts), counts, articles: reports };
}
