// Document-level entity recognition: classify every name segment, decide unknown names from how the
// whole text uses them, then group mentions into entities (surnames, acronyms, short forms, titles).
import type { EntitySubtype, EntityType } from "@briefing/core";
import { boilerplateRanges } from "../boilerplate.js";
import {
  demonymCountry,
  knownOrganizationSet,
  laterReferenceNouns,
  legalSuffixes,
  locativePrepositions,
  marketIndexSet,
  maxTitleWords,
  nameSuffixes,
  occupationSet,
  orgNouns,
  personPronouns,
  possessedBodyHeads,
  thingNouns,
  titleFirstWords,
  titleLastWords,
  titleSet,
} from "../lexicons/index.js";
import type { Analysis } from "../nlp.js";
import { isCovered } from "../spans.js";
import { type Candidate, classifySegment, lookupPlace, type SpanRef } from "./classify-segment.js";
import { findSegments } from "./name-runs.js";
import { norm } from "./norm.js";
import { type NameContext, type NameDecision, scoreUnknownName, stripParticle } from "./unknown-names.js";
import { buildWords, isAllCaps, isCapitalized, type Word } from "./words.js";

export interface EntityRole extends SpanRef {
  title: string;
  /** Written before the name ("President Marlow"), as opposed to an appositive ("X, president of Y"). */
  prefixed?: boolean;
  /** Key of the entity the role belongs to. */
  of: string | null;
}

export interface EntityRecord {
  key: string;
  type: EntityType;
  subtype: EntitySubtype | null;
  name: string;
  /** Surface forms by normalized form. */
  forms: Map<string, string>;
  mentions: SpanRef[];
  roles: EntityRole[];
}

export interface MentionRef extends SpanRef {
  key: string;
  type: EntityType;
  /** Index of the first word after the mention. */
  nextWord: number;
  /** Index of the mention's first word. */
  firstWord: number;
  sentence: number;
}

export interface RecognizedEntities {
  entities: EntityRecord[];
  /** Every mention, sorted by start. */
  mentions: MentionRef[];
  byKey: Map<string, EntityRecord>;
  words: Word[];
  /** Word index by character offset of its start. */
  wordAt: Map<number, number>;
  /** How each name no gazetteer knew was typed, by normalized name: scores and reason ids. */
  decisions: Map<string, NameDecision>;
}

/** Finds the people, organizations and places of an analysed text. `headlineEnd`: end of a title line, or 0. */
export function recognizeEntities(analysis: Analysis, headlineEnd: number): RecognizedEntities {
  const { text } = analysis;
  const words = buildWords(analysis, headlineEnd, boilerplateRanges(text));
  const wordAt = new Map<number, number>();
  for (const w of words) wordAt.set(w.start, w.index);
  const segments = findSegments(words);
  const cands: Candidate[] = [];
  for (const seg of segments) {
    const last = seg.words[seg.words.length - 1] as Word;
    let c = classifySegment(text, seg, words[last.index + 1]);
    if (!c) continue;
    if (isDatelinePlace(text, seg.words, words)) c = { ...c, kind: "place", subtype: "city", canonical: null, initial: false };
    if (seg.numbered && c.kind !== "place" && c.kind !== "person") continue;
    // "the Dow Jones fell": a market index is a measure, not an organization.
    if (c.kind !== "person" && marketIndexSet.has(c.text.toLowerCase())) continue;
    // A sentence-initial common word is not part of a name ("Credit Ashraf", "Stock markets").
    // A leading "He" survives only as a surname before a proper noun (see name-runs), so it stays.
    const lead = c.words[0] as Word;
    if (c.kind === "unknown" && c.initial && c.words.length > 1 && lead.pos !== "PROPN" && lead.text !== "He") {
      c = classifySegment(text, { words: seg.words.slice(1), possessor: null }, words[last.index + 1]);
      if (!c) continue;
    }
    cands.push(c);
    // "Northvale University's Center on …" also names Northvale University.
    const apostrophe = c.kind === "organization" ? c.words.findIndex((w) => /^['’]s$/.test(w.text)) : -1;
    if (apostrophe > 0) {
      const inner = classifySegment(text, { words: c.words.slice(0, apostrophe), possessor: null }, undefined);
      if (inner?.kind === "organization") cands.push(inner);
    }
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const table = new EntityTable(text, words, wordAt);
  table.build(cands);
  return table.result();
}

/** "LAGOSA, Nigeria (Agency) -": an ALL-CAPS name opening a line before a country or an agency credit is the dateline's place. */
function isDatelinePlace(text: string, seg: Word[], words: Word[]): boolean {
  const first = seg[0] as Word;
  const last = seg[seg.length - 1] as Word;
  if (!seg.every((w) => isAllCaps(w.text) && w.text.length > 1)) return false;
  if (first.start > 0 && !/\n[ \t]*$/.test(text.slice(Math.max(0, first.start - 4), first.start))) return false;
  const next = words[last.index + 1];
  const next2 = words[last.index + 2];
  if (next?.text === "," && next2 && lookupPlace(next2.text)?.kind === "country") return true;
  if (next?.text !== "(") return false;
  for (let k = last.index + 2; k < last.index + 6 && k < words.length; k++) {
    if ((words[k] as Word).text === ")") return ["-", "—", "–"].includes(words[k + 1]?.text ?? "");
  }
  return false;
}

class EntityTable implements NameContext {
  private readonly byKey = new Map<string, EntityRecord>();
  private readonly mentionRefs: MentionRef[] = [];
  /** Person keys by each name word (surname, first name). */
  private readonly personByWord = new Map<string, string[]>();
  /** Entity key by normalized form. */
  private readonly keyByForm = new Map<string, string>();
  /** Unknown-name decisions, kept so they can be traced. */
  private readonly decisions = new Map<string, NameDecision>();
  /** Organization key by its name without a company form ("acme" for "Acme Corp."). */
  private readonly orgByCore = new Map<string, string>();

  constructor(
    private readonly text: string,
    readonly words: Word[],
    readonly wordAt: Map<number, number>,
  ) {}

  build(cands: Candidate[]): void {
    const unknowns: Candidate[] = [];
    const titleOnly: Candidate[] = [];
    // Pass 1: typed names (gazetteers, heads, title grammar).
    for (const c of cands) {
      if (c.kind === "demonym") continue;
      if (c.kind === "title-only") {
        titleOnly.push(c);
        continue;
      }
      if (c.kind === "unknown") {
        unknowns.push(c);
        continue;
      }
      if (c.kind === "place" && c.initial && c.canonical === null) {
        unknowns.push(c);
        continue;
      }
      this.addCandidate(c, c.kind);
    }
    // Pass 2: unknown names, decided from their contexts across the whole text; full names first,
    // so a lone surname can then join the person it shortens.
    const groups = new Map<string, Candidate[]>();
    for (const c of unknowns) {
      const k = norm(c.text);
      const g = groups.get(k);
      if (g) g.push(c);
      else groups.set(k, [c]);
    }
    const singles = new Map<string, Candidate[]>();
    for (const [k, g] of groups) if ((g[0] as Candidate).words.length === 1) singles.set(k, g);
    for (const multi of [true, false]) {
      const decided: [Candidate, EntityType][] = [];
      for (const group of groups.values()) {
        const first = group[0] as Candidate;
        if (first.words.length > 1 !== multi) continue;
        const known = this.resolveKnown(first);
        if (known) {
          for (const c of group) this.addMention(known, c);
          continue;
        }
        if (group.every((c) => c.initial) && first.words.length === 1 && first.kind === "unknown") continue;
        let type: EntityType | null = "place";
        if (first.kind !== "place") {
          const decision = scoreUnknownName(this, group, multi ? singles : null);
          this.decisions.set(norm(first.text), decision);
          type = decision.type;
        }
        if (type) for (const c of group) decided.push([c, type]);
      }
      decided.sort((a, b) => a[0].start - b[0].start);
      for (const [c, type] of decided) {
        const known = this.resolveKnown(c);
        if (known) this.addMention(known, c);
        else this.addCandidate(c, type);
      }
    }
    for (const c of titleOnly) this.resolveTitleOnly(c);
    this.findLowerCaseTitleMentions();
    this.findPossessedBodies();
    this.findAcronymsAndForms();
    this.mergeOrganizations();
    this.reclaimSurnames();
    this.dropThings();
    for (const { role, target } of this.forwardRoles) {
      const found = this.pendingOf.get(target);
      const key = found ? this.canon(found) : undefined;
      if (key && this.byKey.get(key)?.type !== "person") role.of = key;
    }
  }

  /** An existing entity this candidate names: same form, a person's surname or first name, an acronym. */
  private resolveKnown(c: Candidate): string | null {
    const n = norm(c.text);
    const direct = this.keyByForm.get(n);
    if (direct) return this.canon(direct);
    if (c.words.length === 1 || (c.words.length === 2 && nameSuffixes.has((c.words[1] as Word).text))) {
      const persons = this.personByWord.get(stripParticle(norm((c.words[0] as Word).text)));
      if (persons?.length) return this.canon(persons[persons.length - 1] as string);
    }
    const byEnds = this.matchByEnds(c);
    if (byEnds) return byEnds;
    // "Bin Salem" after "Karim bin Salem": the end of a known person's name.
    if (c.words.length > 1 && c.kind !== "place") {
      for (const e of this.byKey.values()) if (e.type === "person" && norm(e.name).endsWith(` ${n}`)) return e.key;
    }
    return null;
  }

  /** "the company", "the firm" opening a clause within two sentences after the mention, with no person named between. */
  laterOrgReference(c: Candidate): boolean {
    const at = this.wordAt.get(c.start);
    if (at === undefined) return false;
    const sentence = (this.words[at] as Word).sentence;
    for (let k = at + c.words.length; k < this.words.length - 1; k++) {
      const w = this.words[k] as Word;
      if (w.sentence > sentence + 2) break;
      if (personPronouns.has(w.text.toLowerCase())) return false;
      if (w.text !== "the" && w.text !== "The") continue;
      const head = (this.words[k + 1] as Word).text;
      if (laterReferenceNouns.has(head.toLowerCase())) return true;
    }
    return false;
  }

  /** ", a/an/the … organization": the appositive describes a body, not a person. */
  appositiveOrg(commaIndex: number): boolean {
    let i = commaIndex + 1;
    const det = this.words[i];
    if (!det || !["a", "an", "the"].includes(det.text.toLowerCase())) return false;
    i++;
    for (let k = i; k < i + 5 && k < this.words.length; k++) {
      const w = this.words[k] as Word;
      if (w.punct && w.text !== "-") return false;
      if (orgNouns.has(w.text.toLowerCase())) return true;
      if (titleSet.has(w.text.toLowerCase()) || occupationSet.has(w.text.toLowerCase())) return false;
    }
    return false;
  }

  /** A role phrase after ", a/an/the …" ending in a title or occupation: "a professor at Harbor College". */
  appositiveRole(commaIndex: number): { text: string; start: number; end: number; ofWord: number; possessor: number | null } | null {
    let i = commaIndex + 1;
    const det = this.words[i];
    if (det && ["a", "an", "the"].includes(det.text.toLowerCase())) i++;
    let lastTitle = -1;
    let startWord = i;
    let possessor: number | null = null;
    for (let k = i; k < startWord + 5 && k < this.words.length; k++) {
      const w = this.words[k] as Word;
      if (w.punct || ["of", "at", "for", "with", "in", "and", "who", "which", "said"].includes(w.text)) break;
      const lower = w.text.toLowerCase();
      if (titleSet.has(lower) || occupationSet.has(lower)) lastTitle = k;
      // "Tunisia country director": a country or demonym may qualify the role.
      if (/^\p{Lu}/u.test(w.text) && !titleSet.has(lower) && !lookupPlace(w.text) && !demonymCountry.has(lower)) {
        // "Acme's senior director", "Acmes' analyst": the possessor is what the role is of, not part of it.
        let e = k;
        while (e < k + 3 && /^\p{Lu}/u.test(this.words[e + 1]?.text ?? "") && !(this.words[e + 1] as Word).punct) e++;
        const mark = this.words[e + 1]?.text ?? "";
        if (/^['’]s$/.test(mark) || (/^['’]$/.test(mark) && /s$/.test((this.words[e] as Word).text))) {
          if (possessor === null) possessor = w.start;
          k = e + 1;
          startWord = k + 1;
          continue;
        }
        break;
      }
    }
    if (lastTitle < startWord) return null;
    const a = this.words[startWord] as Word;
    const b = this.words[lastTitle] as Word;
    return { text: this.text.slice(a.start, b.end), start: a.start, end: b.end, ofWord: lastTitle + 1, possessor };
  }

  /** A lower-case title right before a name: "oceanographer Lia Moretti", "airline boss Ravi Mendes". */
  roleBefore(c: Candidate): { text: string; start: number; end: number; firstWord: number } | null {
    const at = this.wordAt.get(c.start);
    if (at === undefined) return null;
    const last = this.words[at - 1];
    if (!last || !(titleLastWords.has(last.text.toLowerCase()) || occupationSet.has(last.text.toLowerCase()))) return null;
    for (let n = Math.min(maxTitleWords, 3); n >= 1; n--) {
      const ws = this.words.slice(Math.max(0, at - n), at);
      if (ws.length !== n || ws.some((w) => w.punct || w.sentence !== (this.words[at] as Word).sentence)) continue;
      const phrase = ws.map((w) => w.text.toLowerCase()).join(" ");
      if (!(titleSet.has(phrase) || (n === 1 && occupationSet.has(phrase)))) continue;
      // A capital only counts against a lower-case title when it is not the sentence's first word.
      if (ws.some((w) => /^\p{Lu}/u.test(w.text) && !w.initial)) continue;
      const a = ws[0] as Word;
      const b = ws[ws.length - 1] as Word;
      return { text: this.text.slice(a.start, b.end), start: a.start, end: b.end, firstWord: at - n };
    }
    return null;
  }

  /** A role before the name and a comma: "Ruritania’s leader, Park Min-ho"; "the head of the agency, X". */
  roleAheadOfComma(c: Candidate): (SpanRef & { text: string; of: string | null }) | null {
    const at = this.wordAt.get(c.start);
    if (at === undefined || this.words[at - 1]?.text !== ",") return null;
    const sentence = (this.words[at] as Word).sentence;
    for (let k = at - 2; k >= Math.max(0, at - 10); k--) {
      const w = this.words[k] as Word;
      if (w.sentence !== sentence || w.punct) return null;
      const lower = w.text.toLowerCase();
      if (!(titleSet.has(lower) || occupationSet.has(lower)) || /^\p{Lu}/u.test(w.text)) continue;
      // Everything between the title and the comma must be its complement ("of the agency").
      const next = this.words[k + 1] as Word;
      if (k + 1 !== at - 1 && !["of", "for", "at"].includes(next.text)) return null;
      // Up to two modifiers ("top", "Chinese") between the determiner or possessor and the title.
      let d = k - 1;
      while (d > k - 3 && d >= 0) {
        const m = this.words[d] as Word;
        if (
          m.punct ||
          !(/^\p{Ll}/u.test(m.text) || demonymCountry.has(m.text.toLowerCase()) || lookupPlace(m.text)) ||
          DETERMINERS.has(m.text.toLowerCase())
        )
          break;
        d--;
      }
      const prev = this.words[d];
      const prev2 = this.words[d - 1];
      if (!prev || !(DETERMINERS.has(prev.text.toLowerCase()) || /^['’]s$/.test(prev.text))) return null;
      let of: string | null = null;
      if (prev && /^['’]s$/.test(prev.text)) of = this.mentionEndingAt(prev.start)?.key ?? null;
      else if (prev2 && /^['’]s$/.test(prev2.text)) of = this.mentionEndingAt(prev2.start)?.key ?? null;
      return { text: w.text, start: w.start, end: w.end, of };
    }
    return null;
  }

  /** "the Verdant museum" after "the Verdant National Museum": a longer name with the same first and last word. */
  private matchByEnds(c: Candidate): string | null {
    if (c.words.length < 2) return null;
    const parts = norm(c.text).split(" ");
    for (const e of this.byKey.values()) {
      const en = norm(e.name).split(" ");
      if (en.length > parts.length && en[0] === parts[0] && en[en.length - 1] === parts[parts.length - 1]) return e.key;
    }
    return null;
  }

  private addCandidate(c: Candidate, type: EntityType): string {
    const name = c.canonical ?? c.text.replace(/['’]s$/, "");
    let key = this.keyByForm.get(norm(name)) ?? this.keyByForm.get(norm(c.text));
    if (key) key = this.canon(key);
    if (!key && type === "person") key = this.matchPerson(c) ?? undefined;
    if (!key && type === "organization") key = this.matchShortOrg(c) ?? undefined;
    if (!key && type !== "person") key = this.matchByEnds(c) ?? undefined;
    const core = type === "organization" ? companyCore(norm(name)) : null;
    if (!key && core) {
      const k = this.orgByCore.get(core);
      if (k) key = this.canon(k);
    }
    if (!key) {
      key = `${type}:${norm(name)}`;
      if (!this.byKey.has(key)) {
        this.byKey.set(key, { key, type, subtype: c.subtype, name, forms: new Map(), mentions: [], roles: [] });
      }
    }
    const entity = this.byKey.get(key) as EntityRecord;
    if (entity.type === "person" && type === "person" && nameLength(c.text) > nameLength(entity.name)) entity.name = c.text;
    if (!this.keyByForm.has(norm(name))) this.keyByForm.set(norm(name), key);
    if (core && entity.type === "organization" && !this.orgByCore.has(core)) this.orgByCore.set(core, key);
    if (entity.subtype === null && c.subtype !== null) entity.subtype = c.subtype;
    this.addMention(key, c);
    if (c.titleOf) {
      const ofKey = this.ensureTitleOf(c.titleOf);
      this.addRole(key, c.title, ofKey, true);
    } else if (c.title) {
      this.addRole(key, c.title, c.possessor ? this.ensureTitleOf(c.possessor) : null, true);
    }
    if (type === "person") {
      const before = this.roleBefore(c);
      if (before) {
        const of = this.ofBefore(before.firstWord);
        this.addRole(key, before, of, true);
        // "Brightwater analyst Jane Roe": the body may only be typed later in the pass, so settle it at the end.
        const target = of ? null : this.capitalRunBefore(before.firstWord);
        const added = (this.byKey.get(key) as EntityRecord).roles.find((r) => r.start === before.start);
        if (target !== null && added) this.forwardRoles.push({ role: added, target });
      }
      const ahead = this.roleAheadOfComma(c);
      if (ahead) this.addRole(key, ahead, ahead.of);
      const lastIndex = this.wordAt.get((c.words[c.words.length - 1] as Word).start);
      const next = lastIndex !== undefined ? this.words[lastIndex + 1] : undefined;
      if (lastIndex !== undefined && next?.text === ",") {
        const role = this.appositiveRole(lastIndex + 1);
        if (role) {
          this.addRole(key, role, null);
          const added = (this.byKey.get(key) as EntityRecord).roles.find((r) => r.start === role.start);
          // The complement wins over the possessor: "NASA's head of the Science Directorate" is of the directorate.
          if (role.possessor !== null && added) this.forwardRoles.push({ role: added, target: role.possessor });
          const target = this.targetAfter(role.ofWord);
          if (target !== null && added) this.forwardRoles.push({ role: added, target });
        }
      }
    }
    return key;
  }

  /** The organization or place named right before a lower-case title ("Pentagon spokesman"). */
  private ofBefore(wordIndex: number): string | null {
    const prev = this.words[wordIndex - 1];
    if (!prev) return null;
    const m = this.mentionEndingAt(prev.end);
    return m && m.type !== "person" ? m.key : null;
  }

  /** Start of the run of capitalized words right before word `wordIndex` in its sentence, or null. */
  private capitalRunBefore(wordIndex: number): number | null {
    const sentence = this.words[wordIndex]?.sentence;
    let i = wordIndex - 1;
    while (i >= 0) {
      const w = this.words[i] as Word;
      if (w.punct || w.sentence !== sentence || !/^\p{Lu}/u.test(w.text)) break;
      i--;
    }
    return i + 1 < wordIndex ? (this.words[i + 1] as Word).start : null;
  }

  /** Where the organization or place after "of/at/for (the)" following a role starts. */
  private targetAfter(wordIndex: number): number | null {
    let i = wordIndex;
    const w = this.words[i];
    if (!w || !["of", "at", "for"].includes(w.text)) return null;
    i++;
    if (this.words[i]?.text === "the") i++;
    return this.words[i]?.start ?? null;
  }

  /** Role `of` links that point forward are settled once all mentions exist. */
  private readonly pendingOf = new Map<number, string>();
  private readonly forwardRoles: { role: EntityRole; target: number }[] = [];

  private readonly mentionByEnd = new Map<number, MentionRef>();
  private readonly mentionByStart = new Map<number, MentionRef>();

  mentionStartingAt(start: number): MentionRef | undefined {
    const m = this.mentionByStart.get(start);
    return m ? { ...m, key: this.canon(m.key) } : undefined;
  }

  mentionEndingAt(end: number): MentionRef | undefined {
    const m = this.mentionByEnd.get(end);
    return m ? { ...m, key: this.canon(m.key) } : undefined;
  }

  private ensureTitleOf(c: Candidate): string | null {
    if (c.kind === "demonym") {
      const country = c.canonical;
      return country ? (this.keyByForm.get(norm(country)) ?? null) : null;
    }
    if (c.kind === "place" || c.kind === "organization") return this.addCandidate(c, c.kind);
    return null;
  }

  private addRole(given: string, title: (SpanRef & { text: string }) | null, of: string | null, prefixed = false): void {
    if (!title) return;
    const key = this.canon(given);
    const e = this.byKey.get(key) as EntityRecord;
    if (e.type !== "person") return;
    if (e.roles.some((r) => r.start === title.start)) return;
    e.roles.push({ title: title.text, of, start: title.start, end: title.end, prefixed });
  }

  /** Persons with the same surname and a compatible first name are one ("Pat Roe", "Patrick W. Roe"). */
  private matchPerson(c: Candidate): string | null {
    const parts = personParts(c.words);
    if (!parts.last) return null;
    const keys = this.personByWord.get(stripParticle(norm(parts.last))) ?? [];
    // "Mr. Zhao" before "Zhao Lin": a one-word person whose name is this name's first word.
    if (parts.first) {
      for (const k of this.personByWord.get(stripParticle(norm(parts.first))) ?? []) {
        const e = this.byKey.get(this.canon(k));
        if (e && !e.name.includes(" ") && norm(e.name) === norm(parts.first)) return e.key;
      }
    }
    for (const k of keys) {
      const e = this.byKey.get(this.canon(k));
      if (!e) continue;
      const other = personParts(e.name.split(/\s+/).map((t) => ({ text: t }) as Word));
      if (other.last && stripParticle(norm(other.last)) !== stripParticle(norm(parts.last))) continue;
      if (
        !parts.first ||
        !other.first ||
        norm(other.first).startsWith(norm(parts.first)) ||
        norm(parts.first).startsWith(norm(other.first))
      )
        return k;
    }
    return null;
  }

  /** "State Department" after "US State Department": the same body without its country. */
  private matchShortOrg(c: Candidate): string | null {
    const n = norm(c.text);
    for (const [form, k] of this.keyByForm) {
      if (!form.endsWith(` ${n}`)) continue;
      const key = this.canon(k);
      const e = this.byKey.get(key) as EntityRecord;
      if (e.type !== "organization") continue;
      const prefix = form.slice(0, form.length - n.length - 1);
      if (c.subtype !== null && c.subtype !== "company" && (demonymCountry.has(prefix) || lookupPlace(prefix)?.kind === "country"))
        return key;
    }
    return null;
  }

  private addMention(given: string, c: SpanRef & { text: string }): void {
    const key = this.canon(given);
    const e = this.byKey.get(key) as EntityRecord;
    const form = c.text.replace(/['’]s$/, "");
    const n = norm(form);
    if (!e.forms.has(n)) e.forms.set(n, form);
    if (!this.keyByForm.has(n)) this.keyByForm.set(n, key);
    if (e.type === "person") {
      for (const part of form.split(/\s+/)) {
        const p = stripParticle(norm(part));
        if (p.length < 2 || nameSuffixes.has(part) || /^\p{Lu}\.$/u.test(part)) continue;
        const list = this.personByWord.get(p) ?? [];
        if (!list.includes(key)) list.push(key);
        this.personByWord.set(p, list);
      }
    }
    if (e.mentions.some((m) => m.start === c.start && m.end === c.end)) return;
    e.mentions.push({ start: c.start, end: c.end });
    this.pendingOf.set(c.start, key);
    const firstWord = this.wordAt.get(c.start) ?? 0;
    let nextWord = firstWord;
    while (nextWord < this.words.length && (this.words[nextWord] as Word).start < c.end) nextWord++;
    const ref: MentionRef = {
      start: c.start,
      end: c.end,
      key,
      type: e.type,
      nextWord,
      firstWord,
      sentence: (this.words[firstWord] as Word).sentence,
    };
    this.mentionRefs.push(ref);
    this.mentionByEnd.set(c.end, ref);
    this.mentionByStart.set(c.start, ref);
  }

  /** "The Secretary", "the President": the last person who holds that title. */
  private resolveTitleOnly(c: Candidate): void {
    if (!c.title) return;
    const key = this.lastHolder(c.title.text, c.start);
    if (key) this.addMention(key, { start: c.start, end: c.end, text: c.text });
  }

  private lastHolder(title: string, before: number): string | null {
    const t = norm(title);
    let best: { key: string; at: number } | null = null;
    for (const e of this.byKey.values()) {
      if (e.type !== "person") continue;
      for (const r of e.roles) {
        const rt = norm(r.title);
        // "the president" refers to someone titled so before the name, not to "X, president of a farm group".
        if (!r.prefixed && !t.includes(" ")) continue;
        if (r.start < before && (rt === t || rt.endsWith(` ${t}`) || rt.startsWith(`${t} `)) && (!best || r.start > best.at))
          best = { key: e.key, at: r.start };
      }
    }
    return best?.key ?? null;
  }

  /** "the foreign minister" in lower case refers back to the last holder of that title. */
  private findLowerCaseTitleMentions(): void {
    const sorted = [...this.mentionRefs].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 0; i + 1 < this.words.length; i++) {
      const w = this.words[i] as Word;
      if (w.text !== "the" && w.text !== "The") continue;
      if (!titleFirstWords.has((this.words[i + 1] as Word).text.toLowerCase())) continue;
      for (let n = Math.min(maxTitleWords, this.words.length - i - 1); n >= 1; n--) {
        const ws = this.words.slice(i + 1, i + 1 + n);
        if (ws.some((x) => x.punct)) continue;
        const phrase = ws.map((x) => x.text.toLowerCase()).join(" ");
        if (
          !titleSet.has(phrase) ||
          (n === 1 &&
            !/^\p{Lu}/u.test((ws[0] as Word).text) &&
            phrase.split(" ").length < 2 &&
            !["president", "secretary", "minister", "chancellor", "premier"].includes(phrase))
        )
          continue;
        const after = this.words[i + 1 + n];
        if (after && /^\p{Lu}/u.test(after.text) && !after.punct) break;
        const a = ws[0] as Word;
        const b = ws[ws.length - 1] as Word;
        if (isCovered(sorted, a.start, b.end)) break;
        const key = this.lastHolder(phrase, a.start);
        if (key) this.addMention(key, { start: w.start, end: b.end, text: this.text.slice(w.start, b.end) });
        break;
      }
    }
  }

  /** "Germany's economy ministry", "Pakistan's foreign office": a lower-case government body of a country. */
  private findPossessedBodies(): void {
    const places = this.mentionRefs.filter((m) => m.type === "place");
    for (const m of places) {
      if (!/^['’]s$/.test(this.words[m.nextWord]?.text ?? "")) continue;
      const from = m.nextWord + 1;
      let head = -1;
      for (let k = from; k < from + 3 && k < this.words.length; k++) {
        const w = this.words[k] as Word;
        if (w.punct || !/^\p{Ll}+$/u.test(w.text)) break;
        if (possessedBodyHeads.has(w.text)) head = k;
        else if (w.pos !== "NOUN" && w.pos !== "ADJ") break;
      }
      const after = this.words[head + 1];
      if (head < 0 || (after && !after.punct && after.pos === "NOUN")) continue;
      const a = this.words[from] as Word;
      const b = this.words[head] as Word;
      const name = this.text.slice(a.start, b.end);
      const key = `organization:${norm(name)}`;
      if (!this.byKey.has(key)) {
        this.byKey.set(key, { key, type: "organization", subtype: "government-body", name, forms: new Map(), mentions: [], roles: [] });
      }
      this.addMention(key, { start: a.start, end: b.end, text: name });
    }
  }

  /** Bracketed acronyms after an organization, and later uses of any known form not yet counted. */
  private findAcronymsAndForms(): void {
    const sorted = [...this.mentionRefs].sort((a, b) => a.start - b.start);
    for (const m of sorted) {
      if (m.type === "person") continue;
      const open = this.words[m.nextWord];
      const acr = this.words[m.nextWord + 1];
      const close = this.words[m.nextWord + 2];
      if (open?.text !== "(" || !acr || close?.text !== ")" || !isAcronym(acr.text)) continue;
      const e = this.byKey.get(this.canon(m.key)) as EntityRecord;
      const initials = e.name.match(/\p{Lu}/gu)?.join("") ?? "";
      if (!initials.startsWith(acr.text.replace(/\./g, "")[0] ?? "?")) continue;
      const other = this.keyByForm.get(norm(acr.text));
      const own = this.canon(m.key);
      if (other && this.canon(other) !== own) this.mergeInto(this.canon(other), own);
      this.addMention(own, { start: acr.start, end: acr.end, text: acr.text });
    }
    // Forms known now but skipped earlier (sentence-initial, headline): one pass over the words.
    const formsByFirst = new Map<string, { words: string[]; key: string }[]>();
    for (const [form, k] of this.keyByForm) {
      const key = this.canon(k);
      const parts = form.split(" ");
      const list = formsByFirst.get(parts[0] as string) ?? [];
      list.push({ words: parts, key });
      formsByFirst.set(parts[0] as string, list);
    }
    const covered = this.mentionRefs.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
    let ci = 0;
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] as Word;
      if (!/^\p{Lu}/u.test(w.text)) continue;
      const options = formsByFirst.get(norm(w.text));
      if (!options) continue;
      while (ci < covered.length && (covered[ci] as readonly [number, number])[1] <= w.start) ci++;
      if (ci < covered.length && (covered[ci] as readonly [number, number])[0] <= w.start) continue;
      let best: { n: number; key: string } | null = null;
      for (const o of options) {
        const n = o.words.length;
        const ws = this.words.slice(i, i + n);
        if (ws.length === n && ws.every((x, k) => norm(x.text) === o.words[k]) && (!best || n > best.n)) best = { n, key: o.key };
      }
      if (!best) continue;
      const last = this.words[i + best.n - 1] as Word;
      const next = this.words[i + best.n];
      if (next && /^\p{Lu}/u.test(next.text) && !next.punct) continue; // part of a longer name
      this.addMention(best.key, { start: w.start, end: last.end, text: this.text.slice(w.start, last.end) });
    }
  }

  /**
   * "Margaret Hamilton … Hamilton said": once a person is introduced, a later bare surname (or first name)
   * that a gazetteer reads as a place is that person. Only when every use of the place comes after the
   * person's first mention and is that one word.
   */
  private reclaimSurnames(): void {
    const persons = [...this.byKey.values()].filter((e) => e.type === "person" && e.name.includes(" "));
    if (persons.length === 0) return;
    // "moved to Hamilton", "Hamilton, Ontario": used as a place.
    const usedAsPlace = (m: SpanRef) => {
      const at = this.wordAt.get(m.start) ?? 0;
      const prev = this.words[at - 1];
      const next = this.words[at + 1];
      const after = this.words[at + 2];
      return (
        (prev !== undefined && locativePrepositions.has(prev.text)) ||
        (next?.text === "," && after !== undefined && this.mentionStartingAt(after.start)?.type === "place")
      );
    };
    for (const place of [...this.byKey.values()]) {
      if (place.type !== "place") continue;
      for (const p of persons) {
        const parts = personParts(p.name.split(/\s+/).map((t) => ({ text: t }) as Word));
        const introduced = Math.min(...p.mentions.map((m) => m.start));
        const moved = place.mentions.filter((m) => {
          const word = this.text.slice(m.start, m.end);
          return m.start > introduced && (word === parts.last || word === parts.first) && !usedAsPlace(m);
        });
        if (moved.length === 0) continue;
        const starts = new Set(moved.map((m) => m.start));
        place.mentions = place.mentions.filter((m) => !starts.has(m.start));
        p.mentions.push(...moved);
        const form = this.text.slice((moved[0] as SpanRef).start, (moved[0] as SpanRef).end);
        if (!p.forms.has(norm(form))) p.forms.set(norm(form), form);
        for (const ref of this.mentionRefs) if (starts.has(ref.start) && this.canon(ref.key) === place.key) ref.key = p.key;
        if (place.mentions.length === 0) {
          this.byKey.delete(place.key);
          this.redirect.set(place.key, p.key);
          break;
        }
      }
    }
  }

  /**
   * "the Zephyr program", "its Zephyr uncrewed lander", "trucks and SUVs": an organization-typed name used as
   * a programme or product in a third of its mentions or more, or an acronym also used in the plural, is no entity.
   */
  private dropThings(): void {
    const plurals = new Set<string>();
    for (const w of this.words) if (/^\p{Lu}{2,}s$/u.test(w.text)) plurals.add(w.text.slice(0, -1));
    const refsByKey = new Map<string, MentionRef[]>();
    for (const m of this.mentionRefs) {
      const k = this.canon(m.key);
      // push, not a spread copy: one entity with thousands of mentions stays linear.
      const list = refsByKey.get(k);
      if (list) list.push(m);
      else refsByKey.set(k, [m]);
    }
    const dropped = new Set<string>();
    for (const e of this.byKey.values()) {
      if (e.type !== "organization" || knownOrganizationSet.has(e.name.toLowerCase())) continue;
      const refs = refsByKey.get(e.key) ?? [];
      const things = refs.filter((m) => this.thingAfter(m.nextWord)).length;
      const plural = [...e.forms.values()].some((f) => plurals.has(f));
      if ((things > 0 && things * 3 >= refs.length) || plural) dropped.add(e.key);
    }
    if (dropped.size === 0) return;
    for (const k of dropped) this.byKey.delete(k);
    const kept = this.mentionRefs.filter((m) => !dropped.has(this.canon(m.key)));
    this.mentionRefs.length = 0;
    this.mentionRefs.push(...kept);
  }

  /** A product or programme noun at word `i`, after up to two lower-case modifiers or a closing bracket. */
  private thingAfter(i: number): boolean {
    let k = i;
    if (this.words[k]?.text === ")") k++;
    for (let n = 0; n < 3; n++) {
      const w = this.words[k + n];
      if (!w || w.punct || !/^\p{Ll}/u.test(w.text)) return false;
      if (thingNouns.has(w.text)) return true;
      if (!["ADJ", "NOUN", "VERB"].includes(w.pos)) return false;
    }
    return false;
  }

  /** "Federal Reserve" and "US Federal Reserve" are one body; so are "AMC" and "Acme Motor Company". */
  private mergeOrganizations(): void {
    const orgs = [...this.byKey.values()].filter((e) => e.type === "organization");
    for (const short of orgs) {
      if (!this.byKey.has(short.key)) continue;
      const n = norm(short.name);
      const isAcronym = isAllCaps(short.name);
      for (const long of orgs) {
        if (long === short || !this.byKey.has(long.key)) continue;
        const ln = norm(long.name);
        let same = false;
        if (ln.endsWith(` ${n}`)) {
          const prefix = ln.slice(0, ln.length - n.length - 1);
          // Only a body named by its function ("Federal Reserve", "State Department") drops its country;
          // "Kenya Airways" is a company of its own, not "Airways".
          same =
            short.subtype !== null &&
            short.subtype !== "company" &&
            (demonymCountry.has(prefix) || lookupPlace(prefix)?.kind === "country");
        } else if (isAcronym && !ln.includes(" ") === false) {
          const initials = (long.name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join("");
          same = initials === short.name.replace(/\./g, "");
        }
        if (same) {
          this.mergeInto(short.key, this.canon(long.key));
          break;
        }
      }
    }
  }

  /** Merged entity keys point to the key they were merged into; followed lazily by `canon`. */
  private readonly redirect = new Map<string, string>();

  private canon(key: string): string {
    let k = key;
    for (let next = this.redirect.get(k); next !== undefined; next = this.redirect.get(k)) k = next;
    return k;
  }

  private mergeInto(from: string, into: string): void {
    const a = this.byKey.get(from) as EntityRecord;
    const b = this.byKey.get(into) as EntityRecord;
    for (const [n, f] of a.forms) if (!b.forms.has(n)) b.forms.set(n, f);
    b.mentions.push(...a.mentions);
    b.roles.push(...a.roles);
    this.byKey.delete(from);
    this.redirect.set(from, into);
  }

  /** "Moody's cut its rating", "at Moody's said": a name never used without a non-possessive "'s" ends in it. */
  private keepNameFinalS(): void {
    const sOf = (m: MentionRef): Word | null => {
      const s = this.words[m.nextWord];
      if (!s || s.start !== m.end || !/^['’]s$/.test(s.text)) return null;
      const after = this.words[m.nextWord + 1];
      // A possessive is followed by what is possessed: a noun, adjective or number.
      if (after && !after.punct && ["NOUN", "PROPN", "ADJ", "NUM", "DET"].includes(after.pos)) return null;
      return s;
    };
    const byKey = new Map<string, MentionRef[]>();
    for (const m of this.mentionRefs) {
      // push, not a spread copy: one entity with thousands of mentions stays linear.
      const list = byKey.get(m.key);
      if (list) list.push(m);
      else byKey.set(m.key, [m]);
    }
    for (const [key, refs] of byKey) {
      const e = this.byKey.get(key);
      if (!e || e.type === "place" || !refs.every((m) => sOf(m) !== null)) continue;
      // A map of the mentions, not a find per reference: a name said thousands of times stays linear.
      const mentionAt = new Map<string, (typeof e.mentions)[number]>();
      for (const x of e.mentions) if (!mentionAt.has(`${x.start}:${x.end}`)) mentionAt.set(`${x.start}:${x.end}`, x);
      for (const m of refs) {
        const s = sOf(m) as Word;
        const mention = mentionAt.get(`${m.start}:${m.end}`);
        if (mention) mention.end = s.end;
        m.end = s.end;
        m.nextWord += 1;
      }
      const first = refs[0] as MentionRef;
      e.name = this.text.slice(first.start, first.end);
      e.forms.set(norm(e.name), e.name);
      if (e.type === "person" && e.roles.length === 0) {
        e.type = "organization";
        for (const m of refs) m.type = "organization";
      }
    }
  }

  result(): RecognizedEntities {
    for (const m of this.mentionRefs) {
      m.key = this.canon(m.key);
      m.type = this.byKey.get(m.key)?.type ?? m.type;
    }
    this.keepNameFinalS();
    for (const e of this.byKey.values()) for (const r of e.roles) if (r.of) r.of = this.canon(r.of);
    const entities = [...this.byKey.values()];
    for (const e of entities) {
      e.mentions.sort((a, b) => a.start - b.start);
      e.roles.sort((a, b) => a.start - b.start);
    }
    entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    this.mentionRefs.sort((a, b) => a.start - b.start || a.end - b.end);
    return {
      entities,
      mentions: this.mentionRefs,
      byKey: this.byKey,
      words: this.words,
      wordAt: this.wordAt,
      decisions: this.decisions,
    };
  }
}

/** "acme corp" / "acme, inc" / "acme corporation" -> "acme": the name without its company form. */
function companyCore(n: string): string {
  const parts = n.replace(/,/g, "").split(" ");
  while (parts.length > 1 && legalSuffixes.has(parts[parts.length - 1] as string)) parts.pop();
  return parts.join(" ");
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "your"]);

const nameLength = (s: string) => s.split(/\s+/).length * 100 + s.length;

/** First and last name words of a person name, ignoring initials, particles and suffixes. */
function personParts(ws: Pick<Word, "text">[]): { first: string | null; last: string | null } {
  const parts = ws.map((w) => w.text).filter((t) => !nameSuffixes.has(t) && !/^\p{Lu}\.$/u.test(t) && isCapitalized(t));
  if (parts.length === 0) return { first: null, last: null };
  if (parts.length === 1) return { first: null, last: parts[0] as string };
  return { first: parts[0] as string, last: parts[parts.length - 1] as string };
}

/** An acronym as written: short, starting with a capital, with two capitals or more ("PICSS", "BoA", "U.S."). */
function isAcronym(text: string): boolean {
  return text.length <= 8 && /^\p{Lu}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\s/.test(text);
}
