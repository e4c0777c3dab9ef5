import { type SectionId, toJsonLd } from "@briefing/core";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { BriefingView } from "@/components/briefing-view";
import { actorsOf, filterByActor } from "@/lib/actor-filter";
import { firstParam, isItemId } from "@/lib/ids";
import { jsonForScript } from "@/lib/json-ld-script";
import { loadBriefing } from "@/lib/load-briefing";
import { capBriefing, clip, MAX_EMBEDDED_JSON_LD, MAX_HEADING_CHARS } from "@/lib/page-limits";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadBriefing((await params).id);
  return { title: loaded ? clip(loaded.doc.title, 120) : "Briefing not found" };
}

/** A briefing: its composed sections, filterable to one actor, with its JSON-LD embedded. */
export default async function BriefingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const loaded = await loadBriefing(id);
  if (!loaded) notFound();
  const query = await searchParams;
  const actorParam = firstParam(query.actor);
  const actors = actorsOf(loaded.doc).map((a) => ({ ...a, name: clip(a.name, MAX_HEADING_CHARS) }));
  const actor = isItemId(actorParam) ? (actors.find((a) => a.id === actorParam) ?? null) : null;
  const filtered = actor ? filterByActor(loaded.doc, actor.id) : loaded.doc;
  // ?section= shows one section alone, a page at a time; otherwise every section's first lines.
  const sectionParam = firstParam(query.section);
  const section = filtered.sections.find((s) => s.id === sectionParam)?.id as SectionId | undefined;
  const pageParam = firstParam(query.page);
  const page = pageParam && /^\d{1,6}$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
  const { doc, windows } = capBriefing(filtered, section ? { section, page } : undefined);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // A huge briefing's JSON-LD would dwarf the page; it stays one link away (the JSON-LD export).
  const jsonLd = jsonForScript(toJsonLd(loaded.briefing));
  return (
    <div className="page page-briefing">
      {jsonLd.length <= MAX_EMBEDDED_JSON_LD ? (
        <script
          type="application/ld+json"
          nonce={nonce}
          // The JSON is escaped for a script element (no `<`), and it is data: browsers never run it.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON-LD, not source markup
          dangerouslySetInnerHTML={{ __html: jsonLd }}
        />
      ) : null}
      <BriefingView doc={doc} actors={actors} actor={actor} windows={windows} {...(section ? { only: section } : {})} />
    </div>
  );
}
