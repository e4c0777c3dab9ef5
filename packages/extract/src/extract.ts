// The pipeline: input -> stored text -> wink analysis -> finders and entities -> linked, validated Briefing.
import {
  type Briefing,
  createBriefing,
  createSource,
  type Entity,
  type Event,
  type Evidence,
  type ExtractorInfo,
  entityIdFor,
  evidenceAt,
  type Figure,
  FigureUnitSchema,
  type KeyPoint,
  normalizeName,
  type Source,
  type Statement,
  stableId,
  type TimeExpression,
  TimeExpressionSchema,
  type Topic,
} from "@briefing/core";
import { type OffsetMap, prepareAnalysisText } from "./analysis-text.js";
import { cleanLabel, hasWords, normalizeArticleText } from "./article-text.js";
import type { FigureCandidate, QuoteCandidate, Span, TimeCandidate } from "./candidates.js";
import { findTimes } from "./dates/index.js";
import type { EntityRecord, MentionRef, RecognizedEntities } from "./entities/recognize.js";
import { recognizeEntities } from "./entities/recognize.js";
import { ExtractionError } from "./errors.js";
import { borrowTimes, storyTime } from "./event-dates.js";
import { rankEvents } from "./event-order.js";
import { findEvents } from "./events.js";
import { findFigures } from "./figures/index.js";
import { chooseTitle } from "./headline.js";
import { readHtmlArticle } from "./html-article.js";
import { type ArticleInput, MAX_TEXT_LENGTH, parseArticleInput } from "./input.js";
import { openingOf, pickKeySentences } from "./key-points.js";
import { checkLanguage } from "./language.js";
import { titleSet } from "./lexicons/index.js";
import { CreditLinker } from "./link-credits.js";
import { type Analysis, analyze } from "./nlp.js";
import { findQuotes } from "./quotes/index.js";
import { resolvePronoun } from "./quotes/pronouns.js";
import { findQuoteMarks } from "./quotes/quote-marks.js";
import { buildTokenContext, spanOf, type TokenContext } from "./quotes/token-context.js";
import { firstAtOrAfter, isCovered } from "./spans.js";
import { readTopMatter, type TopMatter } from "./top-matter.js";
import { findTopics } from "./topics.js";
import { version } from "./version.js";

/** Name and version of this extractor, recorded in every briefing it makes. */
export const EXTRACTOR: ExtractorInfo = { name: "briefing-rules", version };

/** Turns one article (text or HTML, plus metadata) into a validated, grounded Briefing. Deterministic. */
export function extractBriefing(input: ArticleInput): Briefing {
  const given = parseArticleInput(input);
  let raw = given.text;
  const meta = {
    title: cleanLabel(given.title),
    url: given.url ?? null,
    publisher: cleanLabel(given.publisher),
    published: given.published ?? null,
  };
  if (raw === undefined && given.html !== undefined) {
    if (given.html.length > MAX_TEXT_LENGTH * 4) throw tooLarge(given.html.length);
    const page = readHtmlArticle(given.html);
    raw = page.text;
    meta.title ??= cleanLabel(page.title);
    meta.url ??= page.url;
    meta.publisher ??= cleanLabel(page.publisher);
    meta.published ??= page.published;
  }
  const text = normalizeArticleText(raw ?? "");
  if (!hasWords(text)) throw new ExtractionError("empty", "the article has no text");
  if (text.length > MAX_TEXT_LENGTH) throw tooLarge(text.length);
  return build(text, meta);
}

const tooLarge = (n: number) =>
  new ExtractionError("too-large", `the article is ${n} characters long; one article is at most ${MAX_TEXT_LENGTH} characters`);

interface Meta {
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
}

function build(text: string, meta: Meta): Briefing {
  // The rules read a cleaned copy of the stored text; evidenceOf maps their spans back.
  const prepared = prepareAnalysisText(text);
  const analysis = analyze(prepared.text);
  const top = readTopMatter(analysis.text);
  const warnings: string[] = [];
  const language = checkLanguage(analysis);
  const english = language.english;
  // Without a date from the caller, a date line under the headline is the page's own publication date.
  const inferred = meta.published ? null : top.dateLine;
  const publishedValue = meta.published ?? inferred?.value ?? null;
  const published = publishedValue ? publishedValue.slice(0, 10) : null;
  if (!published && english) warnings.push('No publication date: relative dates ("Monday", "last month") are left unresolved.');
  const source = withTopMatter(
    createSource({ text, ...meta, published: publishedValue, language: english ? "en" : "und" }),
    top,
    inferred,
    prepared.map,
  );
  offsetMaps.set(source, prepared.map);
  if (!english) {
    // English rules on another language give junk names: the source is kept, nothing is extracted from it.
    warnings.push(
      `Only English is extracted: this text is in ${language.instead}, so no entities, quotes, figures or dates were taken from it. The source text is stored as it is.`,
    );
    const none = { entities: [], events: [], statements: [], figures: [], times: [], topics: [], keyPoints: [] };
    return createBriefing({ title: chooseTitle(meta.title, analysis, top), extractor: EXTRACTOR, sources: [source], ...none, warnings });
  }
  const headline = top.headline?.end ?? 0;
  // The headline line is not news either: its event is the lede's, which carries a date and a place.
  const furniture = mergedRanges(top.headline ? [...top.furniture, [top.headline.start, top.headline.end]] : top.furniture);
  const isFurniture = (offset: number) => isCovered(furniture, offset, offset + 1);

  // Page furniture (credits, link lists, bylines, captions) yields no quote and no figure; entities skip it on their own.
  const pageFurniture = mergedRanges(top.furniture);
  const outsideFurniture = (s: Span) => validSpan(analysis.text, s) && !isCovered(pageFurniture, s.start, s.start + 1);

  const found = recognizeEntities(analysis, headline);
  const quotes = safe(() => findQuotes(analysis), warnings, "quotes").filter((q) => outsideFurniture(q.words));
  const figures = safe(() => findFigures(analysis), warnings, "figures").filter((f) => outsideFurniture(f.words));
  // A date line is already the outlet's local date; a caller's date may be a UTC day the URL corrects.
  const timeCands = safe(() => findTimes(analysis, publishedValue, inferred ? null : meta.url), warnings, "dates");

  const ids = new EntityIds(found, source);
  const linker = new CreditLinker(analysis.text, found, (span, name, type) => ids.create(span, name, type));

  const times = buildTimes(source, timeCands, analysis);
  const statements = buildStatements(source, quotes, linker, ids);
  const figureItems = buildFigures(source, figures, linker, ids, analysis, times.bySentence);

  const quoteSpans = quotes
    .filter((q) => q.kind === "direct")
    .map((q) => ({ start: q.words.start, end: q.words.end }))
    .sort((a, b) => a.start - b.start);
  const inQuote = (offset: number) => isCovered(quoteSpans, offset, offset + 1);
  const events = safe(
    () => buildEvents(source, analysis, found, ids, times.list, { inQuote, isFurniture, top, title: meta.title, published }),
    warnings,
    "events",
  );

  const entities = ids.entities();
  const keyPoints = buildKeyPoints(source, analysis, found, figures, times.list, quoteSpans, top.bodyStart, linker);
  const topics: Topic[] = findTopics(analysis).map((t) => ({
    id: stableId("top", source.id, normalizeName(t.label)),
    label: t.label,
    evidence: t.spans.map((s) => evidenceOf(source, s.start, s.end)).filter((e): e is Evidence => e !== null),
  }));

  return createBriefing({
    title: chooseTitle(meta.title, analysis, top),
    extractor: EXTRACTOR,
    sources: [source],
    entities,
    events,
    statements,
    figures: figureItems,
    times: times.list,
    topics: topics.filter((t) => t.evidence.length > 0),
    keyPoints,
    warnings,
  });
}

/** The source with what the top of its text says about it: an inferred publication date, the dateline. */
function withTopMatter(source: Source, top: TopMatter, inferred: TopMatter["dateLine"], map: OffsetMap): Source {
  const out: Source = { ...source };
  // Top matter was read on the analysed text: its spans are mapped back to the stored one.
  if (inferred) out.publishedInferredFrom = evidenceAt(source, map.start(inferred.start), map.end(inferred.end));
  if (top.dateline) {
    out.dateline = {
      place: top.dateline.place?.text ?? null,
      agency: top.dateline.agency?.text ?? null,
      evidence: evidenceAt(source, map.start(top.dateline.span.start), map.end(top.dateline.span.end)),
    };
  }
  return out;
}

/** Sorted ranges with overlapping ones joined, as `isCovered` needs them. */
function mergedRanges(ranges: readonly [number, number][]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

interface EventContext {
  inQuote: (offset: number) => boolean;
  isFurniture: (offset: number) => boolean;
  top: TopMatter;
  title: string | null;
  /** Publication day, to tell the story's own day from older news. */
  published: string | null;
}

/** Events of the text, most important first: the first is the article's main news. */
function buildEvents(
  source: Source,
  analysis: Analysis,
  found: RecognizedEntities,
  ids: EntityIds,
  times: TimeExpression[],
  context: EventContext,
): Event[] {
  const refs = times.map((t) => ({
    id: t.id,
    start: analysedOffset(source, t.evidence[0]?.start ?? 0),
    end: analysedOffset(source, t.evidence[0]?.end ?? 0),
    resolved: t.value !== null,
  }));
  const drafts = findEvents({ found, inQuote: context.inQuote, isFurniture: context.isFurniture, times: refs });
  const ranked = rankEvents(drafts, {
    ledeSentence: sentenceIndexAt(analysis, context.top.bodyStart),
    headline: context.title ?? context.top.headline?.text ?? null,
    formsOf: (key) => [...(found.byKey.get(key)?.forms.values() ?? [])],
    mentionsOf: (key) => found.byKey.get(key)?.mentions.length ?? 0,
    timeResolved: (i) => refs[i]?.resolved ?? false,
  });
  const story = storyTime(ranked, times, context.published);
  const sentenceHasTime = (d: { sentenceStart: number; sentenceEnd: number }) => {
    const i = firstAtOrAfter(refs, d.sentenceStart);
    return i < refs.length && (refs[i] as { start: number }).start < d.sentenceEnd;
  };
  const borrowed = borrowTimes(drafts, story, sentenceHasTime);
  const events: Event[] = [];
  for (const d of ranked) {
    const clause = evidenceOf(source, d.start, d.end);
    const sentence = evidenceOf(source, d.sentenceStart, d.sentenceEnd);
    if (!clause || !sentence) continue;
    const participants = d.participants.flatMap((p) => {
      const entityId = ids.id(p.key);
      return entityId ? [{ entityId, role: p.role }] : [];
    });
    if (participants.length === 0) continue;
    const borrow = borrowed.get(d);
    events.push({
      id: stableId("evt", source.id, d.start, d.end, d.type),
      type: d.type,
      summary: cleanLabel(clause.text) ?? clause.text,
      participants,
      timeId: borrow ? (refs[borrow.index]?.id ?? null) : d.time === null ? null : (refs[d.time]?.id ?? null),
      ...(borrow ? { timeFrom: borrow.from } : {}),
      placeId: d.placeKey ? ids.id(d.placeKey) : null,
      status: d.status,
      evidence: [sentence],
    });
  }
  return events;
}

/** A finder that throws must not take the whole briefing down: its part is left out, with a warning. */
function safe<T>(run: () => T[], warnings: string[], what: string): T[] {
  try {
    return run();
  } catch (error) {
    warnings.push(`Could not extract ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

function validSpan(text: string, s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length;
}

/** Map from analysed-text offsets to stored-text offsets, per source built in this process. */
const offsetMaps = new WeakMap<Source, OffsetMap>();

/** Evidence in the stored text for a span `[start, end)` of the analysed text, or null when the span is not valid. */
function evidenceOf(source: Source, analysedStart: number, analysedEnd: number): Evidence | null {
  const map = offsetMaps.get(source);
  const start = map ? map.start(analysedStart) : analysedStart;
  const end = map ? map.end(analysedEnd) : analysedEnd;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= source.text.length)) return null;
  return { sourceId: source.id, start, end, text: source.text.slice(start, end) };
}

/** The analysed-text offset of a stored-text offset (evidence holds stored offsets, the analysis analysed ones). */
function analysedOffset(source: Source, stored: number): number {
  return offsetMaps.get(source)?.toAnalysed(stored) ?? stored;
}

/** Entity records -> model entities with ids; also creates entities named only in credits. */
class EntityIds {
  private readonly records: EntityRecord[];
  constructor(
    private readonly found: RecognizedEntities,
    private readonly source: Source,
  ) {
    this.records = found.entities;
  }

  /** Ids hash the name: computed once per entity (names are final by now). */
  private readonly ids = new Map<string, string>();

  id(key: string): string | null {
    const e = this.found.byKey.get(key);
    if (!e) return null;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = entityIdFor(e.type, e.name);
      this.ids.set(key, id);
    }
    return id;
  }

  create(span: Span, name: string, type: "person" | "organization" | "place"): string {
    const key = `${type}:${normalizeName(name)}`;
    const existing = this.found.byKey.get(key);
    if (existing) return key;
    const record: EntityRecord = {
      key,
      type,
      subtype: null,
      name,
      forms: new Map([[normalizeName(name), name]]),
      mentions: [{ start: span.start, end: span.end }],
      roles: [],
    };
    this.found.byKey.set(key, record);
    this.records.push(record);
    const ref: MentionRef = { start: span.start, end: span.end, key, type, nextWord: 0, firstWord: 0, sentence: 0 };
    this.found.mentions.splice(firstAtOrAfter(this.found.mentions, span.start), 0, ref);
    return key;
  }

  entities(): Entity[] {
    const byId = new Map<string, Entity>();
    for (const r of this.records) {
      const id = this.id(r.key) ?? entityIdFor(r.type, r.name);
      const mentions = r.mentions.map((m) => evidenceOf(this.source, m.start, m.end)).filter((e): e is Evidence => e !== null);
      if (mentions.length === 0) continue;
      const canonical = normalizeName(r.name);
      const aliases = [...r.forms.entries()].filter(([n]) => n !== canonical && n !== "" && !titleSet.has(n)).map(([, f]) => f);
      const roles = r.roles.flatMap((role) => {
        const ev = evidenceOf(this.source, role.start, role.end);
        return ev ? [{ title: role.title, of: role.of ? this.id(role.of) : null, evidence: [ev] }] : [];
      });
      const prev = byId.get(id);
      if (prev) {
        prev.mentions.push(...mentions);
        prev.aliases.push(...aliases.filter((a) => !prev.aliases.includes(a)));
        prev.roles.push(...roles);
        continue;
      }
      byId.set(id, {
        id,
        type: r.type,
        subtype: r.type === "person" ? null : r.subtype,
        name: r.name,
        aliases: [...new Set(aliases)].sort(),
        roles,
        mentions,
      });
    }
    const out = [...byId.values()];
    for (const e of out) {
      e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
      e.mentions = e.mentions.filter((m, i) => i === 0 || m.start !== e.mentions[i - 1]?.start || m.end !== e.mentions[i - 1]?.end);
      e.roles = e.roles.filter((r) => r.of === null || byId.has(r.of));
    }
    return out;
  }
}

function buildTimes(
  source: Source,
  cands: TimeCandidate[],
  analysis: Analysis,
): { list: TimeExpression[]; bySentence: Map<number, string[]> } {
  const list: TimeExpression[] = [];
  const idByIndex = new Map<number, string>();
  const seen = new Set<string>();
  cands.forEach((c, i) => {
    const ev = evidenceOf(source, c.words.start, c.words.end);
    if (!ev) return;
    const id = stableId("tim", source.id, ev.start, ev.end);
    idByIndex.set(i, id);
    if (seen.has(id)) return;
    seen.add(id);
    list.push({ id, text: ev.text, value: c.value, precision: c.precision, anchor: { kind: "absolute" }, evidence: [ev] });
  });
  // Lookups by id, not scans of the list, so many times in one article stay linear.
  const byId = new Map(list.map((t) => [t.id, t]));
  const ok: TimeExpression[] = [];
  const checked = new Set<string>();
  cands.forEach((c, i) => {
    const id = idByIndex.get(i);
    const t = id === undefined ? undefined : byId.get(id);
    if (!t || checked.has(t.id)) return;
    const a = c.anchor;
    const target = a.kind === "time" ? idByIndex.get(a.index) : undefined;
    t.anchor =
      a.kind === "time"
        ? target && target !== t.id
          ? { kind: "time", timeId: target }
          : { kind: "unresolved", reason: "its anchor was not found" }
        : a.kind === "publication"
          ? { kind: "publication", date: a.date.slice(0, 10) }
          : a.kind === "unresolved"
            ? { kind: "unresolved", reason: a.reason || "nothing to resolve it against" }
            : { kind: "absolute" };
    if (TimeExpressionSchema.safeParse(t).success) {
      ok.push(t);
      checked.add(t.id);
    }
  });
  // Anchors may only point at kept times.
  const kept = new Set(ok.map((t) => t.id));
  for (const t of ok)
    if (t.anchor.kind === "time" && !kept.has(t.anchor.timeId)) t.anchor = { kind: "unresolved", reason: "its anchor was not found" };
  ok.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  const bySentence = new Map<number, string[]>();
  for (const t of ok) {
    const s = sentenceIndexAt(analysis, analysedOffset(source, t.evidence[0]?.start ?? 0));
    const list = bySentence.get(s) ?? [];
    list.push(t.id);
    bySentence.set(s, list);
  }
  return { list: ok, bySentence };
}

function buildStatements(source: Source, quotes: QuoteCandidate[], linker: CreditLinker, ids: EntityIds): Statement[] {
  const out: Statement[] = [];
  const seen = new Set<string>();
  for (const q of [...quotes].sort((a, b) => a.words.start - b.words.start)) {
    const ev = evidenceOf(source, q.words.start, q.words.end);
    if (!ev) continue;
    const key = linker.link(q.speaker, q.kind === "direct");
    const id = stableId("stm", source.id, ev.start, ev.end);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      kind: q.kind,
      text: ev.text,
      speakerId: key ? ids.id(key) : null,
      channel: q.channel,
      evidence: [ev],
      attribution: q.attribution.map((a) => evidenceOf(source, a.start, a.end)).filter((e): e is Evidence => e !== null),
    });
  }
  return out;
}

function buildFigures(
  source: Source,
  figures: FigureCandidate[],
  linker: CreditLinker,
  ids: EntityIds,
  analysis: Analysis,
  timesBySentence: Map<number, string[]>,
): Figure[] {
  const out: Figure[] = [];
  const byValue = new Map<string, Figure>();
  for (const f of [...figures].sort((a, b) => a.words.start - b.words.start)) {
    const ev = evidenceOf(source, f.words.start, f.words.end);
    if (!ev || !Number.isFinite(f.value) || !FigureUnitSchema.safeParse(f.unit).success) continue;
    const key = linker.linkSource(f.source);
    const entityId = key ? ids.id(key) : null;
    const creditSpan =
      f.source.kind === "named" || f.source.kind === "pronoun" ? evidenceOf(source, f.source.span.start, f.source.span.end) : null;
    const attribution: Figure["attribution"] = entityId
      ? { kind: "entity", entityId, evidence: creditSpan ? [creditSpan] : [] }
      : { kind: "source" };
    const dedupe = `${f.unit}|${f.value}`;
    const prev = byValue.get(dedupe);
    if (prev) {
      prev.evidence.push(ev);
      if (prev.attribution.kind === "source" && attribution.kind === "entity") prev.attribution = attribution;
      continue;
    }
    const sentence = sentenceIndexAt(analysis, f.words.start);
    const figure: Figure = {
      id: stableId("fig", source.id, ev.start, ev.end),
      value: f.value,
      unit: f.unit,
      scale: f.scale,
      measure: f.measure,
      periodId: timesBySentence.get(sentence)?.[0] ?? null,
      attribution,
      evidence: [ev],
    };
    byValue.set(dedupe, figure);
    out.push(figure);
  }
  return out;
}

/** Sentence index holding an offset (binary search over sentence starts). */
export function sentenceIndexAt(analysis: Analysis, offset: number): number {
  const s = analysis.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid] as { start: number }).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function buildKeyPoints(
  source: Source,
  analysis: Analysis,
  found: RecognizedEntities,
  figures: FigureCandidate[],
  times: TimeExpression[],
  quoteSpans: { start: number; end: number }[],
  headline: number,
  linker: CreditLinker,
): KeyPoint[] {
  // Per-sentence counts in one pass each, so key points stay linear in the text.
  const perSentence = (starts: number[]) => {
    const counts = new Map<number, number>();
    for (const at of starts) {
      const s = sentenceIndexAt(analysis, at);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    return counts;
  };
  const entityCounts = perSentence(found.mentions.map((m) => m.start));
  const figureCounts = perSentence(figures.map((f) => f.words.start));
  const timeCounts = perSentence(times.map((t) => analysedOffset(source, t.evidence[0]?.start ?? 0)));
  const quotedChars = new Map<number, number>();
  for (const q of quoteSpans) {
    const s = sentenceIndexAt(analysis, q.start);
    quotedChars.set(s, (quotedChars.get(s) ?? 0) + (q.end - q.start));
  }
  // Who a "He …" opening a sentence stands for, by the one pronoun resolver; null when the text does not say.
  let context: TokenContext | undefined;
  const antecedentOf = (index: number) => {
    const s = analysis.sentences[index];
    const first = s ? analysis.tokens[s.firstToken] : undefined;
    if (first?.pos !== "PRON") return null;
    context ??= buildTokenContext(analysis, findQuoteMarks(analysis.text));
    const phrase = resolvePronoun(context, first.index);
    const key = phrase ? linker.link({ kind: "named", span: spanOf(context, phrase.first, phrase.last) }, false) : null;
    const entity = key ? found.byKey.get(key) : undefined;
    return entity?.type === "person" ? entity.name : null;
  };
  const picked = pickKeySentences(
    analysis,
    (s) => ({
      entities: entityCounts.get(s.index) ?? 0,
      figures: figureCounts.get(s.index) ?? 0,
      times: timeCounts.get(s.index) ?? 0,
      quoted: (quotedChars.get(s.index) ?? 0) > (s.end - s.start) / 3,
      antecedent: antecedentOf(s.index) !== null,
    }),
    headline,
  );
  return picked.flatMap((s) => {
    const ev = evidenceOf(source, s.start, s.end);
    if (!ev) return [];
    let text = cleanLabel(ev.text) ?? ev.text;
    // "He [Ishaq Dar] said …": the name stands beside the pronoun, the evidence stays the sentence as written.
    const name = openingOf(text) === "person-pronoun" ? antecedentOf(s.index) : null;
    if (name) text = text.replace(/^(\s*\p{L}+)/u, `$1 [${name}]`);
    return [{ id: stableId("kpt", source.id, ev.start, ev.end), text, evidence: [ev] }];
  });
}
