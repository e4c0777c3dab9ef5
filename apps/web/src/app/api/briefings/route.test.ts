import { describe, expect, it } from "vitest";
import { closeExtractionPool } from "@/lib/extraction-pool";
import { listenOn, setUpTempStore } from "@/test-utils/temp-store";
import { DELETE, GET as GET_ONE, POST as POST_ONE } from "./[id]/route";
import { GET, POST, PUT } from "./route";

// Written for this test; the names are made up.
const ARTICLE = `Lakeside school board votes to extend the library's hours

The Lakeside school board on Wednesday voted to keep the town library open until 9 pm, chair Mara Quint said.
"Students need a quiet place to work," Quint said after the vote.
The change will cost $45,000 a year, according to the board's finance office.`;

const base = "http://127.0.0.1:3000";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request(`${base}/api/briefings`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers },
      body: body instanceof Uint8Array || typeof body === "string" ? (body as BodyInit) : JSON.stringify(body),
    }),
  );

setUpTempStore("api");

describe("GET /api/briefings", () => {
  it("lists the seeded sample, newest first", async () => {
    const response = await GET(new Request(`${base}/api/briefings`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; briefings: { id: string; title: string }[] };
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.briefings[0]?.id).toMatch(/^brf_/);
  });

  it("searches, returning snippets whose matched words are marked as data", async () => {
    const response = await GET(new Request(`${base}/api/briefings?q=Rubio`));
    const body = (await response.json()) as { hits: { snippet: { text: string; match: boolean }[] }[] };
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits[0]?.snippet.some((p) => p.match && /rubio/i.test(p.text))).toBe(true);
  });

  it("rejects out-of-range paging with a message", async () => {
    const response = await GET(new Request(`${base}/api/briefings?limit=100000`));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/limit/);
  });

  it("reads paging numbers in decimal digits only", async () => {
    for (const query of ["limit=0x10", "limit=1e1", "limit=%205", "offset=0b1", "limit="]) {
      expect((await GET(new Request(`${base}/api/briefings?${query}`))).status, query).toBe(400);
    }
    expect((await GET(new Request(`${base}/api/briefings?limit=16&offset=0`))).status).toBe(200);
  });

  it("answers methods it does not serve with a JSON 405 naming the ones it does", async () => {
    const response = PUT();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toMatch(/GET, POST/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("method-not-allowed");
    expect(POST_ONE().status).toBe(405);
    expect(((await POST_ONE().json()) as { error: { message: string } }).error.message).toMatch(/GET or DELETE/);
  });
});

describe("POST /api/briefings and GET /api/briefings/:id", () => {
  it("ingests an article and serves it as JSON, Markdown and JSON-LD", async () => {
    const response = await post({ text: ARTICLE, publisher: "Lakeside Ledger", published: "2025-05-14" });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^brf_[a-z0-9]+$/);

    const again = await post({ text: ARTICLE, publisher: "Lakeside Ledger", published: "2025-05-14" });
    expect(again.status).toBe(200);

    const json = await GET_ONE(new Request(`${base}/api/briefings/${id}`), ctx(id));
    expect(((await json.json()) as { sources: { publisher: string }[] }).sources[0]?.publisher).toBe("Lakeside Ledger");
    const md = await GET_ONE(new Request(`${base}/api/briefings/${id}?format=md`), ctx(id));
    expect(md.headers.get("content-type")).toMatch(/text\/markdown/);
    expect(await md.text()).toMatch(/^# .*library/m);
    const ld = await GET_ONE(new Request(`${base}/api/briefings/${id}?format=jsonld`), ctx(id));
    expect(((await ld.json()) as Record<string, unknown>)["@context"]).toBeDefined();
  });

  it("validates ids and formats before touching the store", async () => {
    expect((await GET_ONE(new Request(`${base}/api/briefings/x`), ctx("../../etc/passwd"))).status).toBe(400);
    expect((await GET_ONE(new Request(`${base}/api/briefings/x`), ctx("brf_' OR 1=1 --"))).status).toBe(400);
    expect((await GET_ONE(new Request(`${base}/api/briefings/x`), ctx("brf_000000000000"))).status).toBe(404);
    expect((await GET_ONE(new Request(`${base}/api/briefings/x?format=xml`), ctx("brf_000000000000"))).status).toBe(400);
  });

  it("refuses bodies that are too large, not JSON, or carry unknown fields, saying why", async () => {
    const big = await post({ text: "a".repeat(2_100_000) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/larger than 2 MB/);
    expect((await post("{not json")).status).toBe(400);
    expect((await post({ text: "x" }, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post({ text: ARTICLE }, { "content-type": "application/jsonx" })).status).toBe(415);
    const invalid = await post({ text: ARTICLE, url: "javascript:alert(1)", role: "admin" });
    expect(invalid.status).toBe(400);
  });

  it("refuses invalid UTF-8 and a declared non-UTF-8 charset instead of storing U+FFFD", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"text":"Caf'),
      0xe9,
      ...new TextEncoder().encode(' owner Ann Roe said so."}'),
    ]);
    const invalid = await post(bytes);
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe("not-utf8");
    const latin1 = await post(bytes, { "content-type": "application/json; charset=ISO-8859-1" });
    expect(latin1.status).toBe(415);
    expect(((await latin1.json()) as { error: { message: string } }).error.message).toMatch(/UTF-8/);
    expect((await post({ text: ARTICLE }, { "content-type": 'application/json; charset="UTF-8"' })).status).toBeLessThan(300);
  });

  it("stops an article past the time budget: 422 with the reason, and the next article is read", async () => {
    await closeExtractionPool();
    process.env.BRIEFING_EXTRACT_TIME_MS = "100";
    try {
      const long = Array.from({ length: 4000 }, (_, i) => `"We will mend road number ${i}," said Mayor Ann Roe on Monday.`).join("\n");
      const response = await post({ text: long });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        error: { code: "over-budget", reason: "time", fields: { text: expect.stringMatching(/budget/) } },
      });
    } finally {
      delete process.env.BRIEFING_EXTRACT_TIME_MS;
      await closeExtractionPool();
    }
    expect((await post({ text: ARTICLE })).status).toBeLessThan(300);
  }, 120_000);

  it("reports input no briefing can be made from as 422 on the field", async () => {
    const response = await post({ html: "<html><body></body></html>" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields.html).toBeTruthy();
  });
});

describe("writes", () => {
  const del = (id: string, headers: Record<string, string> = {}) =>
    DELETE(new Request(`${base}/api/briefings/${id}`, { method: "DELETE", headers: { host: "127.0.0.1:3000", ...headers } }), ctx(id));

  it("beyond localhost need the bearer token for ingest and delete", async () => {
    listenOn("0.0.0.0");
    process.env.BRIEFING_TOKEN = "correct-horse";
    expect((await post({ text: ARTICLE })).status).toBe(401);
    expect((await post({ text: ARTICLE }, { authorization: "Bearer wrong" })).status).toBe(401);
    const ok = await post({ text: ARTICLE }, { authorization: "Bearer correct-horse" });
    expect(ok.status).toBeLessThan(300);
    const { id } = (await ok.json()) as { id: string };
    expect((await del(id)).status).toBe(401);
    expect((await del(id, { authorization: "Bearer correct-horse" })).status).toBe(204);
    expect((await GET_ONE(new Request(`${base}/api/briefings/${id}`), ctx(id))).status).toBe(404);
  });

  it("are off beyond localhost when no token is configured, whatever HOST says", async () => {
    listenOn("192.168.1.20");
    process.env.HOST = "127.0.0.1";
    const response = await post({ text: ARTICLE });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/BRIEFING_TOKEN/);
  });

  it("are open on loopback to a loopback Host, and refused to any other Host (DNS rebinding)", async () => {
    expect((await post({ text: ARTICLE })).status).toBeLessThan(300);
    const rebound = await post({ text: ARTICLE }, { host: "rebind.attacker.example:3000" });
    expect(rebound.status).toBe(403);
    expect((await del("brf_000000000000", { host: "rebind.attacker.example:3000" })).status).toBe(403);
  });

  it("need a configured token on loopback too", async () => {
    process.env.BRIEFING_TOKEN = "correct-horse";
    expect((await post({ text: ARTICLE })).status).toBe(401);
    expect((await post({ text: ARTICLE }, { authorization: "Bearer correct-horse" })).status).toBeLessThan(300);
  });
});
