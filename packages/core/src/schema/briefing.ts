import { z } from "zod";
import { EntitySchema } from "./entity.js";
import { EventSchema } from "./event.js";
import { FigureSchema } from "./figure.js";
import { BriefingIdSchema } from "./ids.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";
import { TimeExpressionSchema } from "./time-expression.js";
import { KeyPointSchema, TopicSchema } from "./topic.js";

/** Bumped on any change a reader of stored briefings must know about. */
export const SCHEMA_VERSION = 1;

export const ExtractorInfoSchema = z.object({ name: z.string().min(1), version: z.string().min(1) });
export type ExtractorInfo = z.infer<typeof ExtractorInfoSchema>;

/** The shape alone; `parseBriefing` adds the cross-reference invariants. */
export const BriefingShapeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: BriefingIdSchema,
  title: z.string().min(1),
  extractor: ExtractorInfoSchema,
  /** One story may be covered by several outlets. */
  sources: z.array(SourceSchema).min(1, "a briefing needs at least one source"),
  entities: z.array(EntitySchema),
  events: z.array(EventSchema),
  statements: z.array(StatementSchema),
  figures: z.array(FigureSchema),
  times: z.array(TimeExpressionSchema),
  topics: z.array(TopicSchema),
  keyPoints: z.array(KeyPointSchema),
  /** What the extractor could not do well ("text is not English"), for the reader to see. */
  warnings: z.array(z.string()),
});
export type Briefing = z.infer<typeof BriefingShapeSchema>;
