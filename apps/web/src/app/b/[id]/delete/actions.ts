"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { isBriefingId } from "@/lib/ids";
import { getStore } from "@/lib/store";
import { checkWriteAccess } from "@/lib/write-access";

const DeleteFormSchema = z.object({
  id: z.string().refine(isBriefingId, "not a briefing id"),
  token: z.string().max(500).optional(),
});

/** Deletes a briefing after the confirmation page; beyond localhost only with the token. */
export async function deleteAction(form: FormData): Promise<void> {
  const parsed = DeleteFormSchema.safeParse({ id: form.get("id"), token: form.get("token") ?? undefined });
  if (!parsed.success) redirect("/");
  const { id, token } = parsed.data;
  const access = checkWriteAccess(token, (await headers()).get("host"));
  if (!access.ok) redirect(`/b/${id}/delete?error=${access.status === 401 ? "token" : "disabled"}`);
  const removed = await (await getStore()).removeBriefing(id);
  // Say "deleted" only when something was (a second submit, or another tab, finds nothing).
  redirect(removed ? "/?deleted=1" : "/?deleted=0");
}
