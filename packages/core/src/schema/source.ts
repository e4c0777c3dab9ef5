import { z } from "zod";
import { EvidenceSchema } from "./evidence.js";
import { SourceIdSchema } from "./ids.js";

/** Calendar date or full timestamp, as ISO 8601. */
export const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** The opener of a wire story ("LONDON (AP) —"): where it was filed and by which agency; page metadata, not entities. */
export const DatelineSchema = z.object({
  /** "LONDON", "SURABAYA, Indonesia/JAKARTA"; null when the dateline gives only a date. */
  place: z.string().min(1).nullable(),
  /** "AP", "Reuters"; null when none is named. */
  agency: z.string().min(1).nullable(),
  /** The whole opener, dash included. */
  evidence: EvidenceSchema,
});
export type Dateline = z.infer<typeof DatelineSchema>;

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
  /**
   * Present when `published` was not given by the caller but read from the text (a date line under
   * the headline): the words it was inferred from. Absent when the date was given (or is unknown).
   */
  publishedInferredFrom: EvidenceSchema.optional(),
  /** The dateline that opens the story, when it has one. */
  dateline: DatelineSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;
