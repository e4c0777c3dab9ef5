import { describe, expect, it } from "vitest";
import { getStore } from "@/lib/store";
import { formData, setUpTempStore } from "@/test-utils/temp-store";
import { deleteAction } from "./actions";

setUpTempStore("delete");

describe("deleteAction", () => {
  it("beyond localhost, keeps the briefing and says the token is wrong", async () => {
    const [sample] = await (await getStore()).listBriefings({ limit: 1 });
    expect(sample).toBeDefined();
    process.env.HOST = "0.0.0.0";
    process.env.BRIEFING_TOKEN = "correct-horse";
    await expect(deleteAction(formData({ id: sample?.id ?? "", token: "nope" }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/b/${sample?.id}/delete?error=token`),
    });
    expect(await (await getStore()).getBriefing(sample?.id ?? "")).not.toBeNull();
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
