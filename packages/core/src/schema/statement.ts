import { z } from "zod";
import { EvidenceListSchema, EvidenceSchema } from "./evidence.js";
import { EntityIdSchema, StatementIdSchema } from "./ids.js";

export const StatementKindSchema = z.enum(["direct", "reported"]);
export type StatementKind = z.infer<typeof StatementKindSchema>;

export const StatementSchema = z.object({
  id: StatementIdSchema,
  kind: StatementKindSchema,
  /** For a direct quote, the exact words inside the marks; for reported speech, the clause reported. */
  text: z.string().min(1),
  /** Who said or wrote it; null when the source does not say. */
  speakerId: EntityIdSchema.nullable(),
  /** Where it was said ("a statement", "a phone call"), as written; null when not given. */
  channel: z.string().nullable(),
  /** The quoted or reported words. */
  evidence: EvidenceListSchema,
  /** The words that attribute it ("the State Department noted"). */
  attribution: z.array(EvidenceSchema),
});
export type Statement = z.infer<typeof StatementSchema>;
