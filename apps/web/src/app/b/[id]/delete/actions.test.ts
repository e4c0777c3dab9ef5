import { describe, expect, it, vi } from "vitest";

// Server actions read the request's Host; outside a request, this stands in for it.
const request = vi.hoisted(() => ({ host: "127.0.0.1:3000" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: request.host }) }));

import { getStore } from "@/lib/store";
import { formData, listenOn, setUpTempStore } from "@/test-utils/temp-store";
import { deleteAction } from "./actions";

setUpTempStore("delete");

describe("deleteAction", () => {
  it("beyond localhost, keeps the briefing and says the token is wrong", async () => {
    const [sample] = await (await getStore()).listBriefings({ limit: 1 });
    expect(sample).toBeDefined();
    listenOn("0.0.0.0");
    process.env.BRIEFING_TOKEN = "correct-horse";
    await expect(deleteAction(formData({ id: sample?.id ?? "", token: "nope" }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/b/${sample?.id}/delete?error=token`),
    });
    expect(await (await getStore()).getBriefing(sample?.id ?? "")).not.toBeNull();
  });

  it("refuses a form posted under another Host name (DNS rebinding)", async () => {
    const [sample] = await (await getStore()).listBriefings({ limit: 1 });
    request.host = "rebind.attacker.example:3000";
    try {
      await expect(deleteAction(formData({ id: sample?.id ?? "" }))).rejects.toMatchObject({
        digest: expect.stringContaining(`/b/${sample?.id}/delete?error=disabled`),
      });
    } finally {
      request.host = "127.0.0.1:3000";
    }
  });

  it("deletes on localhost and returns home", async () => {
    const [sample] = await (await getStore()).listBriefings({ limit: 1 });
    await expect(deleteAction(formData({ id: sample?.id ?? "" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/?deleted=1"),
    });
    expect(await (await getStore()).getBriefing(sample?.id ?? "")).toBeNull();
  });

  it("ignores a malformed id", async () => {
    await expect(deleteAction(formData({ id: "brf_x'; DROP TABLE briefings" }))).rejects.toMatchObject({
      digest: expect.stringContaining(";/;"),
    });
  });
});

describe("deleteAction, when nothing is deleted", () => {
  it("says so instead of 'deleted'", async () => {
    await expect(deleteAction(formData({ id: "brf_000000000000" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/?deleted=0"),
    });
  });
});
