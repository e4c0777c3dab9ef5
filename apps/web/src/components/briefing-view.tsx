import type { ComposedBriefing, ComposedItem, ComposedSection, SectionId } from "@briefing/core";
import Link from "next/link";
import { type Actor, centralActors } from "@/lib/actor-filter";
import { CENTRAL_ACTOR_CHIPS, MAX_ACTOR_CHIPS, SECTION_PAGE, type SectionWindow } from "@/lib/page-limits";
import { EvidenceLink } from "./evidence-link";
import { FigureItem } from "./figure-item";
import { ItemLine } from "./item-line";
import { LeadBlock } from "./lead-block";
import { TimelineChart } from "./timeline-chart";

const ENTITY_GROUP_TITLE: Record<string, string> = { person: "People", organization: "Organizations", place: "Places" };

/** Items grouped by `group`, in order of first appearance. */
function groupItems(items: ComposedItem[]): [string, ComposedItem[]][] {
  const groups = new Map<string, ComposedItem[]>();
  for (const item of items) {
    const key = item.group ?? "";
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

export interface BriefingViewProps {
  doc: ComposedBriefing;
  actors: Actor[];
  /** The actor the page is filtered to, if any. */
  actor: Actor | null;
  /** How much of each section `doc` holds (pages show a bounded number of lines); everything when absent. */
  windows?: Partial<Record<SectionId, SectionWindow>>;
  /** Set when the page shows one section on its own, a page at a time. */
  only?: SectionId;
}

const count = (n: number) => n.toLocaleString("en-US");

/** Below a section cut short: where the rest is, and (when one section is shown alone) the pages. */
function SectionMore({
  base,
  id,
  title,
  window,
  only,
}: {
  base: string;
  id: SectionId;
  title: string;
  window: SectionWindow | undefined;
  only: boolean;
}) {
  if (!window || window.shown >= window.total) return null;
  if (!only) {
    return (
      <p className="section-more">
        Showing the first {count(window.shown)} of {count(window.total)} lines.{" "}
        <Link href={`${base}?section=${id}`} prefetch={false}>
          See all of {title.toLowerCase()}
        </Link>
      </p>
    );
  }
  const page = Math.floor(window.from / SECTION_PAGE) + 1;
  const pages = Math.ceil(window.total / SECTION_PAGE);
  return (
    <nav className="pager" aria-label={`Pages of ${title}`}>
      {page > 1 ? (
        <Link href={`${base}?section=${id}&page=${page - 1}`} prefetch={false} rel="prev">
          ← Lines {count(window.from - SECTION_PAGE + 1)}–{count(window.from)}
        </Link>
      ) : (
        <span />
      )}
      <span>
        Lines {count(window.from + 1)}–{count(window.from + window.shown)} of {count(window.total)} (page {page} of {pages})
      </span>
      {page < pages ? (
        <Link href={`${base}?section=${id}&page=${page + 1}`} prefetch={false} rel="next">
          Lines {count(window.from + window.shown + 1)}– →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The composed briefing, section by section, exactly as core composed it. */
export function BriefingView({ doc, actors, actor, windows = {}, only }: BriefingViewProps) {
  const sections = doc.sections.filter((s) => s.items.length > 0);
  const base = `/b/${doc.id}`;
  const listed = centralActors(
    actors.filter((a) => a.type !== "place" || a.lines > 0),
    doc.lead,
  );
  // The chosen actor keeps its chip even when it falls beyond the cap.
  const chips = listed.slice(0, MAX_ACTOR_CHIPS);
  if (actor && !chips.some((a) => a.id === actor.id)) chips.push(actor);
  const hiddenChips = listed.length - Math.min(listed.length, MAX_ACTOR_CHIPS);
  // The most central first; the rest behind a toggle that needs no JavaScript (<details>).
  const shown = chips.slice(0, CENTRAL_ACTOR_CHIPS);
  const folded = chips.slice(CENTRAL_ACTOR_CHIPS);
  const chip = (a: Actor) => (
    <li key={a.id}>
      <Link
        className={`chip chip-${a.type}`}
        href={actor?.id === a.id ? base : `${base}?actor=${a.id}`}
        aria-current={actor?.id === a.id ? "true" : undefined}
        prefetch={false}
      >
        {a.name}
      </Link>
    </li>
  );
  return (
    <article className="briefing" aria-labelledby="briefing-title">
      <header className="briefing-header">
        <p className="kicker">Briefing</p>
        <h1 id="briefing-title">{doc.title}</h1>
        {doc.byline ? <p className="byline">{doc.byline}</p> : null}
        {doc.warnings.length > 0 ? (
          <ul className="warnings" aria-label="Warnings from the extractor">
            {doc.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
        <p className="exports">
          Download as{" "}
          <a href={`/api/briefings/${doc.id}?format=md`} download={`${doc.id}.md`}>
            Markdown
          </a>
          , <a href={`/api/briefings/${doc.id}?format=json`}>JSON</a> or <a href={`/api/briefings/${doc.id}?format=jsonld`}>JSON-LD</a> ·{" "}
          <Link href={`/b/${doc.id}/delete`} prefetch={false}>
            Delete
          </Link>
        </p>
      </header>

      {doc.lead ? <LeadBlock lead={doc.lead} briefingId={doc.id} /> : null}

      {actors.length > 0 ? (
        <nav className="actors" aria-label="Filter by actor">
          <h2 className="actors-title">Show only lines about</h2>
          <ul className="chips">{shown.map(chip)}</ul>
          {folded.length > 0 ? (
            <details className="chips-fold" open={Boolean(actor && folded.some((a) => a.id === actor.id))}>
              <summary>
                {count(folded.length)} more {folded.length === 1 ? "actor" : "actors"}
              </summary>
              <ul className="chips">
                {folded.map(chip)}
                {hiddenChips > 0 ? <li className="chips-more">and {count(hiddenChips)} more in Who’s who</li> : null}
              </ul>
            </details>
          ) : null}
          {actor ? (
            <p className="filter-note" role="status">
              Showing only the lines about <strong>{actor.name}</strong>.{" "}
              <Link href={base} prefetch={false}>
                Show the whole briefing
              </Link>
            </p>
          ) : null}
        </nav>
      ) : null}

      {only ? (
        <p className="filter-note" role="status">
          Showing one section on its own.{" "}
          <Link href={base} prefetch={false}>
            Show the whole briefing
          </Link>
        </p>
      ) : null}

      <nav className="toc" aria-label="Sections">
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      {sections.map((s) => (
        <section key={s.id} id={s.id} className={`section section-${s.id}`} aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>{s.title}</h2>
          <SectionBody section={s} briefingId={doc.id} />
          <SectionMore base={base} id={s.id} title={s.title} window={windows[s.id]} only={only === s.id} />
        </section>
      ))}
      {sections.length <= 1 && actor ? <p className="empty">No line of this briefing is about {actor.name}.</p> : null}
    </article>
  );
}

function SectionBody({ section, briefingId }: { section: ComposedSection; briefingId: string }) {
  switch (section.id) {
    case "whos-who":
      return (
        <div className="entity-groups">
          {groupItems(section.items).map(([group, items]) => (
            <div key={group} className="entity-group">
              <h3>{ENTITY_GROUP_TITLE[group] ?? group}</h3>
              <ul className="items">
                {items.map((item) => (
                  <ItemLine key={item.id} briefingId={briefingId} item={item} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      );
    case "who-said-what":
      return (
        <div className="speakers">
          {groupItems(section.items).map(([speaker, items]) => (
            <div key={speaker} className="speaker">
              <h3>{speaker}</h3>
              <ul className="quotes">
                {items.map((item) => (
                  <li key={item.id} id={item.id} className="quote">
                    <span className="visually-hidden">{item.emphasis} — </span>
                    <span className="item-text quote-text">{item.text}</span>
                    {item.meta ? <span className="item-meta"> ({item.meta})</span> : null}{" "}
                    <EvidenceLink briefingId={briefingId} item={item} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      );
    case "key-figures":
      return (
        <ul className="figures">
          {section.items.map((item) => (
            <FigureItem key={item.id} item={item} briefingId={briefingId} anchor />
          ))}
        </ul>
      );
    case "timeline": {
      const dated = section.items.filter((i) => i.when);
      const undated = section.items.filter((i) => !i.when);
      return (
        <>
          <TimelineChart items={dated} />
          {dated.length > 0 ? (
            <ol className="items timeline-list">
              {dated.map((item) => (
                <ItemLine key={item.id} briefingId={briefingId} item={item} />
              ))}
            </ol>
          ) : null}
          {undated.length > 0 ? (
            <>
              <h3>Not placed on the timeline</h3>
              <ul className="items">
                {undated.map((item) => (
                  <ItemLine key={item.id} briefingId={briefingId} item={item} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      );
    }
    case "sources":
      return (
        <ul className="items sources">
          {section.items.map((item) => (
            <li key={item.id} id={item.id} className="item">
              <strong className="item-emphasis">{item.emphasis}</strong> — <span className="item-text">{item.text}</span>
              {item.meta ? <span className="item-meta"> ({item.meta})</span> : null}{" "}
              <Link className="evidence-link" href={`/b/${briefingId}/source/${item.id}`} prefetch={false}>
                read the article
              </Link>
            </li>
          ))}
        </ul>
      );
    default:
      return (
        <ul className="items">
          {section.items.map((item) => (
            <ItemLine key={item.id} briefingId={briefingId} item={item} />
          ))}
        </ul>
      );
  }
}
