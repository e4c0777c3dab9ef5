import type { ComposedBriefing, ComposedItem } from "@briefing/core";

// "Show only lines about X": a server-side filter over the composed document, so entity chips are
// plain links that work without JavaScript and can be shared.

/** An actor a reader can filter by: a person or organization of the briefing. */
export interface Actor {
  id: string;
  name: string;
  type: string;
  /** Lines of the briefing that are about this actor. */
  lines: number;
}

/** People and organizations first, then places, each with how many lines mention them. */
export function actorsOf(doc: ComposedBriefing): Actor[] {
  const entities = doc.sections.find((s) => s.id === "whos-who")?.items ?? [];
  const counts = new Map<string, number>();
  for (const section of doc.sections) {
    if (section.id === "whos-who") continue;
    for (const item of section.items) for (const id of new Set(item.entityIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return entities.map((e) => ({ id: e.id, name: e.emphasis ?? e.text, type: e.group ?? "entity", lines: counts.get(e.id) ?? 0 }));
}

const about = (actorId: string) => (item: ComposedItem) => item.entityIds.includes(actorId);

/** The document with only the lines about `actorId` (sources are always kept: they ground everything). */
export function filterByActor(doc: ComposedBriefing, actorId: string): ComposedBriefing {
  return {
    ...doc,
    sections: doc.sections.map((s) => (s.id === "sources" ? s : { ...s, items: s.items.filter(about(actorId)) })),
  };
}

/**
 * The actors a reader most likely wants first: the lead event's own, in its order, then the rest by
 * how many lines are about them (ties keep their Who's who order).
 */
export function centralActors(actors: Actor[], lead: ComposedBriefing["lead"]): Actor[] {
  const leadIds = lead?.event.entityIds ?? [];
  const rank = (a: Actor) => {
    const at = leadIds.indexOf(a.id);
    return at >= 0 ? at : leadIds.length;
  };
  return actors
    .map((a, index) => ({ a, index }))
    .sort((x, y) => rank(x.a) - rank(y.a) || y.a.lines - x.a.lines || x.index - y.index)
    .map(({ a }) => a);
}
