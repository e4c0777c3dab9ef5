import type { BriefingSummary, SearchHit } from "@briefing/store";
import Link from "next/link";
import { BriefingCard } from "@/components/briefing-card";
import { Snippet } from "@/components/snippet";
import { firstParam } from "@/lib/ids";
import { ListQuerySchema } from "@/lib/list-query";
import { getStore } from "@/lib/store";

const PAGE_SIZE = 20;

const FIELD_LABEL: Record<SearchHit["field"], string> = {
  title: "in the headline",
  text: "in the article",
  entity: "a name in the briefing",
  quote: "in a quote",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props) {
  const q = firstParam((await searchParams).q)?.trim();
  return { title: q ? `Search: ${q.slice(0, 80)}` : "Briefings" };
}

/** Home: the newest briefings, or search results with the matching words marked. */
export default async function Home({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = ListQuerySchema.safeParse({ q: firstParam(raw.q), page: firstParam(raw.page) });
  const query = parsed.success ? parsed.data : { q: undefined, page: 1 };
  const store = await getStore();
  const offset = (query.page - 1) * PAGE_SIZE;
  const deleted = firstParam(raw.deleted);

  return (
    <div className="page">
      <h1 className="page-title">{query.q ? "Search" : "Briefings"}</h1>
      {deleted === "1" || deleted === "0" ? (
        <p className="notice" role="status">
          {deleted === "1" ? "The briefing was deleted." : "Nothing was deleted: that briefing was no longer in the store."}
        </p>
      ) : null}
      <search className="search">
        <form action="/" method="get">
          <label htmlFor="q">Search headlines, articles, names and quotes</label>
          <div className="search-row">
            <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={200} autoComplete="off" />
            <button type="submit">Search</button>
          </div>
          {parsed.success ? null : (
            <p className="field-error" role="alert">
              {parsed.error.issues[0]?.message}
            </p>
          )}
        </form>
      </search>
      {query.q ? (
        <Results hits={await store.search(query.q, { limit: PAGE_SIZE, offset })} q={query.q} page={query.page} />
      ) : (
        <Latest list={await store.listBriefings({ limit: PAGE_SIZE + 1, offset })} page={query.page} />
      )}
    </div>
  );
}

function Latest({ list, page }: { list: BriefingSummary[]; page: number }) {
  if (list.length === 0 && page === 1) {
    return (
      <section className="empty" aria-labelledby="empty-title">
        <h2 id="empty-title">No briefings yet</h2>
        <p>
          <Link href="/ingest" prefetch={false}>
            Add an article
          </Link>{" "}
          by pasting its text or uploading a .txt or .html file, or run <code>briefing ingest article.txt</code> in a terminal.
        </p>
      </section>
    );
  }
  return (
    <section aria-label="Newest briefings first">
      <ol className="card-list">
        {list.slice(0, PAGE_SIZE).map((s) => (
          <li key={s.id}>
            <BriefingCard summary={s} />
          </li>
        ))}
      </ol>
      <Pager page={page} hasNext={list.length > PAGE_SIZE} q={undefined} />
    </section>
  );
}

function Results({ hits, q, page }: { hits: SearchHit[]; q: string; page: number }) {
  if (hits.length === 0) {
    return (
      <section className="empty" aria-labelledby="none-title">
        <h2 id="none-title">Nothing matches “{q}”</h2>
        <p>
          Try fewer or different words, or a name as the article writes it. You can also{" "}
          <Link href="/" prefetch={false}>
            browse every briefing
          </Link>{" "}
          or{" "}
          <Link href="/ingest" prefetch={false}>
            add the article
          </Link>{" "}
          you are looking for.
        </p>
      </section>
    );
  }
  return (
    <section aria-label={`Results for ${q}`}>
      <p className="result-count" role="status">
        {page > 1
          ? `Page ${page} of results`
          : hits.length === PAGE_SIZE
            ? `${PAGE_SIZE}+ results`
            : `${hits.length} result${hits.length === 1 ? "" : "s"}`}{" "}
        for “{q}”
      </p>
      <ol className="card-list">
        {hits.map((hit) => (
          <li key={`${hit.briefing.id}-${hit.field}`}>
            <BriefingCard summary={hit.briefing}>
              <div className="hit">
                <span className="hit-field">Match {FIELD_LABEL[hit.field]}</span>
                <Snippet parts={hit.snippet} />
              </div>
            </BriefingCard>
          </li>
        ))}
      </ol>
      <Pager page={page} hasNext={hits.length === PAGE_SIZE} q={q} />
    </section>
  );
}

function Pager({ page, hasNext, q }: { page: number; hasNext: boolean; q: string | undefined }) {
  if (page === 1 && !hasNext) return null;
  const href = (p: number) => `/?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 ? (
        <Link href={href(page - 1)} prefetch={false} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      {hasNext ? (
        <Link href={href(page + 1)} prefetch={false} rel="next">
          Older →
        </Link>
      ) : null}
    </nav>
  );
}
