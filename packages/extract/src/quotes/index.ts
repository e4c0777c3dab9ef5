import type { CreditSpan, QuoteCandidate, Span } from "../candidates.js";
import type { Analysis, Token } from "../nlp.js";
import { attributeQuote, type Credit, opensSentence } from "./attribution.js";
import { findChannel } from "./channels.js";
import { DocumentIndex, documentNoun, findDocumentMentions } from "./documents.js";
import { isAgeDescription, resolveDescription, resolvePronoun } from "./pronouns.js";
import { findQuoteMarks } from "./quote-marks.js";
import { findReportedSpeech } from "./reported-speech.js";
import { buildTokenContext, spanOf, type TokenContext } from "./token-context.js";

/** Quotations shorter than this are scare quotes or names ("terrorist", "jobs machine"), not speech. */
export const MIN_QUOTE_WORDS = 4;
/** How many paragraphs back a quotation without attribution may look for the running speaker. */
const RUNNING_PARAGRAPHS = 2;

const SMALL_WORDS = new Set(["a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "by", "with", "or", "from"]);

// "The Art of the Deal": every word capitalised and no sentence punctuation reads as a title.
function isTitle(words: string[], text: string): boolean {
  if (/[.!?,;:]/.test(text)) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

/** The words between the marks of a quotation, trimmed, without the comma that hands over to the attribution. */
function quotedWords(ctx: TokenContext, open: number, close: number): Span {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(ctx.text[start] as string)) start++;
  while (end > start && /[\s,]/.test(ctx.text[end - 1] as string)) end--;
  return { start, end, text: ctx.text.slice(start, end) };
}

function countsAsSpeech(words: Span): boolean {
  const list = words.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return list.length >= MIN_QUOTE_WORDS && !isTitle(list, words.text);
}

// A speaker phrase headed by a document ("a statement released by X", "the report"): its author,
// found where the document is introduced or, for "the statement", where it was introduced before.
function documentSource(ctx: TokenContext, documents: DocumentIndex, credit: Credit, paragraph: number): { author: Span | null } | null {
  const { first, last, pronoun } = credit.speaker;
  if (pronoun) return null;
  const head = documentNoun(ctx, last);
  if (!head) return null;
  for (let k = first; k < last; k++) if ((ctx.tokens[k] as Token).pos === "PROPN") return null;
  const at = (ctx.tokens[last] as Token).start;
  const here = documents.at(at);
  if (here) return { author: here.author };
  const det = (ctx.tokens[first] as Token).text.toLowerCase();
  if (det !== "the" && det !== "this" && det !== "that") return { author: null };
  return { author: documents.resolve(head, at, paragraph)?.author ?? null };
}

// Words that introduce a name or a term, not speech: the so-called “…”, a book titled “…”.
const NAMING = new Set(["so-called", "called", "titled", "entitled", "dubbed", "named", "nicknamed", "known", "as", "branded"]);
const MODIFIER_POS = new Set(["DET", "ADJ"]);

/**
 * A quotation used as a name or a label: after "so-called", "titled", "known as"; or, when no one
 * is credited, standing between an article and a noun ("a “zero tolerance for entry” policy").
 */
function isNameOrTerm(ctx: TokenContext, open: number, close: number, credited: boolean): boolean {
  const before = ctx.tokens[open - 1];
  if (!before) return false;
  const word = before.text.toLowerCase();
  if (
    word === "as"
      ? ctx.tokens[open - 2]?.text.toLowerCase() === "known"
      : NAMING.has(word) && (word !== "called" || ctx.tokens[open - 2]?.text === "-")
  )
    return true;
  const after = ctx.tokens[close + 1];
  return !credited && MODIFIER_POS.has(before.pos) && after !== undefined && after.pos === "NOUN" && ctx.inQuote[close + 1] === -1;
}

/**
 * Where the speaker proper starts in "Pentagon spokesman Dana Reyes" or "airline boss Jane Doe":
 * at the role noun before the name, so the organization named first is not taken for the speaker.
 */
function headStart(ctx: TokenContext, first: number, last: number): number {
  let k = last;
  while (k > first && (ctx.tokens[k - 1] as Token).pos === "PROPN") k--;
  if ((ctx.tokens[k] as Token).pos !== "PROPN") return first;
  const role = ctx.tokens[k - 1];
  return k - 1 > first && role?.pos === "NOUN" && /^\p{Ll}/u.test(role.text) ? k - 1 : first;
}

interface Draft {
  kind: "direct" | "reported";
  words: Span;
  credit: Credit | null;
  paragraph: number;
  opens: boolean;
}

/** Direct quotes and reported speech, with who said them as the text names them. */
export function findQuotes(analysis: Analysis): QuoteCandidate[] {
  const marks = findQuoteMarks(analysis.text);
  const ctx = buildTokenContext(analysis, marks);
  const documents = new DocumentIndex(findDocumentMentions(ctx));

  const words = marks.map((m) => quotedWords(ctx, m.open, m.close));
  const speech = words.map(countsAsSpeech);
  const credits = marks.map((_, q) => (speech[q] ? attributeQuote(ctx, q) : null));
  // "“Fine,” X said. “The rest …”": a quotation too short to count still names who goes on speaking.
  const shortCredit = (q: number): Credit | null => {
    const before = marks[q - 1];
    if (q === 0 || speech[q - 1] || !before?.closed || !opensSentence(ctx, q)) return null;
    const a = ctx.quoteTokens[q - 1];
    const b = ctx.quoteTokens[q];
    if (!a || !b || a.first < 0 || ctx.paragraph[a.first] !== ctx.paragraph[b.first]) return null;
    return attributeQuote(ctx, q - 1);
  };
  // A quotation running over several paragraphs has one speaker, named in any of its parts.
  const groupCredit = new Map<number, Credit>();
  marks.forEach((m, q) => {
    const c = credits[q];
    if (c && !groupCredit.has(m.group)) groupCredit.set(m.group, c);
  });

  const drafts: Draft[] = [];
  marks.forEach((m, q) => {
    const range = ctx.quoteTokens[q];
    if (!speech[q] || !range || range.first < 0 || isNameOrTerm(ctx, range.first, range.last, credits[q] !== null)) return;
    drafts.push({
      kind: "direct",
      words: words[q] as Span,
      credit: credits[q] ?? groupCredit.get(m.group) ?? shortCredit(q),
      paragraph: ctx.paragraph[range.first] as number,
      opens: opensSentence(ctx, q),
    });
  });
  for (const r of findReportedSpeech(ctx, (q) => speech[q] === true)) {
    drafts.push({
      kind: "reported",
      words: spanOf(ctx, r.first, r.last),
      credit: r.credit,
      paragraph: ctx.paragraph[r.first] as number,
      opens: false,
    });
  }
  drafts.sort((a, b) => a.words.start - b.words.start);

  const found: QuoteCandidate[] = [];
  let previous: { candidate: QuoteCandidate; paragraph: number } | null = null;
  for (const d of drafts) {
    let speaker: CreditSpan = { kind: "none" };
    let channel: string | null = null;
    let attribution: Span[] = [];
    if (d.credit) {
      const c = d.credit;
      const phrase = spanOf(ctx, c.speaker.pronoun ? c.speaker.first : headStart(ctx, c.speaker.first, c.speaker.last), c.speaker.last);
      speaker = c.speaker.pronoun ? { kind: "pronoun", span: phrase } : { kind: "named", span: phrase };
      if (c.speaker.pronoun) {
        const antecedent = resolvePronoun(ctx, c.speaker.first);
        if (antecedent) speaker = { kind: "named", span: spanOf(ctx, antecedent.first, antecedent.last) };
      } else if (isAgeDescription(ctx, c.speaker)) {
        // "The 56-year-old said": the person named before, or no one; never a new entity.
        const described = resolveDescription(ctx, c.speaker);
        speaker = described ? { kind: "named", span: spanOf(ctx, described.first, described.last) } : { kind: "none" };
      }
      channel = findChannel(ctx, c.lo, c.hi, c.verb);
      const words = spanOf(ctx, c.first, c.last);
      attribution = c.speaker.first >= c.first && c.speaker.last <= c.last ? [words] : [phrase, words].sort((a, b) => a.start - b.start);
      const source = documentSource(ctx, documents, c, d.paragraph);
      if (source) {
        // "the statement conveyed": the document is the channel, its author the speaker.
        channel = (ctx.tokens[c.speaker.last] as Token).text;
        if (source.author) speaker = { kind: "named", span: source.author };
      }
      if (channel === null && speaker.kind === "named") channel = documents.recentChannel(speaker.span.text, phrase.start, d.paragraph);
      if (channel !== null && speaker.kind === "named") {
        const verb = ctx.tokens[c.verb] as Token;
        const noun = channel.toLowerCase().split(/\s+/).pop() ?? "";
        documents.learn({ at: verb.start, paragraph: d.paragraph, noun, nounText: channel, author: speaker.span });
      }
    } else if (d.kind === "direct" && d.opens && previous && d.paragraph - previous.paragraph <= RUNNING_PARAGRAPHS) {
      // The linker carries the running speaker from direct quote to direct quote; after reported
      // speech ("the statement conveyed that …") the speaker is that clause's, so it is passed on here.
      speaker = previous.candidate.kind === "reported" ? previous.candidate.speaker : { kind: "running" };
      channel = previous.candidate.channel;
    }
    const candidate: QuoteCandidate = { kind: d.kind, words: d.words, speaker, channel, attribution };
    found.push(candidate);
    if (speaker.kind !== "none") previous = { candidate, paragraph: d.paragraph };
  }
  return found;
}
