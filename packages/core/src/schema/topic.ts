import { z } from "zod";
import { EvidenceListSchema } from "./evidence.js";
import { KeyPointIdSchema, TopicIdSchema } from "./ids.js";

export const TopicSchema = z.object({
  id: TopicIdSchema,
  label: z.string().min(1),
  evidence: EvidenceListSchema,
});
export type Topic = z.infer<typeof TopicSchema>;

/** A short extractive sentence that summarizes part of the story. */
export const KeyPointSchema = z.object({
  id: KeyPointIdSchema,
  text: z.string().min(1),
  evidence: EvidenceListSchema,
});
export type KeyPoint = z.infer<typeof KeyPointSchema>;
