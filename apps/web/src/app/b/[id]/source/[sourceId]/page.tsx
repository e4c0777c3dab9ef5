import { itemLine } from "@briefing/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { publishedLabel } from "@/components/briefing-card";
import { KIND_LABEL, SourceText } from "@/components/source-text";
import { highlightsFor } from "@/lib/highlight";
import { firstParam, isItemId, isSourceId } from "@/lib/ids";
import { loadBriefing } from "@/lib/load-briefing";
import { clip, MAX_HEADING_CHARS, MAX_LINE_CHARS, partOf, sourceParts } from "@/lib/page-limits";

type Props = {
  params: Promise<{ id: string; sourceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** An address is linked only when it is http(s); anything else (javascript:, data:) stays text. */
function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadBriefing((await params).id);
  return { title: loaded ? `Source of ${loaded.doc.title}` : "Source not found" };
}

/** The article behind a briefing, every evidence span highlighted by kind, the chosen one in focus. */
export default async function SourcePage({ params, searchParams }: Props) {
  const { id, sourceId } = await params;
  if (!isSourceId(sourceId)) notFound();
  const loaded = await loadBriefing(id);
  const source = loaded?.briefing.sources.find((s) => s.id === sourceId);
  if (!loaded || !source) notFound();

  const query = await searchParams;
  const itemParam = firstParam(query.item);
  const chosenItem = isItemId(itemParam) ? loaded.doc.sections.flatMap((s) => s.items).find((i) => i.id === itemParam) : undefined;
  const chosenSection = chosenItem ? loaded.doc.sections.find((s) => s.items.includes(chosenItem)) : undefined;
  const highlights = highlightsFor(loaded.doc, source.id);
  const counts = new Map<string, number>();
  for (const h of highlights) counts.set(h.section, (counts.get(h.section) ?? 0) + 1);
  const href = safeHref(source.url);
  const date = publishedLabel(source.published);
  // Long articles are shown a part at a time; the chosen line's part by default.
  const parts = sourceParts(source.text);
  const ownEvidence = chosenItem ? chosenItem.evidence.map((e, n) => ({ e, n })).filter(({ e }) => e.sourceId === source.id) : [];
  const partParam = firstParam(query.part);
  const part =
    partParam && /^\d{1,6}$/.test(partParam)
      ? Math.min(parts.length, Math.max(1, Number(partParam)))
      : partOf(parts, ownEvidence[0]?.e.start ?? 0);
  const range = parts[part - 1] ?? { start: 0, end: source.text.length };
  const partHref = (p: number, hash = "") =>
    `/b/${loaded.doc.id}/source/${source.id}?${new URLSearchParams({ ...(chosenItem ? { item: chosenItem.id } : {}), part: String(p) })}${hash}`;
  const pager =
    parts.length > 1 ? (
      <nav className="pager source-pager" aria-label="Parts of the article">
        {part > 1 ? (
          <a href={partHref(part - 1)} rel="prev">
            ← Part {part - 1}
          </a>
        ) : (
          <span />
        )}
        <span>
          Part {part} of {parts.length}
        </span>
        {part < parts.length ? (
          <a href={partHref(part + 1)} rel="next">
            Part {part + 1} →
          </a>
        ) : (
          <span />
        )}
      </nav>
    ) : null;

  return (
    <div className="page page-source">
      <p className="breadcrumb">
        <Link href={`/b/${loaded.doc.id}${chosenItem ? `#${chosenItem.id}` : ""}`} prefetch={false}>
          ← Back to the briefing
        </Link>
      </p>
      <header className="source-header">
        <p className="kicker">Source</p>
        <h1>{clip(source.title ?? loaded.doc.title, MAX_HEADING_CHARS)}</h1>
        <p className="byline">
          {[source.publisher, date].filter(Boolean).join(" · ")}
          {href ? (
            <>
              {source.publisher || date ? " · " : ""}
              <a href={href} rel="noopener noreferrer nofollow" referrerPolicy="no-referrer">
                original article
              </a>
            </>
          ) : source.url ? (
            ` · ${clip(source.url, MAX_HEADING_CHARS)}`
          ) : null}
        </p>
      </header>

      {chosenItem && chosenSection ? (
        <aside className="chosen-note" aria-label="The line you followed">
          <p>
            <span className="kicker">{chosenSection.title}</span>
            {clip(itemLine(chosenItem), MAX_LINE_CHARS)}
          </p>
          <p>
            {ownEvidence.slice(0, 20).map(({ e, n }, i) => {
              const at = partOf(parts, e.start);
              const hash = `#${chosenItem.id}-${n}`;
              return (
                <a key={n} href={at === part ? hash : partHref(at, hash)} className="jump">
                  {i === 0 ? "Jump to the highlighted words" : `occurrence ${i + 1}`}
                </a>
              );
            })}
          </p>
        </aside>
      ) : null}

      <ul className="legend" aria-label="Highlight colours">
        {Object.entries(KIND_LABEL).map(([section, label]) =>
          counts.get(section) ? (
            <li key={section}>
              <span className={`ev ev-${section} in-${section} swatch`}>{label}</span> {counts.get(section)}
            </li>
          ) : null,
        )}
      </ul>
      <p className="hint">Hover over or tab to a highlight to see which line it grounds; follow it to go back to that line.</p>

      {pager}
      <SourceText text={source.text} highlights={highlights} briefingId={loaded.doc.id} chosen={chosenItem?.id ?? null} range={range} />
      {pager}
    </div>
  );
}
