// Who a direct quotation is credited to, read from the words around its marks:
//   “…,” NP said / “…,” said NP / “…” in that law, NP said        (after the quotation)
//   NP said: “…” / NP said (that) … “…” / NP …, saying “…”       (before it, same sentence)
//   “…,” according to NP / according to NP, “…”
import type { Token } from "../nlp.js";
import { quoteVerbs, reportVerbs } from "./lexicon.js";
import { isNameLike, isNameVerb, type Phrase, phraseAfter, phraseBefore, subjectAfter, subjectOf } from "./noun-phrase.js";
import { isParticiple, speechLemma } from "./speech-verb.js";
import { isBoundary, quoteEndsSentence, sentenceStart, type TokenContext } from "./token-context.js";

/** A speaker found for a quotation, with the tokens that say so. */
export interface Credit {
  speaker: Phrase;
  /** Token of the speech verb (or of "according"). */
  verb: number;
  /** Token range of the attributing words ("the State Department noted"). */
  first: number;
  last: number;
  /** Token range in which to look for the channel. */
  lo: number;
  hi: number;
}

const MAX_REGION = 45;
// Words opening a subordinate clause before the main one ("When X asked, Y said …").
const SUBORDINATORS = new Set([
  "when",
  "while",
  "after",
  "before",
  "as",
  "although",
  "though",
  "if",
  "because",
  "since",
  "once",
  "until",
  "whenever",
]);

// Relative pronouns opening a non-restrictive clause after a comma: ", who …,", ", which …,".
const RELATIVE_OPENERS = new Set(["who", "which", "whose"]);

function credit(speaker: Phrase, verb: number, lo: number, hi: number): Credit {
  return { speaker, verb, first: Math.min(speaker.from ?? speaker.first, verb), last: Math.max(speaker.last, verb), lo, hi };
}

/** "according to NP" starting at token `k`, if it is there. */
export function accordingTo(ctx: TokenContext, k: number, hi: number): Credit | null {
  const t = ctx.tokens[k];
  if (!t || ctx.inQuote[k] !== -1 || t.text.toLowerCase() !== "according" || ctx.tokens[k + 1]?.text.toLowerCase() !== "to") return null;
  const p = phraseAfter(ctx, k + 2, hi);
  if (!p) return null;
  return { speaker: p, verb: k, first: k, last: p.last, lo: k, hi };
}

/**
 * The subject of the sentence a participle hangs from: in "X condemned the attack, saying …",
 * the speaker of "saying" is X. A leading adjunct ("In a letter, X said") is skipped.
 */
export function mainSubject(ctx: TokenContext, lo: number, before: number): Phrase | null {
  let start = lo;
  const first = ctx.tokens[lo];
  if (first && (first.pos === "ADP" || first.pos === "SCONJ" || SUBORDINATORS.has(first.lemma))) {
    let c = lo;
    while (c < before && (ctx.tokens[c] as Token).text !== ",") c++;
    if (c < before) start = c + 1;
  }
  for (let k = start; k < before; k++) {
    if (ctx.inQuote[k] !== -1) continue;
    const t = ctx.tokens[k] as Token;
    // "X, who joked about Y, could see …": the relative clause's verb is not the main one.
    if (t.text === "," && RELATIVE_OPENERS.has(ctx.tokens[k + 1]?.text.toLowerCase() ?? "")) {
      let c = k + 2;
      while (c < before && (ctx.tokens[c] as Token).text !== ",") c++;
      if (c < before) {
        k = c - 1;
        continue;
      }
    }
    if ((t.pos === "VERB" || t.pos === "AUX") && !isParticiple(t) && ctx.tokens[k - 1]?.lemma !== "to" && !isNameVerb(ctx, k)) {
      return subjectOf(ctx, k, start);
    }
  }
  return null;
}

/**
 * Who a participle ("saying", "adding") speaks for: the speaker of the nearest speech verb before
 * it ("X told reporters, adding …", "…, said a source, adding …"), else the sentence's subject.
 */
export function participleSubject(ctx: TokenContext, lo: number, participle: number): Phrase | null {
  // "quoted the head of the agency, X, as saying …": the one quoted is the speaker.
  if (ctx.tokens[participle - 1]?.lemma === "as" && participle - 1 > lo) {
    const quoted = subjectOf(ctx, participle - 1, lo);
    if (quoted) return quoted;
  }
  for (let k = participle - 1; k >= lo; k--) {
    const t = ctx.tokens[k] as Token;
    // Only verbs that report ("said", "told"), not "a letter posted on …" or "asked for calm".
    if (isParticiple(t) || !speechLemma(ctx, k, reportVerbs)) continue;
    const before = ctx.tokens[k - 1];
    const s = subjectOf(ctx, k, lo) ?? (k === lo || before?.text === "," ? subjectAfter(ctx, k + 1, participle - 1) : null);
    if (s) return s;
  }
  return mainSubject(ctx, lo, participle);
}

// The words after the closing mark up to the end of the sentence, or null when there are none.
function afterRegion(ctx: TokenContext, close: number): { lo: number; hi: number } | null {
  const lo = close + 1;
  let hi = close;
  for (let k = lo; k < ctx.tokens.length && k < lo + MAX_REGION; k++) {
    if (ctx.paragraph[k] !== ctx.paragraph[close] || ctx.inQuote[k] !== -1 || isBoundary(ctx, k)) break;
    hi = k;
  }
  return hi >= lo ? { lo, hi } : null;
}

function findAfter(ctx: TokenContext, q: number, close: number): Credit | null {
  const region = afterRegion(ctx, close);
  if (!region) return null;
  const { lo, hi } = region;
  let start = lo;
  while (start <= hi && /^[,—–-]$/.test((ctx.tokens[start] as Token).text)) start++;
  if (start > hi) return null;
  // “… now.” He said he … : a new sentence after a full stop is only an attribution if it is short.
  const fullStop = quoteEndsSentence(ctx, q) && /[.…]/.test(lastMarkChar(ctx, q));

  const according = accordingTo(ctx, start, hi);
  if (according) return fullStop ? null : according;

  for (let v = start; v <= hi; v++) {
    if (!speechLemma(ctx, v, quoteVerbs)) continue;
    const t = ctx.tokens[v] as Token;
    if (isParticiple(t)) return null;
    let speaker = subjectOf(ctx, v, start);
    // “…,” said NP — only right after the quotation (an adverb may sit in between).
    if (!speaker && onlyAdverbs(ctx, start, v)) speaker = subjectAfter(ctx, v + 1, hi);
    if (!speaker) return null;
    if (fullStop && (speaker.first !== start || clauseFollows(ctx, v + 1, hi))) return null;
    return credit(speaker, v, lo, hi);
  }
  return null;
}

function lastMarkChar(ctx: TokenContext, q: number): string {
  const mq = ctx.quotes[q];
  if (!mq) return "";
  let k = mq.close - 1;
  while (k > mq.open && /[\s"'’”)\]]/.test(ctx.text[k] as string)) k--;
  return ctx.text[k] ?? "";
}

function onlyAdverbs(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.tokens[k] as Token).pos !== "ADV") return false;
  return true;
}

// "He said he did not expect …": a verb after the speech verb means it reports something new.
function clauseFollows(ctx: TokenContext, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ed$/.test(t.text)) || t.lemma === "that") return true;
  }
  return false;
}

function findBefore(ctx: TokenContext, open: number): Credit | null {
  if (open <= 0) return null;
  const lo = sentenceStart(ctx, open, 80);
  if (lo >= open) return null;
  for (let v = open - 1; v >= lo; v--) {
    const according = accordingTo(ctx, v, open - 1);
    if (according) return according;
    if (!speechLemma(ctx, v, quoteVerbs)) continue;
    const t = ctx.tokens[v] as Token;
    const speaker = isParticiple(t)
      ? mainSubject(ctx, lo, v)
      : (subjectOf(ctx, v, lo) ?? (v === lo ? subjectAfter(ctx, v + 1, open - 1) : null));
    if (speaker) return isParticiple(t) ? { speaker, verb: v, first: v, last: v, lo, hi: open - 1 } : credit(speaker, v, lo, open - 1);
  }
  // Headline style, no verb: "Minister Jane Doe: “…”".
  const colon = open - 1;
  if ((ctx.tokens[colon] as Token).text === ":" && colon > lo) {
    const speaker = phraseBefore(ctx, colon - 1, lo);
    if (speaker && speaker.first === lo && isNameLike(ctx, speaker))
      return { speaker, verb: colon, first: lo, last: colon - 1, lo, hi: colon };
  }
  return null;
}

/** The speaker of quotation `q` as its sentence states it, or null when it does not. */
export function attributeQuote(ctx: TokenContext, q: number): Credit | null {
  const range = ctx.quoteTokens[q];
  const mq = ctx.quotes[q];
  if (!range || !mq || range.first < 0) return null;
  const after = mq.closed ? findAfter(ctx, q, range.last) : null;
  return after ?? findBefore(ctx, range.first) ?? introducedByColon(ctx, range.first);
}

// "The minister was blunt:\n“…”": a sentence ending in a colon hands the quote to its subject.
function introducedByColon(ctx: TokenContext, open: number): Credit | null {
  let k = open - 1;
  while (k >= 0 && (ctx.tokens[k] as Token).text.trim() === "") k--;
  if (k < 1 || (ctx.tokens[k] as Token).text !== ":" || ctx.inQuote[k] !== -1) return null;
  const lo = sentenceStart(ctx, k);
  const speaker = mainSubject(ctx, lo, k);
  return speaker ? { speaker, verb: k, first: speaker.first, last: speaker.last, lo, hi: k } : null;
}

/** True when quotation `q` opens its sentence (nothing but a sentence end or paragraph before it). */
export function opensSentence(ctx: TokenContext, q: number): boolean {
  const range = ctx.quoteTokens[q];
  if (!range || range.first < 0) return false;
  return sentenceStart(ctx, range.first, 2) === range.first;
}
