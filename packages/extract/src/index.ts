export type { CreditSpan, FigureCandidate, QuoteCandidate, Span, TimeCandidate } from "./candidates.js";
export { ExtractionError, type ExtractionErrorCode } from "./errors.js";
export { EXTRACTOR, extractBriefing } from "./extract.js";
export { type ArticleInput, ArticleInputSchema, MAX_TEXT_LENGTH } from "./input.js";
export { type Analysis, analyze, loadNlp, type Sentence, type Token } from "./nlp.js";
export { readArticleFile } from "./read-article-file.js";
