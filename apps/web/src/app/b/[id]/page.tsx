import { toJsonLd } from "@briefing/core";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { BriefingView } from "@/components/briefing-view";
import { actorsOf, filterByActor } from "@/lib/actor-filter";
import { firstParam, isItemId } from "@/lib/ids";
import { jsonForScript } from "@/lib/json-ld-script";
import { loadBriefing } from "@/lib/load-briefing";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadBriefing((await params).id);
  return { title: loaded ? loaded.doc.title : "Briefing not found" };
}

/** A briefing: its composed sections, filterable to one actor, with its JSON-LD embedded. */
export default async function BriefingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const loaded = await loadBriefing(id);
  if (!loaded) notFound();
  const actorParam = firstParam((await searchParams).actor);
  const actors = actorsOf(loaded.doc);
  const actor = isItemId(actorParam) ? (actors.find((a) => a.id === actorParam) ?? null) : null;
  const doc = actor ? filterByActor(loaded.doc, actor.id) : loaded.doc;
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className="page page-briefing">
      <script
        type="application/ld+json"
        nonce={nonce}
        // The JSON is escaped for a script element (no `<`), and it is data: browsers never run it.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON-LD, not source markup
        dangerouslySetInnerHTML={{ __html: jsonForScript(toJsonLd(loaded.briefing)) }}
      />
      <BriefingView doc={doc} actors={actors} actor={actor} />
    </div>
  );
}
