import { z } from "zod";
import { BriefingShapeSchema } from "./schema/briefing.js";

/** JSON Schema (draft 2020-12) of a Briefing, for tools outside TypeScript. Invariants across fields are not expressible there. */
export function briefingJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://briefing.dev/schema/briefing.schema.json",
    title: "Briefing",
    description: "A typed, source-grounded event model of one or more news articles.",
    ...z.toJSONSchema(BriefingShapeSchema, { target: "draft-2020-12", io: "input" }),
  };
}
