// Credit spans from the finders -> entity keys. Named spans link to the entity they name (creating
// it when the text names someone new); running quotes to the previous speaker. Pronouns are
// resolved before they get here, by the one resolver (quotes/pronouns.ts); one left unresolved
// credits nobody, since a guess from the entity list is often wrong.
import { normalizeName } from "@briefing/core";
import type { CreditSpan, Span } from "./candidates.js";
import { lookupPlace } from "./entities/classify-segment.js";
import { norm } from "./entities/norm.js";
import type { MentionRef, RecognizedEntities } from "./entities/recognize.js";
import {
  demonymCountry,
  descriptionSubtypes,
  genericCapitalized,
  groupNouns,
  notNames,
  occupationSet,
  orgHeads,
  titleSet,
} from "./lexicons/index.js";
import { firstAtOrAfter } from "./spans.js";

export class CreditLinker {
  private lastSpeaker: string | null = null;
  /** Types of entities this linker created from credit spans, which the recognized index does not hold. */
  private readonly createdTypes = new Map<string, string>();
  constructor(
    private readonly text: string,
    private readonly found: RecognizedEntities,
    /** Creates an entity named by a credit span that matched none; returns its key. */
    private readonly create: (span: Span, name: string, type: "person" | "organization" | "place") => string,
  ) {}

  /** The entity key a credit points at, or null when the text does not say. `isQuote` tracks the running speaker. */
  link(credit: CreditSpan, isQuote: boolean): string | null {
    let key: string | null = null;
    if (credit.kind === "named") key = this.named(credit.span);
    // A pronoun the finders' resolver (quotes/pronouns.ts) could not resolve names nobody.
    else if (credit.kind === "running") key = this.lastSpeaker;
    if (isQuote && key) this.lastSpeaker = key;
    return key;
  }

  /**
   * The entity a figure is credited to, or null. A place is never a figure's source: "the UK index"
   * or "Harbor United said" name a location or stand for a body the text does not name, and a credit
   * to the wrong kind of entity is worse than none.
   */
  linkSource(credit: CreditSpan): string | null {
    const key = this.link(credit, false);
    return key !== null && this.typeOf(key) === "place" ? null : key;
  }

  private typeOf(key: string): string | undefined {
    return this.found.byKey.get(key)?.type ?? this.createdTypes.get(key);
  }

  /** The mention inside the span (persons and organizations before places), else a known form, else a new entity. */
  private named(span: Span): string | null {
    const inside: MentionRef[] = [];
    const all = this.found.mentions;
    for (let i = firstAtOrAfter(all, span.start); i < all.length && (all[i] as MentionRef).start < span.end; i++) {
      const m = all[i] as MentionRef;
      // A name ending in "'s" ("Moody's") may run past a span that stops before the "'s".
      if (m.end <= span.end || /^['’]s$/.test(this.text.slice(span.end, m.end))) inside.push(m);
    }
    // The first person or organization named; of nested names the longest ("Harbor University's Center on …").
    const named = inside.filter((m) => m.type !== "place");
    const first = named[0];
    const pick = first ? named.filter((m) => m.start < first.end).reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)) : inside[0];
    // "Acme analyst Jane Roe": the person after an organization's role noun is the one credited.
    const holder = first && first.type !== "person" ? this.roleHolderAfter(first, named) : undefined;
    if (holder) return holder.key;
    if (pick) return pick.key;
    // "Aviation analysts", "Industry experts": a group of people no entity stands for names nobody.
    if (namesAGroupOfPeople(span.text)) return null;
    const words = span.text.replace(/^(the|a|an)\s+/i, "").trim();
    const n = normalizeName(words);
    for (const e of this.found.entities) if (e.forms.has(n)) return e.key;
    const described = this.describedOrganization(span);
    if (described) return described;
    // Generic descriptions ("officials", "the statement") name nobody.
    const caps = /(\p{Lu}[\p{L}.’'-]*)(\s+(of|for|the|and|on|\p{Lu}[\p{L}.’'-]*))*/u.exec(span.text);
    if (!caps || caps.index === undefined) return this.statementHolder(span);
    let name = caps[0].replace(/\s+(of|for|the|and|on)$/u, "").replace(/['’]s$/, "");
    let start = span.start + caps.index;
    // Leading function words and titles are not part of the name ("The", "Analyst").
    while (/^(\p{Lu}\p{Ll}*)\s/u.test(name) && notNames.has(name.split(/\s/)[0] as string)) {
      const cut = name.indexOf(" ") + 1;
      name = name.slice(cut);
      start += cut;
    }
    // "the Nasdaq index": a market index credits nobody.
    if (/^\s+ind(ex|ices|exes)\b/.test(this.text.slice(start + name.length, start + name.length + 9))) return null;
    const parts = name.split(/\s+/);
    if (notNames.has(name) || genericCapitalized.has(name) || demonymCountry.has(name.toLowerCase())) return null;
    if (parts.length === 1 && demonymCountry.has((parts[0] as string).replace(/s$/, "").toLowerCase())) return null;
    // A lone sentence-initial word that is not a proper noun ("Officials said") names nobody.
    const wi = this.found.wordAt.get(start);
    const word = wi === undefined ? undefined : this.found.words[wi];
    if (parts.length === 1 && word && word.pos !== "PROPN" && !/^\p{Lu}{2,}$/u.test(name)) return null;
    // "Executives say": a common noun capitalized at the start of a sentence.
    const lower = name.toLowerCase();
    if (
      parts.length === 1 &&
      (occupationSet.has(lower) || titleSet.has(lower) || groupNouns.has(lower) || this.text.includes(` ${lower} `))
    )
      return null;
    // A surname of a known person ("van Roe").
    const surname = norm(parts[parts.length - 1] as string);
    for (const e of this.found.entities) {
      if (e.type === "person" && norm(e.name).split(" ").pop() === surname) return e.key;
    }
    const sub: Span = { start, end: start + name.length, text: this.text.slice(start, start + name.length) };
    const last = (parts[parts.length - 1] as string).toLowerCase();
    const type = lookupPlace(name)
      ? "place"
      : orgHeads.has(last) || /^\p{Lu}{2,}$/u.test(name)
        ? "organization"
        : name.includes(" ")
          ? "person"
          : "organization";
    const key = this.create(sub, name, type);
    this.createdTypes.set(key, type);
    return key;
  }

  /** A person named right after `org` and a role ("analyst", "State Governor"): the title's prefix is not the speaker. */
  private roleHolderAfter(org: MentionRef, named: MentionRef[]): MentionRef | undefined {
    return named.find((m) => {
      if (m.type !== "person" || m.start < org.end) return false;
      // "Acme's Jane Roe", "Acme's chief economist Jane Roe": the possessive names the employer.
      const gap = this.text.slice(org.end, m.start).trim();
      const owned = /^['’]s(\s|$)/u.exec(gap);
      if (owned && gap.length === 2) return true;
      const between = (owned ? gap.slice(2) : gap).trim().split(/\s+/);
      if (between.length === 0 || between.length > 3 || between.some((w) => !/^\p{L}[\p{L}-]*$/u.test(w))) return false;
      // Lower-case ("analyst") or a capitalized title ("Governor", "Chief Executive").
      const role = between.join(" ").toLowerCase();
      return titleSet.has(role) || occupationSet.has(role) || occupationSet.has((between[between.length - 1] as string).toLowerCase());
    });
  }

  /** "the company", "the ministry": the last organization mentioned before the span whose subtype fits the head noun. */
  private describedOrganization(span: Span): string | null {
    const m = /^[Tt]he\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)$/u.exec(span.text.trim());
    const fits = m ? descriptionSubtypes.get(m[1] as string) : undefined;
    if (!fits) return null;
    const { mentions } = this.found;
    for (let i = firstAtOrAfter(mentions, span.start) - 1; i >= 0; i--) {
      const ref = mentions[i] as MentionRef;
      if (span.start - ref.start > 3000) break;
      const e = this.found.byKey.get(ref.key);
      if (e?.type !== "organization" || !fits.includes(e.subtype)) continue;
      // "Kestrel Partners analyst Laura Finch": an employer named only to place a person is not "the company".
      if (this.roleHolderAfter(ref, mentions.slice(i + 1, i + 3))) continue;
      return e.key;
    }
    return null;
  }

  /** "the statement" refers back to whoever issued the last statement: the last speaker. */
  private statementHolder(span: Span): string | null {
    return /\bstatement\b/i.test(span.text) ? this.lastSpeaker : null;
  }
}

/** True when a phrase ends in a lower-case plural noun for people ("analysts", "officials", "executives"). */
function namesAGroupOfPeople(phrase: string): boolean {
  const last = /(\p{Ll}+)\W*$/u.exec(phrase)?.[1];
  if (!last?.endsWith("s") || /\p{Lu}\p{Ll}*\W*$/u.test(phrase)) return false;
  const singular = last.endsWith("ies") ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return groupNouns.has(last) || occupationSet.has(singular) || occupationSet.has(last.replace(/es$/, ""));
}
