import { apiError, json, methodsNotAllowed, parseContentType, readBodyCapped, withJsonErrors } from "@/lib/api-response";
import { ingestArticle } from "@/lib/ingest";
import { fieldErrors, IngestJsonSchema, MAX_REQUEST_BYTES } from "@/lib/ingest-input";
import { ApiListQuerySchema } from "@/lib/list-query";
import { getStore } from "@/lib/store";
import { bearerToken, checkWriteAccess } from "@/lib/write-access";

/** GET /api/briefings?q=&limit=&offset=: newest first, or ranked search hits when `q` is given. */
export async function GET(request: Request): Promise<Response> {
  return withJsonErrors(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = ApiListQuerySchema.safeParse(params);
    if (!parsed.success)
      return apiError(
        400,
        "bad-query",
        "Use q (1-200 characters), limit (1-100) and offset (0 or more), in decimal digits.",
        fieldErrors(parsed.error),
      );
    const { q, limit, offset } = parsed.data;
    const store = await getStore();
    if (q) return json({ query: q, hits: await store.search(q, { limit, offset }) });
    return json({ total: await store.countBriefings(), briefings: await store.listBriefings({ limit, offset }) });
  });
}

/** POST /api/briefings with `{ text | html, title?, url?, publisher?, published? }`: extracts and stores it. */
export async function POST(request: Request): Promise<Response> {
  return withJsonErrors(async () => {
    const access = checkWriteAccess(bearerToken(request.headers.get("authorization")), request.headers.get("host"));
    if (!access.ok) return apiError(access.status, access.code, access.message);
    const { type, charset } = parseContentType(request.headers.get("content-type"));
    if (type !== "application/json") {
      return apiError(415, "unsupported-media-type", "Send the article as JSON (Content-Type: application/json).");
    }
    if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
      return apiError(415, "unsupported-charset", `Send the JSON in UTF-8, not ${charset.slice(0, 40)}.`);
    }
    const body = await readBodyCapped(request, MAX_REQUEST_BYTES);
    if (typeof body !== "string") {
      return body.problem === "too-large"
        ? apiError(413, "too-large", `The request is larger than ${MAX_REQUEST_BYTES / 1_000_000} MB; send one article at a time.`)
        : apiError(400, "not-utf8", "The request body is not valid UTF-8.");
    }
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return apiError(400, "bad-json", "The request body is not valid JSON.");
    }
    const parsed = IngestJsonSchema.safeParse(data);
    if (!parsed.success) return apiError(400, "invalid", "The article could not be accepted.", fieldErrors(parsed.error));
    const result = await ingestArticle(parsed.data);
    if (!result.ok) {
      return apiError(result.status, result.code, result.message, result.status === 422 ? { [result.field]: result.message } : undefined, {
        ...(result.reason ? { reason: result.reason } : {}),
        ...(result.status === 503 ? { headers: { "retry-after": "10" } } : {}),
      });
    }
    return json({ id: result.id, created: result.created, url: `/b/${result.id}` }, result.created ? 201 : 200, {
      location: `/api/briefings/${result.id}`,
    });
  });
}

const notAllowed = methodsNotAllowed(["GET", "POST"]);
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
