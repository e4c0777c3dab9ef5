import { z } from "zod";
import { SourceIdSchema } from "./ids.js";

/** Calendar date or full timestamp, as ISO 8601. */
export const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** One article, stored verbatim: every evidence span points into `text`. */
export const SourceSchema = z.object({
  id: SourceIdSchema,
  /** SHA-256 of `text` (hex); `id` is derived from it, so the same text always gets the same id. */
  contentHash: z.string().regex(/^[a-f0-9]{64}$/, "must be a 64-character lower-case hex SHA-256"),
  text: z.string().min(1, "a source needs text"),
  title: z.string().nullable(),
  url: z.url().nullable(),
  publisher: z.string().nullable(),
  /** Publication date; the anchor for relative dates. */
  published: IsoDateSchema.nullable(),
  /** BCP 47 language tag. */
  language: z.string().min(2),
  retrievedAt: IsoDateSchema.nullable(),
});
export type Source = z.infer<typeof SourceSchema>;
