import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { closeStore, getStore } from "@/lib/store";
import { deleteAction } from "./actions";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefing-web-delete-"));
  process.env.BRIEFING_DB = join(dir, "briefing.db");
});
afterEach(() => {
  delete process.env.HOST;
  delete process.env.BRIEFING_TOKEN;
});
afterAll(async () => {
  await closeStore();
  rmSync(dir, { recursive: true, force: true });
});

describe("deleteAction", () => {
  it("beyond localhost, keeps the briefing and says the token is wrong", async () => {
    const [sample] = await (await getStore()).listBriefings({ limit: 1 });
    expect(sample).toBeDefined();
    process.env.HOST = "0.0.0.0";
    process.env.BRIEFING_TOKEN = "correct-horse";
    await expect(deleteAction(form({ id: sample?.id ?? "", token: "nope" }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/b/${sample?.id}/delete?error=token`),
    });
    expect(await (await getStore()).getBriefing(sample?.id ?? "")).not.toBeNull();
  });

  it("deletes on localhost and returns home", async () => {
    const [sample] = await (await getStore()).listBriefings({ limit: 1 });
    await expect(deleteAction(form({ id: sample?.id ?? "" }))).rejects.toMatchObject({ digest: expect.stringContaining("/?deleted=1") });
    expect(await (await getStore()).getBriefing(sample?.id ?? "")).toBeNull();
  });

  it("ignores a malformed id", async () => {
    await expect(deleteAction(form({ id: "brf_x'; DROP TABLE briefings" }))).rejects.toMatchObject({
      digest: expect.stringContaining(";/;"),
    });
  });
});
