import type { z } from "zod";
import { type Briefing, BriefingShapeSchema } from "./schema/briefing.js";
import type { Evidence } from "./schema/evidence.js";

type Path = (string | number)[];

/** Every evidence list of a briefing, with its path, so one check covers them all. */
function* evidenceLists(b: Briefing): Generator<[Path, Evidence[]]> {
  for (const [i, s] of b.sources.entries()) {
    if (s.publishedInferredFrom) yield [["sources", i, "publishedInferredFrom"], [s.publishedInferredFrom]];
    if (s.dateline) yield [["sources", i, "dateline", "evidence"], [s.dateline.evidence]];
  }
  for (const [i, e] of b.entities.entries()) {
    yield [["entities", i, "mentions"], e.mentions];
    for (const [j, r] of e.roles.entries()) yield [["entities", i, "roles", j, "evidence"], r.evidence];
  }
  for (const [i, e] of b.events.entries()) yield [["events", i, "evidence"], e.evidence];
  for (const [i, s] of b.statements.entries()) {
    yield [["statements", i, "evidence"], s.evidence];
    yield [["statements", i, "attribution"], s.attribution];
  }
  for (const [i, f] of b.figures.entries()) {
    yield [["figures", i, "evidence"], f.evidence];
    if (f.attribution.kind === "entity") yield [["figures", i, "attribution", "evidence"], f.attribution.evidence];
  }
  for (const [i, t] of b.times.entries()) yield [["times", i, "evidence"], t.evidence];
  for (const [i, t] of b.topics.entries()) yield [["topics", i, "evidence"], t.evidence];
  for (const [i, k] of b.keyPoints.entries()) yield [["keyPoints", i, "evidence"], k.evidence];
}

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

function checkInvariants(b: Briefing, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });

  // Ids are unique across the whole briefing: a reference must never be ambiguous.
  const seen = new Map<string, string>();
  const collections = ["sources", "entities", "events", "statements", "figures", "times", "topics", "keyPoints"] as const;
  for (const name of collections) {
    for (const [i, item] of (b[name] as { id: string }[]).entries()) {
      const first = seen.get(item.id);
      if (first) issue([name, i, "id"], `duplicate id ${item.id}: already used at ${first}`);
      else seen.set(item.id, `${name}[${i}]`);
    }
  }

  const sources = new Map(b.sources.map((s) => [s.id, s]));
  for (const [path, list] of evidenceLists(b)) {
    for (const [k, ev] of list.entries()) {
      const at = [...path, k];
      const source = sources.get(ev.sourceId);
      if (!source) {
        issue([...at, "sourceId"], `evidence cites source ${ev.sourceId}, which is not among the briefing's sources`);
      } else if (ev.end > source.text.length) {
        issue([...at, "end"], `span [${ev.start}, ${ev.end}) runs past the end of source ${ev.sourceId} (length ${source.text.length})`);
      } else {
        const actual = source.text.slice(ev.start, ev.end);
        if (actual !== ev.text) {
          issue(
            [...at, "text"],
            `evidence text ${quote(ev.text)} does not match the source at [${ev.start}, ${ev.end}), which reads ${quote(actual)}`,
          );
        }
      }
    }
  }

  const entities = new Set(b.entities.map((e) => e.id));
  const times = new Set(b.times.map((t) => t.id));
  const mustBeEntity = (path: Path, id: string | null, what: string) => {
    if (id !== null && !entities.has(id)) issue(path, `${what} ${id} is not an entity of this briefing`);
  };
  const mustBeTime = (path: Path, id: string | null, what: string) => {
    if (id !== null && !times.has(id)) issue(path, `${what} ${id} is not a time expression of this briefing`);
  };

  for (const [i, e] of b.entities.entries()) {
    for (const [j, r] of e.roles.entries()) mustBeEntity(["entities", i, "roles", j, "of"], r.of, "role holder organization");
  }
  for (const [i, e] of b.events.entries()) {
    for (const [j, p] of e.participants.entries()) mustBeEntity(["events", i, "participants", j, "entityId"], p.entityId, "participant");
    mustBeEntity(["events", i, "placeId"], e.placeId, "place");
    mustBeTime(["events", i, "timeId"], e.timeId, "time");
  }
  for (const [i, s] of b.statements.entries()) mustBeEntity(["statements", i, "speakerId"], s.speakerId, "speaker");
  for (const [i, f] of b.figures.entries()) {
    if (f.attribution.kind === "entity")
      mustBeEntity(["figures", i, "attribution", "entityId"], f.attribution.entityId, "attributed source");
    mustBeTime(["figures", i, "periodId"], f.periodId, "period");
  }
  for (const [i, t] of b.times.entries()) {
    if (t.anchor.kind === "time") {
      mustBeTime(["times", i, "anchor", "timeId"], t.anchor.timeId, "anchor");
      if (t.anchor.timeId === t.id) issue(["times", i, "anchor", "timeId"], "a time expression cannot be anchored to itself");
    }
  }
}

/** The Briefing schema with every invariant: spans match their source, references resolve, ids are unique. */
export const BriefingSchema = BriefingShapeSchema.superRefine(checkInvariants);

/** Thrown by `parseBriefing`; `issues` lists every problem with its path. */
export class BriefingValidationError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(error: z.ZodError) {
    const issues = error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    super(`invalid briefing:\n${issues.map((i) => `  - at ${i.path}: ${i.message}`).join("\n")}`);
    this.name = "BriefingValidationError";
    this.issues = issues;
  }
}

/** `entities[3].mentions[0].text`, the way a developer would write it. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/** Validates unknown data as a Briefing, with all invariants; throws BriefingValidationError. */
export function parseBriefing(data: unknown): Briefing {
  const result = BriefingSchema.safeParse(data);
  if (!result.success) throw new BriefingValidationError(result.error);
  return result.data;
}

/** Like `parseBriefing`, but returns the outcome instead of throwing. */
export function safeParseBriefing(data: unknown): { success: true; data: Briefing } | { success: false; error: BriefingValidationError } {
  const result = BriefingSchema.safeParse(data);
  return result.success ? { success: true, data: result.data } : { success: false, error: new BriefingValidationError(result.error) };
}
