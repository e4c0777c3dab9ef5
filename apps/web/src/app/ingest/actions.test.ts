import { describe, expect, it, vi } from "vitest";

// Server actions read the request's Host; outside a request, this stands in for it.
const request = vi.hoisted(() => ({ host: "127.0.0.1:3000" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: request.host }) }));

import { formData, listenOn, setUpTempStore } from "@/test-utils/temp-store";
import { ingestAction } from "./actions";
import { EMPTY_INGEST_FORM } from "./form-state";

// Written for this test; the names are made up.
const ARTICLE = `Riverside opens a new footbridge

The Riverside footbridge opened on Saturday after two years of work, engineer Ola Brenn said.
"It links both halves of the town," Brenn said. It cost $3 million, according to the town council.`;

setUpTempStore("action");

describe("ingestAction", () => {
  it("puts each problem next to its field and keeps what was typed", async () => {
    const state = await ingestAction(
      EMPTY_INGEST_FORM,
      formData({ text: "", url: "ftp://x", published: "yesterday", file: new File([], "") }),
    );
    expect(state.errors.text).toMatch(/Paste the article/);
    expect(state.errors.url).toMatch(/https?:\/\//);
    expect(state.errors.published).toMatch(/YYYY-MM-DD/);
    expect(state.values.url).toBe("ftp://x");
  });

  it("stores a pasted article and redirects to its briefing", async () => {
    const attempt = ingestAction(EMPTY_INGEST_FORM, formData({ text: ARTICLE, publisher: "Riverside Post", published: "2025-03-02" }));
    // Next's redirect() throws an error whose digest carries the destination.
    await expect(attempt).rejects.toMatchObject({ digest: expect.stringMatching(/\/b\/brf_[a-z0-9]+/) });
  });

  it("reads an uploaded .txt file", async () => {
    const file = new File([ARTICLE.replace("Saturday", "Sunday")], "bridge.txt", { type: "text/plain" });
    await expect(ingestAction(EMPTY_INGEST_FORM, formData({ file }))).rejects.toMatchObject({ digest: expect.stringMatching(/\/b\/brf_/) });
  });

  it("says what is wrong with a file no briefing can come from", async () => {
    const file = new File([new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9])], "data.txt");
    const state = await ingestAction(EMPTY_INGEST_FORM, formData({ file }));
    expect(state.errors.file).toMatch(/binary/);
  });

  it("asks for the token when the server listens beyond localhost", async () => {
    listenOn("0.0.0.0");
    process.env.BRIEFING_TOKEN = "correct-horse";
    const state = await ingestAction(EMPTY_INGEST_FORM, formData({ text: ARTICLE, token: "nope" }));
    expect(state.errors.token).toMatch(/token is not right/);
    await expect(ingestAction(EMPTY_INGEST_FORM, formData({ text: ARTICLE, token: "correct-horse" }))).rejects.toMatchObject({
      digest: expect.stringMatching(/\/b\/brf_/),
    });
  });
});
