// Who vouches for a figure: "according to X", "data from X", "a 2022 report by X", "X's figures",
// "X said … <figure>", "quoted X as saying …", "<figure>, X said". Attribution holds within the
// sentence; data sources outrank speech verbs, then the nearest verb before the figure wins, then
// the nearest after it. Beyond the sentence: a quotation's speaker for figures inside it, and the
// last named data source for "according to the same report" / "the report found". Generic
// holders ("officials said") credit nobody: they name no entity.
import type { CreditSpan, Span } from "../candidates.js";
import { descriptionSubtypes } from "../lexicons/index.js";
import type { Analysis, Token } from "../nlp.js";
import { resolvePronoun } from "../quotes/pronouns.js";
import { findQuoteMarks } from "../quotes/quote-marks.js";
import { buildTokenContext, spanOf, type TokenContext } from "../quotes/token-context.js";
import { lexicon } from "./lexicon.js";
import { nameForward, skipAdverbsBack, subjectBackward, type TokenRange } from "./noun-phrase.js";
import { type QuoteSpans, quoteSpans } from "./quote-spans.js";

interface Cue {
  kind: "data" | "speech";
  /** An "according to X" cue, which may also cover the sentences before it in its paragraph. */
  according?: boolean;
  /** A speech cue that attributes a quotation ("“…,” X said"): it vouches only for figures inside one. */
  quoting?: boolean;
  /** A speech cue whose verb takes no clause after it ("…, X said."): it may vouch for figures before it. */
  closing?: boolean;
  /** Token where the cue sits, for distances. */
  at: number;
  credit: CreditSpan;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : "");
const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s?$/.test(t.text);

/** How many sentences ahead a paragraph's "according to X" may vouch for. */
const PARAGRAPH_SENTENCES = 3;
/** How many sentences back "according to the same report" may look for the report's holder. */
const BACK_REFERENCE_SENTENCES = 8;

/**
 * Finds the credit for figures. Each sentence's cues are found at most once, only for sentences
 * that hold a figure or that a back-reference ("according to the same report") or a quotation
 * looks at, so the work stays linear in the text.
 */
export class Attribution {
  private readonly cues = new Map<number, Cue[]>();
  private readonly shallow = new Map<number, Cue[]>();
  private quotes: QuoteSpans | undefined;
  /** The quotes' token view, built on the first pronoun only: most texts credit none. */
  private context: TokenContext | undefined;

  constructor(private readonly analysis: Analysis) {}

  /** The credit for a figure spanning tokens `[first, last]`. */
  creditFor(first: number, last: number): CreditSpan {
    const sentence = (this.analysis.tokens[first] as Token).sentence;
    this.quotes ??= quoteSpans(this.analysis.tokens);
    // "“…,” X said before the 4-1 win": the attribution of a quotation vouches for nothing outside it.
    const quoted = (this.quotes.quoteOf[first] ?? -1) >= 0;
    const cues = quoted ? this.cuesOf(sentence) : this.cuesOf(sentence).filter((c) => !c.quoting || this.carriedOn(c.at, first));
    let bestData: Cue | null = null;
    for (const cue of near(cues, first - WINDOW, last + WINDOW)) {
      if (cue.kind === "data" && (!bestData || distance(cue.at, first, last) < distance(bestData.at, first, last))) bestData = cue;
    }
    const credit = bestData ?? speechBefore(cues, first) ?? speechAfter(cues, last);
    return credit?.credit ?? this.quoteCredit(first) ?? this.accordingAfter(sentence) ?? { kind: "none" };
  }

  /** For a figure inside a quotation: the speaker named right after it closes or right before it opens. */
  private quoteCredit(token: number): CreditSpan | null {
    this.quotes ??= quoteSpans(this.analysis.tokens);
    const q = this.quotes.quoteOf[token] ?? -1;
    if (q < 0) return null;
    const { tokens } = this.analysis;
    const close = this.quotes.close[q] ?? -1;
    const open = this.quotes.open[q] ?? -1;
    const after = close >= 0 ? speechAfter(this.cuesOf((tokens[close] as Token).sentence), close) : null;
    if (after) return after.credit;
    const before = open >= 0 ? speechBefore(this.cuesOf((tokens[open] as Token).sentence), open) : null;
    return before ? before.credit : null;
  }

  private cuesOf(sentence: number): Cue[] {
    let cues = this.cues.get(sentence);
    if (!cues) {
      cues = findCues(this.analysis, sentence, {
        lastData: () => this.lastDataBefore(sentence),
        holderNamed: (head) => this.holderBefore(sentence, head),
        pronoun: (at, span) => this.resolvePronoun(at, span),
      });
      this.cues.set(sentence, cues);
    }
    return cues;
  }

  /** Cues found without looking back, for look-backs themselves: no recursion, each sentence once. */
  private shallowCuesOf(sentence: number): Cue[] {
    let cues = this.shallow.get(sentence);
    if (!cues) {
      cues = findCues(this.analysis, sentence, {
        lastData: () => null,
        holderNamed: () => null,
        pronoun: (_, span) => ({ kind: "pronoun", span }),
      });
      this.shallow.set(sentence, cues);
    }
    return cues;
  }

  /**
   * "the office", "the ministry": the last holder named in the few sentences before whose name has
   * that head word ("the U.S. Attorney's Office for …", "the Health Ministry").
   */
  private holderBefore(sentence: number, head: string): CreditSpan | null {
    const word = new RegExp(`\\b${head}\\b`, "i");
    for (let s = sentence - 1; s >= 0 && s >= sentence - BACK_REFERENCE_SENTENCES; s--) {
      const cues = this.shallowCuesOf(s);
      for (let k = cues.length - 1; k >= 0 && k >= cues.length - WINDOW; k--) {
        const credit = (cues[k] as Cue).credit;
        if (credit.kind === "named" && word.test(credit.span.text)) return credit;
      }
    }
    return null;
  }

  /** "“…,” he added, citing 300 complaints": a reporting participle carries the speaker on to the figure. */
  private carriedOn(cue: number, figure: number): boolean {
    for (let k = cue + 1; k < figure; k++) {
      const t = this.analysis.tokens[k] as Token;
      if (t.pos === "VERB" && /ing$/.test(t.text) && (lexicon.reportingVerbs.has(t.lemma) || lexicon.citingVerbs.has(t.lemma))) return true;
    }
    return false;
  }

  /** What the pronoun at token `at` stands for, by the resolver quotes use; the pronoun itself when the text does not say. */
  private resolvePronoun(at: number, span: Span): CreditSpan {
    this.context ??= buildTokenContext(this.analysis, findQuoteMarks(this.analysis.text));
    const antecedent = resolvePronoun(this.context, at);
    return antecedent ? { kind: "named", span: spanOf(this.context, antecedent.first, antecedent.last) } : { kind: "pronoun", span };
  }

  /**
   * A later "according to X" in the same paragraph: a source named once at the end of a run of
   * figures vouches for the sentences before it ("A rose 3%. B fell 5%, according to X."), up to a
   * sentence that credits someone else or the paragraph's end.
   */
  private accordingAfter(sentence: number): CreditSpan | null {
    const { sentences, text, tokens } = this.analysis;
    for (let s = sentence + 1; s <= sentence + PARAGRAPH_SENTENCES; s++) {
      const here = sentences[s - 1];
      const next = sentences[s];
      if (!here || !next) return null;
      // wink may start the next sentence with the line break itself: look past it.
      let start = next.firstToken;
      while (start < next.lastToken && (tokens[start] as Token).type === "tabCRLF") start++;
      if (text.slice(here.end, (tokens[start] as Token).start).includes("\n")) return null;
      const cues = this.cuesOf(s);
      for (const cue of cues) if (cue.according) return cue.credit;
      if (cues.length > 0) return null;
    }
    return null;
  }

  /** The holder of the last named data source in the few sentences before `sentence`. */
  private lastDataBefore(sentence: number): CreditSpan | null {
    for (let s = sentence - 1; s >= 0 && s >= sentence - BACK_REFERENCE_SENTENCES; s--) {
      const cues = this.shallowCuesOf(s);
      for (let k = cues.length - 1; k >= 0 && k >= cues.length - WINDOW; k--) {
        const cue = cues[k] as Cue;
        if (cue.kind === "data" && cue.credit.kind === "named") return cue.credit;
      }
    }
    return null;
  }
}

/** How far (in tokens) a cue may sit from a figure and still vouch for it; also keeps long sentences linear. */
const WINDOW = 80;

/** Index of the first cue at or after token `at` (cues are in token order). */
function lowerBound(cues: readonly Cue[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as Cue).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cues between tokens `from` and `to`. */
function near(cues: readonly Cue[], from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let k = lowerBound(cues, from); k < cues.length && (cues[k] as Cue).at <= to; k++) out.push(cues[k] as Cue);
  return out;
}

/** The nearest speech cue before token `at`, within the window. */
function speechBefore(cues: readonly Cue[], at: number): Cue | null {
  for (let k = lowerBound(cues, at) - 1; k >= 0; k--) {
    const cue = cues[k] as Cue;
    if (at - cue.at > WINDOW) break;
    if (cue.kind === "speech") return cue;
  }
  return null;
}

/**
 * The nearest speech cue after token `at`, within the window, when it closes what came before
 * ("…, X said."); "In addition to its 30 jets, it announced an order" reports what follows.
 */
function speechAfter(cues: readonly Cue[], at: number): Cue | null {
  for (let k = lowerBound(cues, at + 1); k < cues.length; k++) {
    const cue = cues[k] as Cue;
    if (cue.at - at > WINDOW) break;
    if (cue.kind === "speech") return cue.closing || cue.quoting ? cue : null;
  }
  return null;
}

function distance(at: number, first: number, last: number): number {
  return at < first ? first - at : at > last ? at - last : 0;
}

/** Look-backs a sentence's cues may use: the last named data source, a holder by its head word, what a pronoun stands for. */
interface LookBack {
  lastData: () => CreditSpan | null;
  holderNamed: (head: string) => CreditSpan | null;
  /** The credit for the pronoun at token `at` (spanning `span`): its antecedent, or the pronoun left for the linker. */
  pronoun: (at: number, span: Span) => CreditSpan;
}

/** "NASA is expected to pick four", "was reported to hold 30": the subject is not the one who says so. */
function isPassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k] as Token).pos === "ADV") k--;
  return (tokens[k] as Token | undefined)?.lemma === "be";
}

/** "“…,” X said", "said X" right after a closing mark, "X said: “…”": the cue attributes a quotation. */
function attributesQuotation(tokens: readonly Token[], who: TokenRange, verb: number, firstToken: number): boolean {
  const before = Math.min(who.first, verb) - 1;
  let k = before;
  while (k >= firstToken && /^[,—–-]$/.test((tokens[k] as Token).text)) k--;
  if (k >= firstToken && CLOSING_MARKS.has((tokens[k] as Token).text)) return true;
  let after = Math.max(who.last, verb) + 1;
  if (tokens[after]?.text === ":") after++;
  return OPENING_MARKS.has(tokens[after]?.text ?? "");
}

/** True when nothing after the verb at `i` reports something new: the sentence ends, or only adverbs, times and prepositional phrases follow. */
function closesClause(tokens: readonly Token[], i: number, lastToken: number): boolean {
  let k = i + 1;
  while (k <= lastToken && (tokens[k] as Token).pos === "ADV") k++;
  const next = tokens[k];
  if (k > lastToken || !next || next.pos === "PUNCT") return true;
  if (next.pos === "ADP" && lower(next) !== "that") return true;
  if (lexicon.calendarWords.has(lower(next))) return true;
  // "…, X told reporters." — the hearer, then the end.
  if ((tokens[i] as Token).lemma === "tell" && (next.pos === "NOUN" || next.pos === "PRON" || next.pos === "PROPN")) {
    const after = tokens[k + 1];
    return k + 1 > lastToken || after === undefined || after.pos === "PUNCT" || after.pos === "ADP";
  }
  return false;
}

const OPENING_MARKS = new Set(["“", '"', "«"]);
const CLOSING_MARKS = new Set(["”", '"', "»", "’’"]);

function findCues(analysis: Analysis, index: number, back: LookBack): Cue[] {
  const { lastData } = back;
  const { tokens, text } = analysis;
  const sentence = analysis.sentences[index];
  if (!sentence) return [];
  const cues: Cue[] = [];
  const span = (r: TokenRange): Span => {
    const start = (tokens[r.first] as Token).start;
    const end = (tokens[r.last] as Token).end;
    return { start, end, text: text.slice(start, end) };
  };
  const named = (r: TokenRange | null): CreditSpan | null => {
    if (!r) return null;
    if (namesSomeone(tokens, r, sentence.firstToken)) return { kind: "named", span: span(r) };
    // "the company", "the ministry": the linker refers it back to the last organization that fits.
    if (lower(tokens[r.first]) === "the" && descriptionSubtypes.has(lower(tokens[r.last]))) return { kind: "named", span: span(r) };
    // "the office release", "the ministry": a definite description of a holder named before.
    if (lower(tokens[r.first]) === "the") {
      for (let k = r.first + 1; k <= r.last; k++) {
        const t = tokens[k] as Token;
        const holder = t.pos === "NOUN" && lexicon.holderHeads.has(t.lemma) ? back.holderNamed(t.lemma) : null;
        if (holder) return holder;
      }
    }
    // "the statement": the pipeline traces a statement back to its issuer.
    for (let k = r.first; k <= r.last; k++) if (/^statements?$/i.test((tokens[k] as Token).text)) return { kind: "named", span: span(r) };
    return null;
  };

  for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
    const t = tokens[i] as Token;
    // Cues start at "according", a noun or a verb: skip the rest without string work.
    if (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "VERB" && t.lemma !== "accord" && t.lemma !== "according") continue;
    const w = lower(t);
    // "according to X", "according to a 2022 report by X"
    if (w === "according" && lower(tokens[i + 1]) === "to") {
      const credit =
        (refersBack(tokens, i + 2, sentence.lastToken) ? lastData() : null) ?? named(sourceAfter(tokens, i + 2, sentence.lastToken));
      if (credit) cues.push({ kind: "data", at: i, credit, according: true });
      continue;
    }
    // "data from X", "a report by X", "figures released by X"
    if (lexicon.sourceNouns.has(w)) {
      // "data from X", "the report, released by X,"
      const linked =
        linkerEnd(tokens, i + 1, sentence.lastToken) ??
        (lower(tokens[i + 1]) === "," ? linkerEnd(tokens, i + 2, sentence.lastToken) : null);
      if (linked !== null) {
        const credit = named(nameForward(tokens, linked));
        if (credit) cues.push({ kind: "data", at: i, credit });
      }
      // "The report found", "the survey showed": the holder named a few sentences earlier.
      const det = lower(tokens[i - 1]);
      const verb = tokens[i + 1];
      if (
        (det === "the" || det === "this") &&
        linked === null &&
        verb &&
        verb.pos === "VERB" &&
        (lexicon.dataVerbs.has(verb.lemma) || lexicon.reportingVerbs.has(verb.lemma))
      ) {
        const back = lastData();
        if (back) cues.push({ kind: "data", at: i, credit: back });
        continue;
      }
      // "X's figures show", "Pentagon data": the owner before the noun.
      const ownerEnd = isPossessive(tokens[i - 1]) ? i - 2 : tokens[i - 1]?.pos === "PROPN" ? i - 1 : -1;
      if (ownerEnd >= sentence.firstToken) {
        const owner = subjectBackward(tokens, ownerEnd, lexicon.pronouns);
        if (owner && !owner.pronoun && owner.first >= sentence.firstToken && !isCalendar(tokens, owner)) {
          const credit = named(owner);
          if (credit) cues.push({ kind: "data", at: i, credit });
        }
      }
      continue;
    }
    // Passive reporting: "estimated by the IMF at $5 billion".
    if (t.pos === "VERB" && lexicon.reportingVerbs.has(t.lemma) && lower(tokens[i + 1]) === "by" && i + 2 <= sentence.lastToken) {
      const credit = named(nameForward(tokens, i + 2));
      if (credit) {
        cues.push({ kind: "data", at: i, credit });
        continue;
      }
    }
    // Speech and reporting verbs.
    if (t.pos === "VERB" && lexicon.reportingVerbs.has(t.lemma) && reports(tokens, i) && !isPassive(tokens, i)) {
      const who = speaker(tokens, i, sentence.firstToken, sentence.lastToken);
      if (!who) continue;
      // A speaker who names no entity ("the navy said") still says it: the figure is theirs, credited to no one.
      const credit: CreditSpan = (who.pronoun ? back.pronoun(who.first, span(who)) : named(who)) ?? { kind: "none" };
      cues.push({
        kind: "speech",
        at: i,
        credit,
        quoting: attributesQuotation(tokens, who, i, sentence.firstToken),
        // "…, said X" (inverted) closes what came before, like "…, X said."
        closing: who.first > i || closesClause(tokens, i, sentence.lastToken),
      });
    }
  }
  return cues;
}

/**
 * Whether a span names a holder rather than describing a generic one ("officials", "the navy",
 * "local news reports"): it holds a proper noun or a capitalised word past the sentence start.
 * Generic holders credit nobody.
 */
function namesSomeone(tokens: readonly Token[], r: TokenRange, sentenceStart: number): boolean {
  for (let k = r.first; k <= r.last; k++) {
    const t = tokens[k] as Token;
    const capital = /^\p{Lu}/u.test(t.text);
    // At the start of a sentence every word is capitalised: only a name-like tag counts there.
    const nameLike = t.pos === "PROPN" || t.pos === "VERB" || t.pos === "X";
    // A capitalised function word ("The") says nothing, wherever wink's sentence starts.
    const contentWord = !/^(DET|PRON|ADP|CCONJ|SCONJ|AUX|PART|NUM|PUNCT)$/.test(t.pos);
    if (k === sentenceStart ? capital && nameLike && !lexicon.genericHolders.has(t.text.toLowerCase()) : capital && contentWord)
      return true;
  }
  return false;
}

/** "January data", "Monday's figures": a time, not a holder. */
function isCalendar(tokens: readonly Token[], r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++)
    if (!lexicon.calendarWords.has(lower(tokens[k])) && (tokens[k] as Token).pos !== "DET") return false;
  return true;
}

/** After a source noun: the index just past a linker ("by", "from", "released by"), or null. */
function linkerEnd(tokens: readonly Token[], i: number, lastToken: number): number | null {
  for (const linker of lexicon.sourceLinkers) {
    let ok = i + linker.length <= lastToken;
    for (let k = 0; ok && k < linker.length; k++) if (lower(tokens[i + k]) !== linker[k]) ok = false;
    if (ok) return i + linker.length;
  }
  // "released on Monday by X", "published last week by X": a participle, a short time phrase, "by".
  const at = tokens[i]?.pos === "AUX" ? i + 1 : i;
  const participle = tokens[at];
  if (participle?.pos === "VERB" && /ed$/.test(lower(participle))) {
    for (let k = at + 1; k <= lastToken && k <= at + 4; k++) {
      const t = tokens[k] as Token;
      if (lower(t) === "by") return k + 1 <= lastToken ? k + 1 : null;
      if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX") break;
    }
  }
  return null;
}

/** "according to the same report", "according to the survey": a definite source noun with no holder named. */
function refersBack(tokens: readonly Token[], i: number, lastToken: number): boolean {
  if (!/^(the|that|this|these|those)$/.test(lower(tokens[i]))) return false;
  let j = i + 1;
  if (lower(tokens[j]) === "same") j++;
  if (j > lastToken || !lexicon.sourceNouns.has(lower(tokens[j]))) return false;
  return linkerEnd(tokens, j + 1, lastToken) === null;
}

/**
 * The holder after "according to": "a 2022 report by X" gives X; "local news reports" stays as is.
 * Determiners, years and adjectives may precede the source noun.
 */
function sourceAfter(tokens: readonly Token[], i: number, lastToken: number): TokenRange | null {
  let j = i;
  while (j <= lastToken && j < i + 5) {
    const t = tokens[j] as Token;
    if (lexicon.sourceNouns.has(lower(t))) {
      const linked = linkerEnd(tokens, j + 1, lastToken);
      if (linked !== null) {
        const r = nameForward(tokens, linked);
        if (r) return r;
      }
      break;
    }
    // "according to the Weekly Sales report from X": a report's own name may stand before the noun.
    if (t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "PROPN") j++;
    else break;
  }
  const r = nameForward(tokens, i);
  if (!r) return null;
  // "according to X's report": the owner, without the report.
  for (let k = r.first + 1; k <= r.last; k++) {
    if (isPossessive(tokens[k]) && k + 1 <= r.last && lexicon.sourceNouns.has(lower(tokens[k + 1]))) return { first: r.first, last: k - 1 };
  }
  return r;
}

/**
 * "add" reports speech only in speech position ("he added that", ", he added.", "added:"), not in
 * "the economy added 263,000 jobs".
 */
function reports(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lemma !== "add") return true;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || next.sentence !== t.sentence || next.pos === "PUNCT" || lower(next) === "that") return true;
  return prev !== undefined && (prev.pos === "PUNCT" || (prev.pos === "PRON" && /^(,|["“”'’])$/.test(lower(tokens[i - 2]))));
}

/** Who a reporting verb at `i` belongs to: "X said", "said X", "quoted X as saying", "he said". */
function speaker(tokens: readonly Token[], i: number, firstToken: number, lastToken: number): (TokenRange & { pronoun: boolean }) | null {
  const verb = tokens[i] as Token;
  // "quoted X as saying": the subject sits before "as".
  if (lower(tokens[i - 1]) === "as" && /ing$/.test(verb.text.toLowerCase())) {
    const r = i - 2 >= firstToken ? subjectBackward(tokens, i - 2, lexicon.pronouns) : null;
    return r && r.first >= firstToken ? r : null;
  }
  // "…, said Sam Okoro, the chief economist": subject after the verb.
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && next && i + 1 <= lastToken && (prev.text === "," || /^["“”'’]$/.test(prev.text) || i === firstToken)) {
    if (next.pos === "PROPN" || (next.pos === "DET" && lower(next) !== "that")) {
      const r = nameForward(tokens, i + 1);
      if (r) return { ...r, pronoun: false };
    }
    // "…, said fisherman John Doe": a lower-case role between the verb and the name.
    let j = i + 1;
    while (j <= lastToken && j < i + 4 && /^(NOUN|ADJ)$/.test((tokens[j] as Token).pos) && /^\p{Ll}/u.test((tokens[j] as Token).text)) j++;
    if (j > i + 1 && j <= lastToken && (tokens[j] as Token).pos === "PROPN") {
      const r = nameForward(tokens, j);
      if (r) return { ...r, pronoun: false };
    }
  }
  let end = skipAdverbsBack(tokens, i - 1);
  if (end < firstToken) return null;
  // "Smith, who heads the agency, said": the subject stands before the relative clause.
  if (lower(tokens[end]) === ",") {
    for (let k = end - 1; k > firstToken && k >= end - 16; k--) {
      if (lower(tokens[k]) !== ",") continue;
      if (/^(who|which)$/.test(lower(tokens[k + 1]))) end = k - 1;
      break;
    }
  }
  const r = subjectBackward(tokens, end, lexicon.pronouns);
  return r && r.first >= firstToken ? r : null;
}
