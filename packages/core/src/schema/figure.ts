import { z } from "zod";
import { EvidenceListSchema, EvidenceSchema } from "./evidence.js";
import { EntityIdSchema, FigureIdSchema, TimeIdSchema } from "./ids.js";

export const FigureScaleSchema = z.enum(["one", "thousand", "million", "billion", "trillion"]);
export type FigureScale = z.infer<typeof FigureScaleSchema>;

/** `percent`, `count`, or an ISO 4217 currency code. */
export const FigureUnitSchema = z.union([z.enum(["percent", "count"]), z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code")]);
export type FigureUnit = z.infer<typeof FigureUnitSchema>;

/** Who vouches for a figure: an entity the source credits, or the source itself. */
export const AttributionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("entity"), entityId: EntityIdSchema, evidence: z.array(EvidenceSchema) }),
  z.object({ kind: z.literal("source") }),
]);
export type Attribution = z.infer<typeof AttributionSchema>;

export const FigureSchema = z.object({
  id: FigureIdSchema,
  /** The number with its scale applied ("$7 billion" -> 7000000000). */
  value: z.number().finite(),
  unit: FigureUnitSchema,
  scale: FigureScaleSchema,
  /** What is measured or counted ("rise in terror attacks"); null when the text does not say. */
  measure: z.string().nullable(),
  periodId: TimeIdSchema.nullable(),
  attribution: AttributionSchema,
  evidence: EvidenceListSchema,
});
export type Figure = z.infer<typeof FigureSchema>;
