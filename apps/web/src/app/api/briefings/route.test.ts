import { describe, expect, it } from "vitest";
import { setUpTempStore } from "@/test-utils/temp-store";
import { DELETE, GET as GET_ONE } from "./[id]/route";
import { GET, POST } from "./route";

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
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
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
    const invalid = await post({ text: ARTICLE, url: "javascript:alert(1)", role: "admin" });
    expect(invalid.status).toBe(400);
  });

  it("reports input no briefing can be made from as 422 on the field", async () => {
    const response = await post({ html: "<html><body></body></html>" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fields: Record<string, string> } }).error.fields.html).toBeTruthy();
  });
});

describe("writes beyond localhost", () => {
  it("need the bearer token for ingest and delete", async () => {
    process.env.HOST = "0.0.0.0";
    process.env.BRIEFING_TOKEN = "correct-horse";
    expect((await post({ text: ARTICLE })).status).toBe(401);
    expect((await post({ text: ARTICLE }, { authorization: "Bearer wrong" })).status).toBe(401);
    const ok = await post({ text: ARTICLE }, { authorization: "Bearer correct-horse" });
    expect(ok.status).toBeLessThan(300);
    const { id } = (await ok.json()) as { id: string };
    const del = (auth?: string) =>
      DELETE(new Request(`${base}/api/briefings/${id}`, { method: "DELETE", headers: auth ? { authorization: auth } : {} }), ctx(id));
    expect((await del()).status).toBe(401);
    expect((await del("Bearer correct-horse")).status).toBe(204);
    expect((await GET_ONE(new Request(`${base}/api/briefings/${id}`), ctx(id))).status).toBe(404);
  });

  it("are off when no token is configured", async () => {
    process.env.HOST = "192.168.1.20";
    const response = await post({ text: ARTICLE });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/BRIEFING_TOKEN/);
  });

  it("are open on loopback, the default", async () => {
    process.env.HOST = "127.0.0.1";
    expect((await post({ text: ARTICLE })).status).toBeLessThan(300);
  });
});
