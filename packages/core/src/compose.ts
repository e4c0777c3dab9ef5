import { formatCount, formatFigure, formatTime, timeSortKey } from "./format.js";
import type { Briefing } from "./schema/briefing.js";
import type { Entity } from "./schema/entity.js";
import type { Evidence } from "./schema/evidence.js";

/** Sections in the order every screen shows them. */
export const SECTION_IDS = ["key-points", "what-happened", "whos-who", "who-said-what", "key-figures", "timeline", "sources"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Record<SectionId, string> = {
  "key-points": "Key points",
  "what-happened": "What happened",
  "whos-who": "Who's who",
  "who-said-what": "Who said what",
  "key-figures": "Key figures",
  timeline: "Timeline",
  sources: "Sources",
};

/** One line of a briefing as any screen shows it. */
export interface ComposedItem {
  /** The id of the model object this line presents. */
  id: string;
  /** The lead words, shown strongly: a name, a figure, a date, a speaker. */
  emphasis: string | null;
  /** The line itself. */
  text: string;
  /** Secondary words: roles, attribution, channel, participants. */
  meta: string | null;
  /** Items sharing a group are shown together (quotes by speaker). */
  group: string | null;
  /** For timeline items: the resolved ISO value and its precision, to place it on a chart. */
  when: { value: string; precision: string } | null;
  /** Entities this line is about, so a screen can filter by actor. */
  entityIds: string[];
  /** Where the line comes from; every item has at least one. */
  evidence: Evidence[];
}

export interface ComposedSection {
  id: SectionId;
  title: string;
  items: ComposedItem[];
}

/** What a briefing opens with: the main news in one sentence, then the figures that matter most. */
export interface ComposedLead {
  /**
   * The main event (the briefing's first): `emphasis` who, `text` its sentence as written, `meta`
   * where and when (and its status when it did not simply happen), `evidence` that sentence.
   */
  event: ComposedItem;
  /** Up to three key figures whose measure is known, each with who vouches for it in `meta`. */
  figures: ComposedItem[];
}

/** The presentation document both front ends render, and nothing else. */
export interface ComposedBriefing {
  id: string;
  title: string;
  /** "Publisher · 7 April 2025", from the sources. */
  byline: string;
  /** Shown first, above every section; null when the briefing has no event. */
  lead: ComposedLead | null;
  sections: ComposedSection[];
  warnings: string[];
}

/** How many key figures the lead shows. */
export const LEAD_FIGURES = 3;
/** How many actors the lead names before "and others". */
const LEAD_ACTORS = 3;

const byPosition = (a: { evidence: Evidence[] }, b: { evidence: Evidence[] }) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0);

const TYPE_ORDER = { person: 0, organization: 1, place: 2 } as const;

function describeEntity(e: Entity, names: Map<string, string>): string {
  const roles = e.roles.map((r) => (r.of ? `${r.title}, ${names.get(r.of) ?? ""}` : r.title));
  if (roles.length > 0) return [...new Set(roles)].join("; ");
  return e.subtype && e.subtype !== "other" ? `${e.type} · ${e.subtype.replace(/-/g, " ")}` : e.type;
}

/** Composes the ordered sections every screen renders from a (valid) briefing. */
export function composeBriefing(briefing: Briefing): ComposedBriefing {
  const names = new Map(briefing.entities.map((e) => [e.id, e.name]));
  const times = new Map(briefing.times.map((t) => [t.id, t]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);

  const keyPoints: ComposedItem[] = briefing.keyPoints.map((k) => ({
    id: k.id,
    emphasis: null,
    text: k.text,
    meta: null,
    group: null,
    when: null,
    entityIds: [],
    evidence: k.evidence,
  }));

  // In story order; the most important one (the briefing's first) is the lead, shown above the sections.
  const events: ComposedItem[] = [...briefing.events].sort(byPosition).map((e) => {
    const time = e.timeId ? times.get(e.timeId) : undefined;
    const who = e.participants.map((p) => names.get(p.entityId)).filter((n): n is string => Boolean(n));
    return {
      id: e.id,
      emphasis: time ? formatTime(time) : null,
      text: e.summary,
      meta: [who.join(", "), e.status === "happened" ? "" : e.status, borrowedDate(e)].filter(Boolean).join(" · ") || null,
      group: e.type,
      when: time?.value ? { value: time.value, precision: time.precision } : null,
      entityIds: e.participants.map((p) => p.entityId),
      evidence: e.evidence,
    };
  });

  const entities: ComposedItem[] = [...briefing.entities]
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || byPosition({ evidence: a.mentions }, { evidence: b.mentions }))
    .map((e) => ({
      id: e.id,
      emphasis: e.name,
      text: describeEntity(e, names),
      meta: e.aliases.length > 0 ? `also ${e.aliases.join(", ")}` : null,
      group: e.type,
      when: null,
      entityIds: [e.id],
      evidence: e.mentions,
    }));

  const statements: ComposedItem[] = [...briefing.statements].sort(byPosition).map((s) => {
    const speaker = nameOf(s.speakerId);
    return {
      id: s.id,
      emphasis: speaker ?? "Unattributed",
      text: s.kind === "direct" ? `“${s.text}”` : s.text,
      meta: [s.kind === "reported" ? "reported" : "", s.channel ? `via ${s.channel}` : ""].filter(Boolean).join(" · ") || null,
      group: speaker ?? "Unattributed",
      when: null,
      entityIds: s.speakerId ? [s.speakerId] : [],
      evidence: s.evidence,
    };
  });

  // A number whose measure is unknown ("7") tells a reader nothing: it is not a key figure.
  const figures: ComposedItem[] = [...briefing.figures]
    .filter((f) => f.measure !== null && f.measure.trim() !== "")
    .sort(byPosition)
    .map((f) => {
      const credited = f.attribution.kind === "entity" ? nameOf(f.attribution.entityId) : null;
      const period = f.periodId ? times.get(f.periodId) : undefined;
      return {
        id: f.id,
        emphasis: formatFigure(f),
        text: [f.measure, period ? `(${formatTime(period)})` : ""].filter(Boolean).join(" "),
        meta: credited ? `according to ${credited}` : "stated by the source",
        group: null,
        when: null,
        entityIds: f.attribution.kind === "entity" ? [f.attribution.entityId] : [],
        evidence: f.evidence,
      };
    });

  // Rows are events with a date; a date mentioned alone shows only when no event happened then.
  const dated = briefing.events.flatMap((e) => {
    const t = e.timeId ? times.get(e.timeId) : undefined;
    return t?.value ? [{ e, t, value: t.value }] : [];
  });
  const eventValues = new Set(dated.map((d) => d.value));
  const eventRows: (ComposedItem & { sortKey: string; at: number })[] = dated.map(({ e, t, value }) => ({
    id: e.id,
    emphasis: formatTime(t),
    text: e.summary,
    meta:
      [
        e.participants
          .map((p) => names.get(p.entityId))
          .filter(Boolean)
          .join(", "),
        borrowedDate(e),
      ]
        .filter(Boolean)
        .join(" · ") || null,
    group: e.type,
    when: { value, precision: t.precision },
    entityIds: e.participants.map((p) => p.entityId),
    evidence: e.evidence,
    sortKey: timeSortKey(value),
    at: e.evidence[0]?.start ?? 0,
  }));
  const mentionRows: (ComposedItem & { sortKey: string; at: number })[] = briefing.times
    .filter((t) => t.precision !== "vague" && !(t.value !== null && eventValues.has(t.value)))
    .map((t) => ({
      id: t.id,
      emphasis: formatTime(t),
      text: `“${t.text}”`,
      meta: t.value ? null : t.anchor.kind === "unresolved" ? `unresolved: ${t.anchor.reason}` : "unresolved",
      group: null,
      when: t.value ? { value: t.value, precision: t.precision } : null,
      entityIds: [],
      evidence: t.evidence,
      sortKey: timeSortKey(t.value),
      at: t.evidence[0]?.start ?? 0,
    }));
  const timeline: ComposedItem[] = [...eventRows, ...mentionRows]
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.at - b.at)
    .map(({ sortKey: _key, at: _at, ...item }) => item);

  const sources: ComposedItem[] = briefing.sources.map((s) => ({
    id: s.id,
    emphasis: s.title ?? s.publisher ?? "Untitled source",
    text:
      [s.publisher, s.published ? formatTime({ value: s.published.slice(0, 10), text: s.published }) : null, s.url]
        .filter(Boolean)
        .join(" · ") || "no publisher, date or address given",
    meta: `${formatCount(s.text.length)} characters`,
    group: null,
    when: null,
    entityIds: [],
    evidence: [
      { sourceId: s.id, start: 0, end: Math.min(s.text.length, firstLineEnd(s.text)), text: s.text.slice(0, firstLineEnd(s.text)) },
    ],
  }));

  const items: Record<SectionId, ComposedItem[]> = {
    "key-points": keyPoints,
    "what-happened": events,
    "whos-who": entities,
    "who-said-what": statements,
    "key-figures": figures,
    timeline,
    sources,
  };

  const first = briefing.sources[0];
  const byline = [
    [...new Set(briefing.sources.map((s) => s.publisher).filter(Boolean))].join(", "),
    first?.published ? formatTime({ value: first.published.slice(0, 10), text: first.published }) : "",
  ]
    .filter(Boolean)
    .join(" · ");

  return {
    id: briefing.id,
    title: briefing.title,
    byline,
    lead: composeLead(briefing, names, times, figures),
    sections: SECTION_IDS.map((id) => ({ id, title: SECTION_TITLES[id], items: items[id] })),
    warnings: briefing.warnings,
  };
}

/** "date of the story": a date the event's own sentence does not give, borrowed as Event.timeFrom says. */
function borrowedDate(e: Briefing["events"][number]): string {
  return e.timeFrom === "story" ? "date of the story" : e.timeFrom === "previous" ? "date of the deed told before it" : "";
}

/** The lead: the first event as who, its sentence, where and when; then the first key figures. */
function composeLead(
  briefing: Briefing,
  names: Map<string, string>,
  times: Map<string, Briefing["times"][number]>,
  keyFigures: ComposedItem[],
): ComposedLead | null {
  const e = briefing.events[0];
  if (!e) return null;
  const actors = e.participants.filter((p) => p.role !== "location").map((p) => names.get(p.entityId));
  const who = [...new Set(actors.filter((n): n is string => Boolean(n)))];
  const time = e.timeId ? times.get(e.timeId) : undefined;
  const place = e.placeId ? names.get(e.placeId) : undefined;
  const sentence = e.evidence[0];
  return {
    event: {
      id: e.id,
      emphasis: who.length > 0 ? `${who.slice(0, LEAD_ACTORS).join(", ")}${who.length > LEAD_ACTORS ? " and others" : ""}` : null,
      text: (sentence?.text ?? e.summary).replace(/\s+/g, " ").trim(),
      meta:
        [place, time ? formatTime(time) : "", e.status === "happened" ? "" : e.status, borrowedDate(e)].filter(Boolean).join(" · ") || null,
      group: e.type,
      when: time?.value ? { value: time.value, precision: time.precision } : null,
      entityIds: e.participants.map((p) => p.entityId),
      evidence: e.evidence,
    },
    figures: keyFigures.slice(0, LEAD_FIGURES),
  };
}

/** The first line of a text, capped, as the evidence that a source exists. */
function firstLineEnd(text: string): number {
  const newline = text.indexOf("\n");
  const end = newline > 0 ? newline : text.length;
  return Math.max(1, Math.min(end, 200));
}
