import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { firstParam } from "@/lib/ids";
import { loadBriefing } from "@/lib/load-briefing";
import { tokenRequired } from "@/lib/write-access";
import { deleteAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Delete a briefing" };

const ERRORS: Record<string, string> = {
  token: "The access token is not right.",
  disabled:
    "Changes are not accepted here: the server is read-only, or listens beyond localhost without BRIEFING_TOKEN, or was opened under a name other than localhost.",
};

/** Asks before deleting: a plain form, so it works without JavaScript and cannot fire by accident. */
export default async function DeletePage({ params, searchParams }: Props) {
  const loaded = await loadBriefing((await params).id);
  if (!loaded) notFound();
  const error = ERRORS[firstParam((await searchParams).error) ?? ""];
  const needsToken = tokenRequired((await headers()).get("host"));
  return (
    <div className="page page-narrow">
      <h1 className="page-title">Delete this briefing?</h1>
      <p className="lede">“{loaded.doc.title}” and its article will be removed from this store. Articles other briefings use are kept.</p>
      <form action={deleteAction} className="delete-form">
        <input type="hidden" name="id" value={loaded.doc.id} />
        {needsToken || error ? (
          <div className="field">
            {needsToken ? (
              <>
                <label htmlFor="token">Access token</label>
                <input
                  id="token"
                  name="token"
                  type="password"
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? "token-error" : undefined}
                />
              </>
            ) : null}
            {error ? (
              <p id="token-error" className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        ) : null}
        <p className="actions">
          <button type="submit" className="danger">
            Delete the briefing
          </button>{" "}
          <Link href={`/b/${loaded.doc.id}`} prefetch={false}>
            Keep it
          </Link>
        </p>
      </form>
    </div>
  );
}
