// JSON responses of the API, with one error shape: `{ error: { code, message, fields? } }`.

/** A JSON response that is never cached and never sniffed as HTML. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** A JSON error response. */
export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
  extra: { reason?: string; headers?: Record<string, string> } = {},
): Response {
  return json(
    { error: { code, message, ...(fields ? { fields } : {}), ...(extra.reason ? { reason: extra.reason } : {}) } },
    status,
    extra.headers,
  );
}

/** Handlers for the methods a route does not serve: a JSON 405 naming the ones it does (Next's own 405 has no body). */
export function methodsNotAllowed(allowed: readonly string[]): () => Response {
  const allow = [...allowed, "HEAD", "OPTIONS"].join(", ");
  return () => apiError(405, "method-not-allowed", `Use ${allowed.join(" or ")} here.`, undefined, { headers: { allow } });
}

/** Runs a handler, turning an unexpected failure into a JSON 500 (Next's own has an empty body). */
export async function withJsonErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(error);
    return apiError(500, "internal", "The server failed to answer this request; its log says why.");
  }
}

/** Why a body could not be read as text. */
export type BodyProblem = "too-large" | "not-utf8";

/** The request body as UTF-8 text, refused beyond `max` bytes whatever Content-Length claims, or when not valid UTF-8. */
export async function readBodyCapped(request: Request, max: number): Promise<string | { problem: BodyProblem }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) return { problem: "too-large" };
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { problem: "too-large" };
    }
    chunks.push(value);
  }
  try {
    // fatal: invalid bytes are refused, not stored as U+FFFD.
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { problem: "not-utf8" };
  }
}

/** The media type and charset of a Content-Type header, lower case (`application/jsonx` is not `application/json`). */
export function parseContentType(header: string | null): { type: string; charset: string | undefined } {
  const [type = "", ...params] = (header ?? "").split(";");
  let charset: string | undefined;
  for (const param of params) {
    const [name, ...rest] = param.split("=");
    if (name?.trim().toLowerCase() === "charset")
      charset = rest
        .join("=")
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}
