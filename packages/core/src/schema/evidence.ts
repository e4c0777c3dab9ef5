import { z } from "zod";
import { SourceIdSchema } from "./ids.js";

/** A span `[start, end)` of a source, with the exact text it covers. */
export const EvidenceSchema = z
  .object({
    sourceId: SourceIdSchema,
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    text: z.string().min(1, "evidence must cover some text"),
  })
  .refine((e) => e.end > e.start, { message: "end must be greater than start", path: ["end"] });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence list for an item: never empty, because nothing ungrounded enters a briefing. */
export const EvidenceListSchema = z.array(EvidenceSchema).min(1, "every item needs at least one piece of evidence");
