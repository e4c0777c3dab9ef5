// Documents that speak for their authors: "a report released on Monday by X", "X's statement",
// "X issued a statement". A later "the report states" or "the statement conveyed" is credited to
// the author of the document it points back to.
import type { Span } from "../candidates.js";
import type { Token } from "../nlp.js";
import { documentNouns, issueVerbs } from "./lexicon.js";
import { phraseAfter, phraseBefore, subjectOf } from "./noun-phrase.js";
import { isBoundary, sentenceStart, spanOf, type TokenContext } from "./token-context.js";

export interface DocumentMention {
  /** Offset of the document noun. */
  at: number;
  paragraph: number;
  /** Lemma of the document noun ("statement", "report"). */
  noun: string;
  /** The noun as written, used as a channel. */
  nounText: string;
  author: Span;
}

const POSSESSIVE = new Set(["’s", "'s", "’", "'"]);

/** The document noun lemma of token `k`, if it is one and stands outside quotation marks. */
export function documentNoun(ctx: TokenContext, k: number): string | null {
  const t = ctx.tokens[k];
  if (!t || ctx.inQuote[k] !== -1 || (t.pos !== "NOUN" && t.pos !== "PROPN")) return null;
  return documentNouns.has(t.lemma) ? t.lemma : null;
}

// "report released on Monday by X", "statement from X".
function authorAfter(ctx: TokenContext, k: number): Span | null {
  for (let m = k + 1; m <= k + 8 && m < ctx.tokens.length; m++) {
    if (isBoundary(ctx, m) || ctx.inQuote[m] !== -1) return null;
    const t = ctx.tokens[m] as Token;
    if (t.text === "," || t.pos === "AUX" || (t.pos === "VERB" && !/ed$/.test(t.text))) return null;
    if (t.pos === "ADP" && (t.lemma === "by" || (t.lemma === "from" && m === k + 1))) {
      const p = phraseAfter(ctx, m + 1, m + 16);
      return p && !p.pronoun ? spanOf(ctx, p.first, p.last) : null;
    }
  }
  return null;
}

// "X's statement", "a Pentagon report", "X issued a statement".
function authorBefore(ctx: TokenContext, k: number): Span | null {
  let b = k - 1;
  while (b >= 0 && b >= k - 4 && ctx.inQuote[b] === -1) {
    const t = ctx.tokens[b] as Token;
    if (t.pos === "ADJ" || t.pos === "NUM" || (t.pos === "VERB" && /ed$/.test(t.text) && !issueVerbs.has(t.lemma))) b--;
    else break;
  }
  const t = ctx.tokens[b];
  if (!t || ctx.inQuote[b] !== -1) return null;
  if (POSSESSIVE.has(t.text)) {
    const p = phraseBefore(ctx, b - 1, Math.max(0, b - 16));
    return p && !p.pronoun ? spanOf(ctx, p.first, p.last) : null;
  }
  if (t.pos === "PROPN") {
    let first = b;
    while (first > 0 && ctx.tokens[first - 1]?.pos === "PROPN" && ctx.inQuote[first - 1] === -1) first--;
    return spanOf(ctx, first, b);
  }
  // Past the article or possessive to a verb of issuing: "issued a statement", "released its own report".
  while (b >= 0 && b >= k - 5 && ctx.inQuote[b] === -1) {
    const w = ctx.tokens[b] as Token;
    if (w.pos === "DET" || w.pos === "PRON" || w.pos === "ADJ" || w.text.toLowerCase() === "own") b--;
    else break;
  }
  const verb = ctx.tokens[b];
  if (verb?.pos !== "VERB" || !issueVerbs.has(verb.lemma)) return null;
  const p = subjectOf(ctx, b, sentenceStart(ctx, b));
  return p && !p.pronoun ? spanOf(ctx, p.first, p.last) : null;
}

/** Every document the text attributes to an author, in text order. */
export function findDocumentMentions(ctx: TokenContext): DocumentMention[] {
  const mentions: DocumentMention[] = [];
  for (let k = 0; k < ctx.tokens.length; k++) {
    const noun = documentNoun(ctx, k);
    if (!noun) continue;
    const author = authorAfter(ctx, k) ?? authorBefore(ctx, k);
    if (!author) continue;
    const t = ctx.tokens[k] as Token;
    mentions.push({ at: t.start, paragraph: ctx.paragraph[k] as number, noun, nounText: t.text, author });
  }
  return mentions;
}

const LOOK_BACK = 64;

function lastBefore(list: readonly DocumentMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as DocumentMention).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]s$/, "")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();

function sameHolder(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  return x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x));
}

/**
 * Documents in text order, plus those learnt from attributions ("X said in a statement") as the
 * quotes are read in order. Look-ups use binary search and bounded walks, so a long text stays linear.
 */
export class DocumentIndex {
  private readonly found: DocumentMention[];
  private readonly learnt: DocumentMention[] = [];
  private readonly byOffset = new Map<number, DocumentMention>();
  private readonly firstOfNoun = new Map<string, DocumentMention>();

  constructor(found: DocumentMention[]) {
    this.found = found;
    for (const m of found) {
      this.byOffset.set(m.at, m);
      if (!this.firstOfNoun.has(m.noun)) this.firstOfNoun.set(m.noun, m);
    }
  }

  /** The document introduced at exactly this offset ("a statement released by X"). */
  at(offset: number): DocumentMention | undefined {
    return this.byOffset.get(offset);
  }

  /** Records a document learnt from an attribution. */
  learn(mention: DocumentMention): void {
    let i = this.learnt.length;
    while (i > 0 && (this.learnt[i - 1] as DocumentMention).at > mention.at) i--;
    this.learnt.splice(i, 0, mention);
    const first = this.firstOfNoun.get(mention.noun);
    if (!first || first.at > mention.at) this.firstOfNoun.set(mention.noun, mention);
  }

  // The mentions before `at` in the same or `paragraphs` earlier paragraphs, nearest first.
  private *recent(at: number, paragraph: number, paragraphs: number): Generator<DocumentMention> {
    for (const list of [this.found, this.learnt]) {
      for (let i = lastBefore(list, at), n = 0; i >= 0 && n < LOOK_BACK; i--, n++) {
        const m = list[i] as DocumentMention;
        if (m.paragraph < paragraph - paragraphs) break;
        yield m;
      }
    }
  }

  /**
   * The document "the statement" at offset `at` points back to: one named earlier in the same
   * paragraph, otherwise the first such document of the article (the one the story is built on).
   */
  resolve(noun: string, at: number, paragraph: number): DocumentMention | null {
    let local: DocumentMention | null = null;
    for (const m of this.recent(at, paragraph, 0)) if (m.noun === noun && (!local || m.at > local.at)) local = m;
    if (local) return local;
    const first = this.firstOfNoun.get(noun);
    return first && first.at < at ? first : null;
  }

  /** The channel of a document `holder` put out just before `at` ("X issued a statement … X noted"). */
  recentChannel(holder: string, at: number, paragraph: number): string | null {
    let best: DocumentMention | null = null;
    for (const m of this.recent(at, paragraph, 1)) if (sameHolder(m.author.text, holder) && (!best || m.at > best.at)) best = m;
    return best?.nounText ?? null;
  }
}
