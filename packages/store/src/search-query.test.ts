// How a typed query is read: the words, the operators a search box knows (in capitals only), and the
// expressions each backend receives, which never carry the user's own syntax.
import { describe, expect, test } from "vitest";
import { parseQuery, queryWords, toFts5Query, toTsQuery } from "./search-query.js";

describe("reading a query", () => {
  test("words are required; OR joins the words beside it; NOT and a leading - exclude", () => {
    expect(toFts5Query("port fees OR levy -strike")).toBe('("port" AND ("fees" OR "levy")) NOT "strike"*');
    expect(toTsQuery("port fees OR levy -strike")).toBe("'port' & ('fees' | 'levy') & !'strike':*");
    expect(toFts5Query("Pakistan's tariffs ")).toBe('"pakistan s" AND "tariffs"');
    expect(toTsQuery("Pakistan's tariffs NOT well-known")).toBe("('pakistan' <-> 's') & 'tariffs' & !('well' <-> 'known':*)");
  });

  test("operators count only in capitals, and only where they have a word to act on", () => {
    expect(queryWords("war or peace and not guilty")).toEqual([["war"], ["or"], ["peace"], ["and"], ["not"], ["guilty"]]);
    expect(parseQuery("AND OR NOT")).toBeNull();
    expect(parseQuery("NOT dredging")).toBeNull();
    expect(parseQuery("OR port OR")).toEqual({ clauses: [[{ tokens: ["port"], prefix: true }]], excluded: [] });
    // OR after an excluded word does not turn the next word into an alternative of nothing.
    expect(toFts5Query("port -strike OR levy ")).toBe('("port" AND "levy") NOT "strike"');
  });

  test("the words to highlight are the ones looked for, not the excluded ones", () => {
    expect(queryWords("Rubio OR Dar -tariffs NOT aid")).toEqual([["rubio"], ["dar"]]);
  });

  test("quotes, brackets and FTS syntax stay punctuation", () => {
    expect(toFts5Query('"dredging')).toBe('"dredging"*');
    expect(toFts5Query("title:docking NEAR(a b) *")).toBe('"title docking" AND "near a" AND "b"');
    expect(toFts5Query("!@#$%^&*()")).toBeNull();
  });
});
