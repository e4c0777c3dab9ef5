// What the scorer compares, read off a Briefing: names instead of ids, only the fields FORMAT.md scores.
import type { Briefing, Entity, EntityType, FigureUnit } from "@briefing/core";

/** An entity as the scorer sees it: its type and every form of its name. */
export interface PredictedEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  /** Role titles as written. */
  roles: string[];
}

/** Who a quote or figure is credited to: the entity's type and names. */
export interface PredictedCredit {
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface PredictedQuote {
  text: string;
  speaker: PredictedCredit | null;
}

export interface PredictedFigure {
  /** The words it was read from, for the report. */
  text: string;
  value: number;
  unit: FigureUnit;
  source: PredictedCredit | null;
}

export interface PredictedDate {
  /** The words it was read from, for the report. */
  text: string;
  value: string;
}

export interface PredictedEvent {
  /** The event's summary, for the report. */
  what: string;
  participants: PredictedCredit[];
  /** The resolved value of the event's time; null when it has none or it is unresolved. */
  date: string | null;
}

/** Everything of one briefing that the scoring rules look at, in briefing order. */
export interface Predictions {
  entities: PredictedEntity[];
  quotes: PredictedQuote[];
  figures: PredictedFigure[];
  dates: PredictedDate[];
  /** Most important first, as the briefing orders them: the first is its lead. */
  events: PredictedEvent[];
}

/** Maps a briefing to what the scorer compares: direct quotes only, resolved time values only. */
export function predictionsFromBriefing(briefing: Briefing): Predictions {
  const byId = new Map(briefing.entities.map((e) => [e.id, e]));
  const credit = (id: string | null): PredictedCredit | null => {
    const entity: Entity | undefined = id === null ? undefined : byId.get(id);
    return entity ? { type: entity.type, name: entity.name, aliases: [...entity.aliases] } : null;
  };
  const timeValues = new Map(briefing.times.map((t) => [t.id, t.value]));
  return {
    entities: briefing.entities.map((e) => ({ type: e.type, name: e.name, aliases: [...e.aliases], roles: e.roles.map((r) => r.title) })),
    quotes: briefing.statements.filter((s) => s.kind === "direct").map((s) => ({ text: s.text, speaker: credit(s.speakerId) })),
    figures: briefing.figures.map((f) => ({
      text: f.evidence[0]?.text ?? String(f.value),
      value: f.value,
      unit: f.unit,
      source: credit(f.attribution.kind === "entity" ? f.attribution.entityId : null),
    })),
    dates: briefing.times.flatMap((t) => (t.value === null ? [] : [{ text: t.text, value: t.value }])),
    events: briefing.events.map((e) => ({
      what: e.summary,
      participants: e.participants.map((p) => credit(p.entityId)).filter((c): c is PredictedCredit => c !== null),
      date: (e.timeId === null ? undefined : timeValues.get(e.timeId)) ?? null,
    })),
  };
}
