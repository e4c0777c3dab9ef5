import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";

const text = [
  "Prime Minister Anna Lind met President Tomas Berg in Veyra on Monday.",
  "Rescue teams in the province of Sarlat searched through the night, the Interior Ministry said.",
  "Okoro said the army had deployed helicopters.",
  "The Harbour Authority will impose a new fee on April 14.",
  "On Tuesday the Westmere Chamber of Commerce was attacked by protesters.",
].join("\n");
const b = extractBriefing({ text, published: "2025-04-07" });
const name = (id: string | null) => b.entities.find((e) => e.id === id)?.name;
const eventWith = (words: string) => b.events.find((e) => e.evidence.some((ev) => ev.text.includes(words)));

describe("events", () => {
  it("takes the subject of the trigger verb as agent, with counterpart, place and time from the sentence", () => {
    const meeting = eventWith("met President");
    expect(meeting?.type).toBe("meeting");
    expect(meeting?.participants.map((p) => [name(p.entityId), p.role])).toEqual([
      ["Anna Lind", "agent"],
      ["Tomas Berg", "patient"],
    ]);
    expect(b.times.find((t) => t.id === meeting?.timeId)?.value).toBe("2025-04-07");
  });

  it("makes no event whose actor comes from another part of the sentence", () => {
    // The place is an object of "of"; the army, not Okoro, deployed the helicopters.
    expect(b.events.some((e) => e.participants.some((p) => name(p.entityId) === "Sarlat" && p.role === "agent"))).toBe(false);
    expect(eventWith("deployed")).toBeUndefined();
  });

  it("marks plans as scheduled and passive subjects as patients", () => {
    expect(eventWith("will impose")?.status).toBe("scheduled");
    const attacked = eventWith("was attacked");
    expect(attacked?.type).toBe("attack");
    expect(attacked?.participants.map((p) => [name(p.entityId), p.role])).toEqual([["Westmere Chamber of Commerce", "patient"]]);
  });
});
