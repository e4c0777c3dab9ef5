import { z } from "zod";
import { EvidenceListSchema } from "./evidence.js";
import { TimeIdSchema } from "./ids.js";

export const TimePrecisionSchema = z.enum(["instant", "day", "month", "year", "span", "vague"]);
export type TimePrecision = z.infer<typeof TimePrecisionSchema>;

/** What a relative expression was resolved against. */
export const TimeAnchorSchema = z.discriminatedUnion("kind", [
  /** The words pin the date down themselves ("August 2021"). */
  z.object({ kind: z.literal("absolute") }),
  /** Resolved against the source's publication date ("Monday"). */
  z.object({ kind: z.literal("publication"), date: z.iso.date() }),
  /** Resolved against another time expression ("the preceding month"). */
  z.object({ kind: z.literal("time"), timeId: TimeIdSchema }),
  /** Relative, but nothing to resolve it against: left unresolved on purpose. */
  z.object({ kind: z.literal("unresolved"), reason: z.string().min(1) }),
]);
export type TimeAnchor = z.infer<typeof TimeAnchorSchema>;

/** ISO 8601 date, month, year, or a span of them ("2013/2018"). */
export const TimeValueSchema = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/,
    "must be ISO 8601: 2025-04-07, 2025-04, 2025 or a span like 2013/2018",
  );

export const TimeExpressionSchema = z.object({
  id: TimeIdSchema,
  /** The words as written. */
  text: z.string().min(1),
  /** Resolved value; null when it cannot be resolved honestly. */
  value: TimeValueSchema.nullable(),
  precision: TimePrecisionSchema,
  anchor: TimeAnchorSchema,
  evidence: EvidenceListSchema,
});
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
