import { z } from "zod";

// What a reader may send to be briefed, from the form or the JSON API. Limits are stated in the
// messages so the reader knows what to change.

/** Largest article accepted, in bytes (text pasted or file uploaded). */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** Largest request body accepted by the JSON API. */
export const MAX_REQUEST_BYTES = 2_000_000;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} can be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** Optional metadata shared by every way of sending an article. */
export const ArticleMetaSchema = z.object({
  title: optionalText(300, "The title"),
  url: z
    .string()
    .trim()
    .max(2000, "The address can be at most 2,000 characters.")
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url({ protocol: /^https?$/, message: "Give a full web address starting with http:// or https://." }).optional()),
  publisher: optionalText(200, "The publisher"),
  published: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.iso.date({ message: "Give the date as YYYY-MM-DD, for example 2025-04-07." }).optional()),
});

/** An uploaded article file: .txt or .html, at most MAX_ARTICLE_BYTES. */
export const ArticleFileSchema = z
  .instanceof(File)
  .refine((f) => /\.(txt|html?)$/i.test(f.name), "Upload a .txt or .html file.")
  .refine((f) => f.size <= MAX_ARTICLE_BYTES, `The file is larger than ${MAX_ARTICLE_BYTES / 1_000_000} MB; upload a single article.`);

const ArticleTextSchema = z
  .string()
  .max(MAX_ARTICLE_BYTES, `The article is longer than ${MAX_ARTICLE_BYTES.toLocaleString("en-US")} characters; paste a single article.`)
  .refine(
    (s) => byteLength(s) <= MAX_ARTICLE_BYTES,
    `The article is larger than ${MAX_ARTICLE_BYTES / 1_000_000} MB; paste a single article.`,
  )
  .optional()
  .transform((v) => (v?.trim() ? v : undefined));

/** The ingest form: pasted text or an uploaded file, plus metadata and (beyond localhost) a token. */
export const IngestFormSchema = ArticleMetaSchema.extend({
  text: ArticleTextSchema,
  // A form with no file chosen still sends an empty File (named "" or "blob"), so empty means none.
  file: z
    .instanceof(File)
    .optional()
    .transform((f) => (f && f.size > 0 ? f : undefined))
    .pipe(ArticleFileSchema.optional()),
  token: z.string().max(500).optional(),
}).superRefine((v, ctx) => {
  if (!v.text && !v.file)
    ctx.addIssue({ code: "custom", path: ["text"], message: "Paste the article's text, or choose a file to upload." });
  if (v.text && v.file) ctx.addIssue({ code: "custom", path: ["file"], message: "Send either pasted text or a file, not both." });
});
export type IngestForm = z.infer<typeof IngestFormSchema>;

/** The JSON API's ingest body: text or HTML, plus metadata. */
export const IngestJsonSchema = ArticleMetaSchema.extend({
  text: ArticleTextSchema,
  html: ArticleTextSchema,
})
  .strict()
  .superRefine((v, ctx) => {
    if (!v.text && !v.html) ctx.addIssue({ code: "custom", path: ["text"], message: "Send the article as `text` or `html`." });
    if (v.text && v.html) ctx.addIssue({ code: "custom", path: ["html"], message: "Send either `text` or `html`, not both." });
  });
export type IngestJson = z.infer<typeof IngestJsonSchema>;

/** Field errors as `{ field: firstMessage }`, for showing next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
