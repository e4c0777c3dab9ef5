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
const names = (brief: typeof b) => (id: string | null) => brief.entities.find((e) => e.id === id)?.name;
const name = names(b);
const eventWith = (words: string, brief = b) => brief.events.find((e) => e.summary.includes(words));
const cast = (e: (typeof b.events)[number] | undefined, brief = b) => e?.participants.map((p) => [names(brief)(p.entityId), p.role]);

describe("events", () => {
  it("takes the subject of the trigger verb as agent, with counterpart, place and time from the sentence", () => {
    const meeting = eventWith("met President");
    expect(meeting?.type).toBe("meeting");
    expect(cast(meeting)).toEqual([
      ["Anna Lind", "agent"],
      ["Tomas Berg", "patient"],
      ["Veyra", "location"],
    ]);
    expect(name(meeting?.placeId ?? null)).toBe("Veyra");
    expect(b.times.find((t) => t.id === meeting?.timeId)?.value).toBe("2025-04-07");
    // The evidence is the whole sentence, so the lead can be read on its own.
    expect(meeting?.evidence[0]?.text).toBe("Prime Minister Anna Lind met President Tomas Berg in Veyra on Monday.");
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
    expect(cast(attacked)).toEqual([["Westmere Chamber of Commerce", "patient"]]);
  });

  it("finds one event per clause, with a light verb and its noun ('held talks') as the trigger", () => {
    const brief = extractBriefing({
      text: "Foreign Minister Lena Vasquez on Friday held lengthy talks with Governor Oskar Kell in Durnholm; the Tarsk Mining Company resigned from the council.",
      published: "2031-03-10",
    });
    expect(brief.events.map((e) => e.type)).toEqual(["communication", "change-of-power"]);
    expect(cast(brief.events[0], brief)).toContainEqual(["Oskar Kell", "counterpart"]);
    expect(cast(brief.events[1], brief)).toEqual([["Tarsk Mining Company", "agent"]]);
  });

  it("marks a denied deed and a reported one", () => {
    const brief = extractBriefing({
      text: "The Velmar Shipping Group did not sanction the Orlen Port Board on Tuesday.\nThe Kestrel Bank acquired the Sorn Trust on Monday, officials said.",
      published: "2031-03-12",
    });
    expect(eventWith("sanction", brief)?.status).toBe("denied");
    expect(eventWith("acquired", brief)?.status).toBe("reported");
  });

  it("makes an event of speech only when it is dated and its speaker named", () => {
    const brief = extractBriefing({
      text: "Mayor Ida Brandt said on Wednesday that the bridge was safe.\nMayor Ida Brandt said the ferry was late.",
      published: "2031-03-13",
    });
    expect(brief.events).toHaveLength(1);
    expect(brief.events[0]?.type).toBe("statement");
    expect(brief.times.find((t) => t.id === brief.events[0]?.timeId)?.value).toBe("2031-03-12");
  });

  it("leaves out clauses with no named participant, datelines and photo captions", () => {
    const brief = extractBriefing({
      text: [
        "Photo",
        "",
        "Workers of the Halden Rail Company met the Transport Minister in Ostrava on Monday.",
        "",
        "Credit Jan Novak/Halden Times",
        "",
        "OSTRAVA (AP) — The Halden Rail Company cut 400 jobs on Tuesday, its chief said.",
        "",
        "Several thousand workers protested outside the station.",
      ].join("\n"),
      published: "2031-03-13",
    });
    expect(brief.events.map((e) => e.summary)).toEqual(["The Halden Rail Company cut 400 jobs on Tuesday"]);
    expect(brief.events[0]?.evidence[0]?.text).toBe("The Halden Rail Company cut 400 jobs on Tuesday, its chief said.");
  });
});

describe("event dates", () => {
  const brief = extractBriefing({
    text: [
      "The Westmere Harbour Board approved a new ferry fee on Tuesday.",
      "Mayor Ida Brandt greeted the ferry crews at the pier.",
      "Mira Holt has agreed a deal to run the Lakeside Ferry Company until the end of the 2031/32 season.",
      "The crews were tired.",
      "Later, Mayor Ida Brandt thanked the Westmere Harbour Board.",
      "In 2019, the Tarsk Mining Company bought the Orlen Port Board. In response, Governor Oskar Kell sued the Tarsk Mining Company.",
      "Ian Berg had sued the Orlen Port Board before.",
    ].join("\n\n"),
    published: "2031-03-12",
  });
  const dated = (words: string) => {
    const e = eventWith(words, brief);
    return [brief.times.find((t) => t.id === e?.timeId)?.value ?? null, e?.timeFrom ?? null];
  };

  it("gives an undated deed in the past tense the date of the deed told just before, or the story's day, marked as borrowed", () => {
    expect(dated("approved a new ferry fee")).toEqual(["2031-03-11", null]);
    expect(dated("greeted the ferry crews")).toEqual(["2031-03-11", "previous"]);
    expect(dated("thanked the Westmere")).toEqual(["2031-03-11", "story"]);
  });

  it("gives a deed told right after a dated one that date, and none to background in the past perfect", () => {
    expect(dated("sued the Tarsk")).toEqual(["2019", "previous"]);
    expect(dated("had sued")).toEqual([null, null]);
  });

  it("never dates an event by a time that bounds it", () => {
    expect(dated("has agreed a deal")).toEqual([null, null]);
  });

  it("takes a verb the lexicon lacks only as a named actor's deed", () => {
    expect(eventWith("greeted the ferry crews", brief)?.type).toBe("other");
    const none = extractBriefing({ text: "The ferry crews were greeted by relatives in Westmere.", published: "2031-03-12" });
    expect(none.events).toEqual([]);
  });
});

describe("event order", () => {
  it("leads with the lede's event, even when later ones have more participants", () => {
    const brief = extractBriefing({
      text: [
        "Lakeside Council approves new harbour fee",
        "",
        "The Lakeside Council approved a new harbour fee on Tuesday.",
        "",
        "In 2019, Mayor Ida Brandt met Governor Oskar Kell and Senator Lena Vasquez in Durnholm to discuss the harbour.",
      ].join("\n"),
      published: "2031-03-13",
    });
    expect(brief.title).toBe("Lakeside Council approves new harbour fee");
    expect(brief.events[0]?.summary).toBe("The Lakeside Council approved a new harbour fee on Tuesday");
    expect(brief.events).toHaveLength(2);
  });

  it("prefers the event the headline reports over an earlier aside", () => {
    const brief = extractBriefing({
      text: [
        "Governor Oskar Kell met Mayor Ida Brandt in Durnholm on Monday.",
        "",
        "The Tarsk Mining Company sacked its chief, Lena Vasquez, on Tuesday.",
      ].join("\n"),
      title: "Tarsk Mining Company sacks its chief",
      published: "2031-03-13",
    });
    expect(brief.events[0]?.type).toBe("change-of-power");
  });
});
