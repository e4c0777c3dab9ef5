import { z } from "zod";

/** Ids are short, URL-safe and prefixed by kind, so a stray id is recognizable in any log. */
const idPattern = (prefix: string) => new RegExp(`^${prefix}_[a-z0-9]{6,64}$`);

export const SourceIdSchema = z.string().regex(idPattern("src"), "must look like src_<hex>");
export const EntityIdSchema = z.string().regex(idPattern("ent"), "must look like ent_<hex>");
export const EventIdSchema = z.string().regex(idPattern("evt"), "must look like evt_<hex>");
export const StatementIdSchema = z.string().regex(idPattern("stm"), "must look like stm_<hex>");
export const FigureIdSchema = z.string().regex(idPattern("fig"), "must look like fig_<hex>");
export const TimeIdSchema = z.string().regex(idPattern("tim"), "must look like tim_<hex>");
export const TopicIdSchema = z.string().regex(idPattern("top"), "must look like top_<hex>");
export const KeyPointIdSchema = z.string().regex(idPattern("kpt"), "must look like kpt_<hex>");
export const BriefingIdSchema = z.string().regex(idPattern("brf"), "must look like brf_<hex>");

export type SourceId = z.infer<typeof SourceIdSchema>;
export type EntityId = z.infer<typeof EntityIdSchema>;
export type EventId = z.infer<typeof EventIdSchema>;
export type StatementId = z.infer<typeof StatementIdSchema>;
export type FigureId = z.infer<typeof FigureIdSchema>;
export type TimeId = z.infer<typeof TimeIdSchema>;
export type TopicId = z.infer<typeof TopicIdSchema>;
export type KeyPointId = z.infer<typeof KeyPointIdSchema>;
export type BriefingId = z.infer<typeof BriefingIdSchema>;
