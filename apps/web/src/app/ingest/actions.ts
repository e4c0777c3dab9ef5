"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ingestArticle } from "@/lib/ingest";
import { fieldErrors, IngestFormSchema } from "@/lib/ingest-input";
import { checkWriteAccess } from "@/lib/write-access";
import type { IngestFormState } from "./form-state";

const value = (form: FormData, name: string) => {
  const v = form.get(name);
  return v === null ? undefined : v;
};
const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

/** The ingest form's action: validate, check write access, extract, store, then open the new briefing. */
export async function ingestAction(_previous: IngestFormState, form: FormData): Promise<IngestFormState> {
  const values = {
    text: text(form, "text"),
    title: text(form, "title"),
    url: text(form, "url"),
    publisher: text(form, "publisher"),
    published: text(form, "published"),
  };
  const parsed = IngestFormSchema.safeParse({
    text: value(form, "text"),
    file: value(form, "file"),
    title: value(form, "title"),
    url: value(form, "url"),
    publisher: value(form, "publisher"),
    published: value(form, "published"),
    token: value(form, "token"),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const access = checkWriteAccess(parsed.data.token, (await headers()).get("host"));
  if (!access.ok) return { errors: { token: access.message }, values };
  const result = await ingestArticle(parsed.data);
  if (!result.ok) return { errors: { [result.field]: result.message }, values };
  redirect(`/b/${result.id}`);
}
