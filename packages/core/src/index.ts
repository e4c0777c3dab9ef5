export { type BriefingParts, briefingIdFor, createBriefing } from "./briefing.js";
export {
  type ComposedBriefing,
  type ComposedItem,
  type ComposedLead,
  type ComposedSection,
  composeBriefing,
  LEAD_FIGURES,
  SECTION_IDS,
  SECTION_TITLES,
  type SectionId,
} from "./compose.js";
export { formatFigure, formatTime, timeSortKey } from "./format.js";
export { entityIdFor, normalizeName, sha256Hex, sourceIdFor, stableId } from "./ids.js";
export { toJsonLd } from "./json-ld.js";
export { briefingJsonSchema } from "./json-schema.js";
export { escapeMarkdown, renderMarkdown } from "./render-markdown.js";
export { itemLine, renderText } from "./render-text.js";
export * from "./schema/briefing.js";
export * from "./schema/entity.js";
export * from "./schema/event.js";
export * from "./schema/evidence.js";
export * from "./schema/figure.js";
export * from "./schema/ids.js";
export * from "./schema/source.js";
export * from "./schema/statement.js";
export * from "./schema/time-expression.js";
export * from "./schema/topic.js";
export { createSource, evidenceAt, findAllEvidence, findEvidence, type SourceInput } from "./source.js";
export { BriefingSchema, BriefingValidationError, formatPath, parseBriefing, safeParseBriefing } from "./validate.js";
