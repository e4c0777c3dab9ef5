import { type Briefing, type ComposedBriefing, composeBriefing } from "@briefing/core";
import { cache } from "react";
import { isBriefingId } from "./ids";
import { getStore } from "./store";

/** The stored briefing and its composed document, or null for a malformed or unknown id (once per request). */
export const loadBriefing = cache(async (id: string): Promise<{ briefing: Briefing; doc: ComposedBriefing } | null> => {
  if (!isBriefingId(id)) return null;
  const briefing = await (await getStore()).getBriefing(id);
  return briefing ? { briefing, doc: composeBriefing(briefing) } : null;
});
