import { z } from "zod";
import { EvidenceListSchema, EvidenceSchema } from "./evidence.js";
import { EntityIdSchema } from "./ids.js";

export const EntityTypeSchema = z.enum(["person", "organization", "place"]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySubtypeSchema = z.enum([
  "government-body",
  "armed-group",
  "company",
  "media",
  "political-party",
  "international-organization",
  "think-tank",
  "court",
  "military",
  "ngo",
  "country",
  "city",
  "region",
  "body-of-water",
  "other",
]);
export type EntitySubtype = z.infer<typeof EntitySubtypeSchema>;

/** A title or position as written ("Foreign Minister"), optionally of another entity (Pakistan). */
export const RoleSchema = z.object({
  title: z.string().min(1),
  of: EntityIdSchema.nullable(),
  evidence: z.array(EvidenceSchema),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: EntityIdSchema,
  type: EntityTypeSchema,
  subtype: EntitySubtypeSchema.nullable(),
  /** The fullest form the sources use. */
  name: z.string().min(1),
  /** Every other form used for it (surname, acronym, "U.S."). */
  aliases: z.array(z.string().min(1)),
  roles: z.array(RoleSchema),
  mentions: EvidenceListSchema,
});
export type Entity = z.infer<typeof EntitySchema>;
