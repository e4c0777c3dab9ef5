import { formatFigure } from "./format.js";
import type { Briefing } from "./schema/briefing.js";
import type { Entity } from "./schema/entity.js";

type JsonLd = { [key: string]: unknown };

const urn = (id: string) => `urn:briefing:${id}`;
const ENTITY_TYPE = { person: "Person", organization: "Organization", place: "Place" } as const;

function entityNode(e: Entity): JsonLd {
  return {
    "@id": urn(e.id),
    "@type": ENTITY_TYPE[e.type],
    name: e.name,
    ...(e.aliases.length > 0 ? { alternateName: e.aliases } : {}),
    ...(e.type === "person" && e.roles.length > 0 ? { jobTitle: [...new Set(e.roles.map((r) => r.title))] } : {}),
  };
}

/** The briefing as schema.org JSON-LD: articles, people, organizations, places, quotations, claims, events. */
export function toJsonLd(briefing: Briefing): JsonLd {
  const times = new Map(briefing.times.map((t) => [t.id, t]));
  const ref = (id: string) => ({ "@id": urn(id) });
  const graph: JsonLd[] = [
    ...briefing.sources.map((s) => ({
      "@id": urn(s.id),
      "@type": "NewsArticle",
      ...(s.title ? { headline: s.title } : {}),
      ...(s.url ? { url: s.url } : {}),
      ...(s.published ? { datePublished: s.published } : {}),
      ...(s.publisher ? { publisher: { "@type": "Organization", name: s.publisher } } : {}),
      inLanguage: s.language,
      sha256: s.contentHash,
    })),
    ...briefing.entities.map(entityNode),
    ...briefing.statements.map((s) => ({
      "@id": urn(s.id),
      "@type": "Quotation",
      text: s.text,
      ...(s.speakerId ? { creator: ref(s.speakerId) } : {}),
      isBasedOn: ref(s.evidence[0]?.sourceId ?? ""),
    })),
    ...briefing.figures.map((f) => ({
      "@id": urn(f.id),
      "@type": "Claim",
      name: formatFigure(f),
      ...(f.measure ? { description: f.measure } : {}),
      about: { "@type": "QuantitativeValue", value: f.value, unitText: f.unit },
      ...(f.attribution.kind === "entity" ? { author: ref(f.attribution.entityId) } : {}),
      appearance: ref(f.evidence[0]?.sourceId ?? ""),
    })),
    ...briefing.events.map((e) => {
      const time = e.timeId ? times.get(e.timeId) : undefined;
      return {
        "@id": urn(e.id),
        "@type": "Event",
        name: e.summary,
        additionalType: e.type,
        ...(time?.value ? { startDate: time.value } : {}),
        ...(e.placeId ? { location: ref(e.placeId) } : {}),
        ...(e.participants.length > 0 ? { actor: e.participants.map((p) => ref(p.entityId)) } : {}),
      };
    }),
  ];
  const report: JsonLd = {
    "@id": urn(briefing.id),
    "@type": "Report",
    name: briefing.title,
    isBasedOn: briefing.sources.map((s) => ref(s.id)),
    abstract: briefing.keyPoints.map((k) => k.text).join(" "),
    about: briefing.entities.map((e) => ref(e.id)),
  };
  return { "@context": "https://schema.org", "@graph": [report, ...graph] };
}
