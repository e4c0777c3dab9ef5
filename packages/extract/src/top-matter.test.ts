import { describe, expect, it } from "vitest";
import { extractBriefing } from "./index.js";
import { dateLineValue, looksLikeHeadline, readDateline, readTopMatter } from "./top-matter.js";

describe("headline", () => {
  it("is a short first line without a final full stop, in title or sentence case", () => {
    expect(looksLikeHeadline("Harbour board approves new ferry fees")).toBe(true);
    expect(looksLikeHeadline("Harbour Board Approves New Ferry Fees")).toBe(true);
    expect(looksLikeHeadline("The harbour board approved new ferry fees on Monday.")).toBe(false);
    expect(looksLikeHeadline("Photo")).toBe(false);
    expect(looksLikeHeadline("September 17, 2031")).toBe(false);
  });

  it("skips furniture above it and becomes the title of a text given without one", () => {
    const text =
      "Photo: Jan Novak/Halden Times\nHarbour board approves new ferry fees\nBy Mira Holt\nUpdated 5:02 PM\n\nThe Westmere Harbour Board approved new fees on Monday.";
    const top = readTopMatter(text);
    expect(top.headline?.text).toBe("Harbour board approves new ferry fees");
    expect(text.slice(top.bodyStart)).toMatch(/^The Westmere Harbour Board/);
    const b = extractBriefing({ text, published: "2031-03-12" });
    expect(b.title).toBe("Harbour board approves new ferry fees");
  });

  it("is not taken from a text that opens with its story", () => {
    const top = readTopMatter("The Westmere Harbour Board approved new fees on Monday.\nThe fees start in May.");
    expect(top.headline).toBeNull();
    expect(top.bodyStart).toBe(0);
  });
});

describe("dateline", () => {
  const at = (text: string) => readDateline(text, 0);
  it("reads the place and the agency of a wire story's opener", () => {
    const d = at("LONDON (AP) — The board met.");
    expect([d?.place?.text, d?.agency?.text, d?.span.text]).toEqual(["LONDON", "AP", "LONDON (AP) —"]);
    expect(at("OSTRAVA, Czech Republic/BRNO (Reuters) - Talks began.")?.place?.text).toBe("OSTRAVA, Czech Republic/BRNO");
    expect(at("WELLSBURG, W.Va. — The mill closed.")?.agency).toBeNull();
  });

  it("reads a dateline that gives a date and an agency but no place", () => {
    const d = at("Nov 19 (Reuters) - Shares fell.");
    expect([d?.place, d?.agency?.text]).toEqual([null, "Reuters"]);
  });

  it("takes a place in title case only when it is a known place, and never an ordinary opening", () => {
    expect(at("Chicago – Teachers marched.")?.place?.text).toBe("Chicago");
    expect(at("Mira Holt — who chairs the board — resigned.")).toBeNull();
    expect(at("The board met on Monday.")).toBeNull();
  });

  it("is recorded in the source as metadata and kept out of the events", () => {
    const b = extractBriefing({ text: "OSTRAVA (AP) — The Halden Rail Company cut 400 jobs on Tuesday.", published: "2031-03-12" });
    expect(b.sources[0]?.dateline).toMatchObject({ place: "OSTRAVA", agency: "AP", evidence: { text: "OSTRAVA (AP) —" } });
    expect(b.events[0]?.evidence[0]?.text).toBe("The Halden Rail Company cut 400 jobs on Tuesday.");
  });
});

describe("publication date read from the text", () => {
  it("reads a date line in the usual forms", () => {
    expect(dateLineValue("September 17, 2031")).toBe("2031-09-17");
    expect(dateLineValue("Sept. 25, 2031")).toBe("2031-09-25");
    expect(dateLineValue("Updated: Wed, Nov. 20, 2031 5:02 PM EST")).toBe("2031-11-20");
    expect(dateLineValue("17 September 2031")).toBe("2031-09-17");
    expect(dateLineValue("February 30, 2031")).toBeNull();
    expect(dateLineValue("The board met on September 17, 2031.")).toBeNull();
  });

  it("resolves relative dates against a date line under the headline, marked as inferred", () => {
    const text = "Harbour board approves new ferry fees\n\nSept. 25, 2031\n\nThe Westmere Harbour Board approved new fees on Monday.";
    const b = extractBriefing({ text });
    const source = b.sources[0];
    expect(source?.published).toBe("2031-09-25");
    expect(source?.publishedInferredFrom?.text).toBe("Sept. 25, 2031");
    expect(b.times.find((t) => t.text === "Monday")?.value).toBe("2031-09-22");
    expect(b.warnings.some((w) => w.startsWith("No publication date"))).toBe(false);
  });

  it("leaves the caller's date alone and does not mark it inferred", () => {
    const text = "Harbour board approves new ferry fees\n\nSept. 25, 2031\n\nThe Westmere Harbour Board approved new fees on Monday.";
    const source = extractBriefing({ text, published: "2031-09-26" }).sources[0];
    expect(source?.published).toBe("2031-09-26");
    expect(source?.publishedInferredFrom).toBeUndefined();
  });
});
