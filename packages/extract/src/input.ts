import { IsoDateSchema } from "@briefing/core";
import { z } from "zod";
import { ExtractionError } from "./errors.js";

/** Largest article text accepted (characters): a long book chapter; larger input is not one article. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** What a caller hands the extractor: text or HTML, plus metadata that overrides the page's own. */
export const ArticleInputSchema = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    title: z.string().nullable().optional(),
    url: z.url().nullable().optional(),
    publisher: z.string().nullable().optional(),
    /** YYYY-MM-DD or an ISO timestamp. */
    published: IsoDateSchema.nullable().optional(),
  })
  .refine((a) => a.text !== undefined || a.html !== undefined, { message: "give text or html" });

export type ArticleInput = z.input<typeof ArticleInputSchema>;

/** Validates caller input, turning zod's report into an ExtractionError a caller can show. */
export function parseArticleInput(input: unknown): z.output<typeof ArticleInputSchema> {
  const result = ArticleInputSchema.safeParse(input);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
    throw new ExtractionError("invalid-input", `invalid article input: ${detail}`);
  }
  return result.data;
}
