import { renderMarkdown, toJsonLd } from "@briefing/core";
import { z } from "zod";
import { apiError, json, methodsNotAllowed, withJsonErrors } from "@/lib/api-response";
import { isBriefingId } from "@/lib/ids";
import { loadBriefing } from "@/lib/load-briefing";
import { getStore } from "@/lib/store";
import { bearerToken, checkWriteAccess } from "@/lib/write-access";

type Context = { params: Promise<{ id: string }> };

const FormatSchema = z.enum(["json", "md", "jsonld"]).default("json");

/** GET /api/briefings/:id?format=json|md|jsonld */
export async function GET(request: Request, context: Context): Promise<Response> {
  return withJsonErrors(() => getOne(request, context));
}

async function getOne(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  if (!isBriefingId(id)) return apiError(400, "bad-id", "A briefing id looks like brf_ followed by letters and digits.");
  const format = FormatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? undefined);
  if (!format.success) return apiError(400, "bad-format", "format must be json, md or jsonld.");
  const loaded = await loadBriefing(id);
  if (!loaded) return apiError(404, "not-found", `There is no briefing ${id}.`);
  switch (format.data) {
    case "md":
      return new Response(renderMarkdown(loaded.doc), {
        headers: { "content-type": "text/markdown; charset=utf-8", "cache-control": "no-store" },
      });
    case "jsonld":
      return new Response(JSON.stringify(toJsonLd(loaded.briefing)), {
        headers: { "content-type": "application/ld+json; charset=utf-8", "cache-control": "no-store" },
      });
    default:
      return json(loaded.briefing);
  }
}

/** DELETE /api/briefings/:id (needs the token when the server listens beyond localhost). */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return withJsonErrors(async () => {
    const access = checkWriteAccess(bearerToken(request.headers.get("authorization")), request.headers.get("host"));
    if (!access.ok) return apiError(access.status, access.code, access.message);
    const { id } = await params;
    if (!isBriefingId(id)) return apiError(400, "bad-id", "A briefing id looks like brf_ followed by letters and digits.");
    const removed = await (await getStore()).removeBriefing(id);
    return removed ? new Response(null, { status: 204 }) : apiError(404, "not-found", `There is no briefing ${id}.`);
  });
}

const notAllowed = methodsNotAllowed(["GET", "DELETE"]);
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
