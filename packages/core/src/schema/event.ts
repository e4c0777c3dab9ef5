import { z } from "zod";
import { EvidenceListSchema } from "./evidence.js";
import { EntityIdSchema, EventIdSchema, TimeIdSchema } from "./ids.js";

export const EventTypeSchema = z.enum([
  "communication",
  "meeting",
  "agreement",
  "statement",
  "policy-measure",
  "attack",
  "publication",
  "change-of-power",
  "legal-action",
  "movement",
  "economic",
  "disaster",
  "other",
]);
export type EventType = z.infer<typeof EventTypeSchema>;

/** "denied": the text reports that it did not happen ("the ministry denied it had sanctioned the firm"). */
export const EventStatusSchema = z.enum(["happened", "announced", "scheduled", "reported", "denied"]);
export type EventStatus = z.infer<typeof EventStatusSchema>;

export const ParticipantRoleSchema = z.enum(["agent", "patient", "recipient", "counterpart", "location", "participant"]);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

export const ParticipantSchema = z.object({ entityId: EntityIdSchema, role: ParticipantRoleSchema });
export type Participant = z.infer<typeof ParticipantSchema>;

export const EventSchema = z.object({
  id: EventIdSchema,
  type: EventTypeSchema,
  /** A short description of what happened, in the source's words where possible. */
  summary: z.string().min(1),
  participants: z.array(ParticipantSchema),
  timeId: TimeIdSchema.nullable(),
  /**
   * Where `timeId` comes from, for a deed told in the past tense without a date of its own: the date
   * of a deed told just before it ("previous"), or the story's day stated in the lede ("story").
   * Absent (or "sentence") when the event's own sentence dates it.
   */
  timeFrom: z.enum(["sentence", "previous", "story"]).optional(),
  placeId: EntityIdSchema.nullable(),
  status: EventStatusSchema,
  evidence: EvidenceListSchema,
});
export type Event = z.infer<typeof EventSchema>;
