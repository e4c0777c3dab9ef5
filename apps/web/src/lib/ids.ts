import { BriefingIdSchema, SourceIdSchema } from "@briefing/core";

// Ids in URLs are checked against core's id patterns before any store call, so a crafted path
// never reaches a query and a typo gets a plain "not found".

const ITEM_ID = /^(kpt|evt|ent|stm|fig|tim|src)_[a-z0-9]{6,64}$/;

/** True when `id` has the shape of a briefing id. */
export function isBriefingId(id: unknown): id is string {
  return BriefingIdSchema.safeParse(id).success;
}

/** True when `id` has the shape of a source id. */
export function isSourceId(id: unknown): id is string {
  return SourceIdSchema.safeParse(id).success;
}

/** True when `id` has the shape of a composed item's id (key point, event, entity, …). */
export function isItemId(id: unknown): id is string {
  return typeof id === "string" && ITEM_ID.test(id);
}

/** The one value of a search parameter, or undefined when absent or repeated oddly. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
