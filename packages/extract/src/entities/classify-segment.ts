// One name segment -> what it names, read from its own words: a title and nationality in front
// ("US Secretary of State Marco Rubio"), then a place, organization, person or an unknown name.
import type { EntitySubtype, EntityType } from "@briefing/core";
import {
  armedGroupWords,
  celestialBodies,
  compassPrefixes,
  demonymCountry,
  firstNameSet,
  honorificSet,
  knownOrganizationSet,
  landmarkSet,
  leadingAdjectives,
  lowerCaseOrgHeads,
  maxTitleWords,
  orgHeads,
  placeByName,
  placeDesignators,
  placeHeads,
  titleFirstWords,
  titleSet,
} from "../lexicons/index.js";
import type { Segment } from "./name-runs.js";
import { isAllCaps, type Word } from "./words.js";

export type CandidateKind = EntityType | "unknown" | "title-only" | "demonym";

export interface SpanRef {
  start: number;
  end: number;
}

export interface Candidate extends SpanRef {
  text: string;
  kind: CandidateKind;
  subtype: EntitySubtype | null;
  /** Canonical name when a gazetteer knows it ("U.S." -> "United States"). */
  canonical: string | null;
  /** Name words (after title and honorific). */
  words: Word[];
  title: (SpanRef & { text: string }) | null;
  /** Country or organization the title belongs to, as a nested candidate ("US", "Federal Reserve Bank"). */
  titleOf: Candidate | null;
  /** The possessor of "Sudan’s President …". */
  possessor: Candidate | null;
  honorific: boolean;
  /** The first name word is capitalized only by convention (sentence start). */
  initial: boolean;
}

const lowerText = (ws: Word[]) => ws.map((w) => w.text.toLowerCase()).join(" ");
const spanText = (text: string, ws: Word[]) => text.slice((ws[0] as Word).start, (ws[ws.length - 1] as Word).end);
const bare = (w: Word) => w.text.toLowerCase().replace(/\.$/, "");

/** Looks a phrase up in the place gazetteer, reading ALL-CAPS datelines ("JAKARTA") as words. */
export function lookupPlace(phrase: string): { name: string; kind: "country" | "city" | "region" } | undefined {
  const lower = phrase.toLowerCase();
  return placeByName.get(lower) ?? placeByName.get(lower.replace(/['’]s$/, ""));
}

function subtypeForPlace(kind: "country" | "city" | "region"): EntitySubtype {
  return kind;
}

/** The organization head of a name: the last word before of/for/on, else the last word. */
function orgHead(ws: Word[]): { subtype: EntitySubtype } | null {
  const names = ws.filter((w) => /^\p{Lu}/u.test(w.text) || isAllCaps(w.text));
  const cut = ws.findIndex((w) => ["of", "for", "on"].includes(w.text));
  const before = cut > 0 ? ws.slice(0, cut) : ws;
  const head = before[before.length - 1];
  const candidates = [head, names[names.length - 1]];
  for (const h of candidates) {
    if (!h) continue;
    const subtype = orgHeads.get(bare(h));
    if (subtype && !(ws.length === 1 && !isAllCaps(h.text))) return { subtype: subtype as EntitySubtype };
  }
  return null;
}

function titleAt(ws: Word[], p: number): number {
  if (!titleFirstWords.has((ws[p] as Word).text.toLowerCase())) return 0;
  for (let n = Math.min(maxTitleWords, ws.length - p); n >= 1; n--) {
    const phrase = lowerText(ws.slice(p, p + n));
    if (titleSet.has(phrase) || titleSet.has(phrase.replace(/\.$/, ""))) return n;
  }
  return 0;
}

/** Classifies a segment of capitalized words. `after` is the word right after it (for "Marlow administration"). */
export function classifySegment(text: string, seg: Segment, after: Word | undefined): Candidate | null {
  const ws = seg.words;
  const possessor = seg.possessor?.length ? classifyWords(text, seg.possessor, undefined) : null;
  const c = classifyWords(text, ws, after);
  if (c) c.possessor = possessor && (possessor.kind === "place" || possessor.kind === "organization") ? possessor : null;
  return c;
}

function classifyWords(text: string, ws: Word[], after: Word | undefined): Candidate | null {
  if (ws.length === 0) return null;
  const whole = lowerText(ws);
  const place = lookupPlace(spanText(text, ws));
  if (place) return make(text, ws, "place", subtypeForPlace(place.kind), place.name);
  if (landmarkSet.has(whole)) return make(text, ws, "place", "other", null);
  if (ws.length === 1 && celestialBodies.has((ws[0] as Word).text)) return make(text, ws, "place", "other", null);
  // "Southern Verdantia", "northern Ruritania": a compass word and a known place name a region.
  if (ws.length >= 2 && compassPrefixes.has((ws[0] as Word).text) && lookupPlace(spanText(text, ws.slice(1)))) {
    return make(text, ws, "place", "region", null);
  }
  if (knownOrganizationSet.has(whole)) return make(text, ws, "organization", orgHead(ws)?.subtype ?? null, null);
  if (ws.length === 1 && demonymCountry.has(whole)) return make(text, ws, "demonym", null, null);
  // "North African", "Southern European": a demonym with a compass word is still an adjective.
  if (ws.length === 2 && compassPrefixes.has((ws[0] as Word).text) && demonymCountry.has((ws[1] as Word).text.toLowerCase())) {
    return make(text, ws, "demonym", null, null);
  }

  if (isDesignatedArea(ws)) return make(text, ws, "place", "region", null);
  // "Islamic State", "Islamist Front": a creed adjective and an armed-group word.
  if (
    ws.length === 2 &&
    armedGroupWords.has(bare(ws[1] as Word)) &&
    (leadingAdjectives.has((ws[0] as Word).text) || /(ic|ist)$/.test((ws[0] as Word).text))
  ) {
    return make(text, ws, "organization", "armed-group", null);
  }
  const head = orgHead(ws);
  const hasPlaceHead = ws.length > 1 && placeHeads.has(bare(ws[ws.length - 1] as Word));
  if (!head && !hasPlaceHead) {
    // Title grammar: [prefix] TITLE [honorific] NAME, where prefix is a nationality or an organization.
    for (let p = 0; p < ws.length; p++) {
      const n = titleAt(ws, p);
      if (!n) continue;
      let q = p + n;
      let honorific = false;
      while (q < ws.length && honorificSet.has((ws[q] as Word).text.toLowerCase())) {
        honorific = true;
        q++;
      }
      const nameWords = ws.slice(q);
      const prefix = ws.slice(0, p);
      const titleWords = ws.slice(p, p + n);
      const title = {
        start: (titleWords[0] as Word).start,
        end: (titleWords[titleWords.length - 1] as Word).end,
        text: spanText(text, titleWords),
      };
      let titleOf: Candidate | null = null;
      if (prefix.length) {
        const pre = lookupPlace(spanText(text, prefix));
        const dem = demonymCountry.get(lowerText(prefix));
        if (pre) titleOf = make(text, prefix, "place", subtypeForPlace(pre.kind), pre.name);
        else if (dem !== undefined) titleOf = make(text, prefix, "demonym", null, dem);
        else titleOf = classifyWords(text, prefix, undefined);
      }
      if (nameWords.length === 0) {
        const c = make(text, titleWords, "title-only", null, null);
        c.title = title;
        c.titleOf = titleOf;
        return c;
      }
      const c = classifyWords(text, nameWords, after) ?? make(text, nameWords, "unknown", null, null);
      if (c.kind === "unknown" || c.kind === "person") {
        c.kind = "person";
        c.title = title;
        c.titleOf = titleOf;
        c.honorific ||= honorific;
        return c;
      }
      break;
    }
    // Honorific alone: "Mr. Wen".
    if (honorificSet.has((ws[0] as Word).text.toLowerCase()) && ws.length > 1) {
      const c = make(text, ws.slice(1), "person", null, null);
      c.honorific = true;
      return c;
    }
  }
  if (after && lowerCaseOrgHeads.has(after.text) && after.start - (ws[ws.length - 1] as Word).end === 1) {
    // "the Verdant party" is Verdant; "the Marlow administration" is a body of its own name.
    const party = after.text === "party";
    return make(text, [...ws, after], "organization", party ? "political-party" : "government-body", party ? spanText(text, ws) : null);
  }
  if (head) return make(text, ws, "organization", head.subtype, null);
  // "the Verdant museum", "the Ruritania sea": a lower-case place word after a name.
  if (
    after &&
    placeHeads.has(after.text) &&
    after.start - (ws[ws.length - 1] as Word).end === 1 &&
    !firstNameSet.has(bare(ws[0] as Word))
  ) {
    return make(text, [...ws, after], "place", "other", null);
  }
  if (hasPlaceHead) return make(text, ws, "place", "other", null);
  // A place followed by an unknown name is an organization named after it ("Kenya Airways").
  if (ws.length > 1 && lookupPlace((ws[0] as Word).text) && !firstNameSet.has(bare(ws[0] as Word))) {
    return make(text, ws, "organization", "company", null);
  }
  if (ws.length === 1 && isAllCaps((ws[0] as Word).text) && (ws[0] as Word).text.replace(/\./g, "").length >= 2) {
    return make(text, ws, "organization", null, null);
  }
  return make(text, ws, "unknown", null, null);
}

/** "Rivermoor State", "Tana River County": a proper name and an area designator, nothing else. */
function isDesignatedArea(ws: Word[]): boolean {
  if (ws.length < 2 || ws.length > 3) return false;
  const last = ws[ws.length - 1] as Word;
  if (!placeDesignators.has(last.text)) return false;
  return ws
    .slice(0, -1)
    .every(
      (w) =>
        w.pos === "PROPN" &&
        /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
        !titleFirstWords.has(w.text.toLowerCase()) &&
        !leadingAdjectives.has(w.text) &&
        !demonymCountry.has(w.text.toLowerCase()) &&
        !/(ic|ist|an|ese)$/.test(w.text),
    );
}

function make(text: string, ws: Word[], kind: CandidateKind, subtype: EntitySubtype | null, canonical: string | null): Candidate {
  const first = ws[0] as Word;
  const last = ws[ws.length - 1] as Word;
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    kind,
    subtype,
    canonical,
    words: ws,
    title: null,
    titleOf: null,
    possessor: null,
    honorific: false,
    initial: first.initial,
  };
}
