import { describe, expect, it } from "vitest";
import { extractBriefing } from "../index.js";

// Made-up sentences: where a name starts and ends, and which title or affiliation sits beside it.
const names = (text: string) => extractBriefing({ text, published: "2025-04-07" }).entities.map((e) => [e.type, e.name]);
const entity = (text: string, name: string) => extractBriefing({ text, published: "2025-04-07" }).entities.find((e) => e.name === name);

describe("name boundaries", () => {
  it("never runs a name across a line break", () => {
    const got = names("The winners are listed below.\nZentrix Robotics, Denver\nColorado\nHalvorsen Dynamics, Tulsa\n");
    expect(got).toContainEqual(["organization", "Zentrix Robotics"]);
    expect(got).toContainEqual(["place", "Colorado"]);
    expect(got).toContainEqual(["organization", "Halvorsen Dynamics"]);
    expect(got.some(([, n]) => n?.includes("\n"))).toBe(false);
  });

  it("splits two companies joined by 'and' but keeps a shared head", () => {
    const got = names(
      "Officials picked Zentrix Robotics and Halvorsen Nano Systems on Monday. The Food and Drug Administration agreed, as did the Pacific Water & Power Co.",
    );
    expect(got).toContainEqual(["organization", "Zentrix Robotics"]);
    expect(got).toContainEqual(["organization", "Halvorsen Nano Systems"]);
    expect(got).toContainEqual(["organization", "Food and Drug Administration"]);
    expect(got).toContainEqual(["organization", "Pacific Water & Power Co."]);
  });

  it("reads 'Acme Corp.', 'Acme Corporation' and 'Acme, Inc.' as one company", () => {
    const got = names(
      "Brenlow Aerospace Corp. won the contract. Brenlow Aerospace Corporation said it would hire staff. Analysts at Brenlow Aerospace, Inc. agreed.",
    );
    expect(got.filter(([type]) => type === "organization")).toHaveLength(1);
  });

  it("reads a party word after a place as an affiliation, not a name", () => {
    const got = names("Ohio GOP Gov. Matt Brevard signed the bill. She is an Ohio Republican, and a Liberal Democrat spoke too.");
    expect(got).toContainEqual(["person", "Matt Brevard"]);
    expect(got).toContainEqual(["place", "Ohio"]);
    expect(got.some(([, n]) => n?.includes("GOP Gov"))).toBe(false);
    expect(entity("Ohio GOP Gov. Matt Brevard signed the bill.", "Matt Brevard")?.roles.map((r) => r.title)).toContain("Gov.");
  });

  it("splits a name glued to an adjective ending from the name after it", () => {
    const got = names("Lyon-based Zentrix Corp said on Monday that Berlin-born Anna Kessler would lead the GOP-dominated Legislature.");
    expect(got).toContainEqual(["place", "Lyon"]);
    expect(got).toContainEqual(["organization", "Zentrix Corp"]);
    expect(got).toContainEqual(["place", "Berlin"]);
    expect(got).toContainEqual(["person", "Anna Kessler"]);
    expect(got.some(([, n]) => n?.includes("-"))).toBe(false);
  });

  it("reads titles of agencies, schools and teams before a name", () => {
    const text = [
      "Westland Administrator Jim Brandow said the plan was ready.",
      "State schools Superintendent Jenna Markwood cited a study.",
      "Hawks defenseman Ryan Sutterby scored twice. Defenseman Jonas Brodahl had scored earlier, before winger Jason Zuckerby sealed it.",
    ].join("\n");
    const roles = (name: string) => entity(text, name)?.roles.map((r) => r.title.toLowerCase());
    expect(roles("Jim Brandow")).toContain("administrator");
    expect(roles("Jenna Markwood")).toContain("superintendent");
    expect(roles("Ryan Sutterby")).toContain("defenseman");
    expect(roles("Jonas Brodahl")).toContain("defenseman");
    expect(roles("Jason Zuckerby")).toContain("winger");
  });
});
