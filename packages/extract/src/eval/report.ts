// The readable report: totals first, then a table of articles, then every miss and false hit.
import type { GoldEntity, GoldEntityType, GoldEvent, GoldFigure, GoldQuote } from "./gold.js";
import type { PredictedCredit, PredictedEntity, PredictedEvent, PredictedFigure, PredictedQuote } from "./predictions.js";
import type { RatchetCheck } from "./ratchet.js";
import type { ArticleReport, EvalReport } from "./run-eval.js";
import type { Counts, Ratio } from "./score.js";
import { accuracy, precisionRecall } from "./totals.js";

const num = (x: number) => x.toFixed(3);
const clip = (s: string, max = 100) => JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);
const pad = (s: string, n: number) => s.padEnd(n);

function prf(c: Counts): string {
  const m = precisionRecall(c);
  return `P ${num(m.precision)}  R ${num(m.recall)}  F1 ${num(m.f1)}  (${c.matched} matched; ${c.gold} gold, ${c.predicted} predicted)`;
}

function ratio(r: Ratio): string {
  return r.total === 0 ? "n/a (nothing to check)" : `${num(accuracy(r))}  (${r.correct}/${r.total})`;
}

const entityLine = (e: GoldEntity | PredictedEntity) =>
  `${e.type} ${clip(e.name)}${e.aliases.length ? ` aka ${e.aliases.map((a) => clip(a)).join(", ")}` : ""}`;
const creditLine = (c: PredictedCredit | null) => (c === null ? "(none)" : `${c.type} ${clip(c.name)}`);
const goldFigureLine = (f: GoldFigure) => `${f.value} ${f.unit} ${clip(f.text)} — ${f.about}${f.source ? ` (source: ${f.source})` : ""}`;
const figureLine = (f: PredictedFigure) => `${f.value} ${f.unit} ${clip(f.text)}${f.source ? ` (source: ${f.source.name})` : ""}`;
const goldQuoteLine = (q: GoldQuote) => `${clip(q.text)} — ${q.speaker ?? "(no speaker)"}`;
const quoteLine = (q: PredictedQuote) => `${clip(q.text)} — ${q.speaker?.name ?? "(no speaker)"}`;
const goldEventLine = (e: GoldEvent) => `${e.date ?? "(no date)"} ${clip(e.what, 80)} — ${e.participants.join(", ") || "(no participant)"}`;
const eventLine = (e: PredictedEvent) =>
  `${e.date ?? "(no date)"} ${clip(e.what, 80)} — ${e.participants.map((p) => p.name).join(", ") || "(no participant)"}`;

function totalsSection(report: EvalReport): string[] {
  const c = report.counts;
  const lines = [`Totals (micro-averaged over ${report.articles.length} articles)`, `  entities   ${prf(c.entities)}`];
  for (const type of ["person", "organization", "place"] as GoldEntityType[])
    lines.push(`    ${pad(type, 13)}${prf(c.entities.byType[type])}`);
  lines.push(
    `  roles      accuracy ${ratio(c.roles)}`,
    `  quotes     ${prf(c.quotes)}`,
    `    speakers     accuracy ${ratio(c.quotes.speakers)}  precision ${ratio(c.quotes.speakerPrecision)}`,
    `  figures    ${prf(c.figures)}`,
    `    sources      accuracy ${ratio(c.figures.sources)}  precision ${ratio(c.figures.sourcePrecision)}`,
    `  dates      ${prf(c.dates)}`,
    `  events     ${prf(c.events)}  (recall is scored; precision is informational)`,
    `  lead       accuracy ${ratio(c.lead)}`,
  );
  return lines;
}

/** "day", "month", "year", "span" or "time": the shape of an ISO value, to group date misses. */
export function dateShape(value: string): string {
  if (value.includes("/")) return "span";
  return ({ 4: "year", 7: "month", 10: "day" } as Record<number, string>)[value.length] ?? "time";
}

/** "3 person, 1 place": how many of each kind. */
function tally(kinds: readonly string[]): string {
  if (kinds.length === 0) return "0";
  const counts = new Map<string, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return `${kinds.length} (${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")})`;
}

const credit = (c: PredictedCredit | null) => (c === null ? "none predicted" : "another entity");
/** Why a credit the extractor made is wrong: the gold names someone else, or no one. */
const falseCredit = (goldName: string | null) => (goldName === null ? "gold has none" : "another entity");

/** Misses and false hits over all articles, grouped by kind, so the biggest categories stand out. */
function breakdownSection(report: EvalReport): string[] {
  const all = report.articles.map((a) => a.score);
  const flat = <T>(pick: (s: ArticleReport["score"]) => readonly T[]): T[] => all.flatMap((s) => [...pick(s)]);
  return [
    "Misses and false hits by kind (all articles)",
    `  entities   missed ${tally(flat((s) => s.entities.missed).map((e) => e.type))}; false hits ${tally(flat((s) => s.entities.falseHits).map((e) => e.type))}`,
    `  roles      wrong ${tally(flat((s) => s.roles.wrong).map((w) => (w.predicted.roles.length === 0 ? "none predicted" : "other title")))}`,
    `  quotes     missed ${flat((s) => s.quotes.missed).length}; false hits ${flat((s) => s.quotes.falseHits).length}; wrong speaker ${tally(flat((s) => s.quotes.wrongSpeakers).map((w) => credit(w.predicted.speaker)))}`,
    `             false speaker ${tally(flat((s) => s.quotes.falseSpeakers).map((w) => falseCredit(w.gold.speaker)))}`,
    `  figures    missed ${tally(flat((s) => s.figures.missed).map((f) => f.unit))}; false hits ${tally(flat((s) => s.figures.falseHits).map((f) => f.unit))}`,
    `             wrong source ${tally(flat((s) => s.figures.wrongSources).map((w) => credit(w.predicted.source)))}`,
    `             false source ${tally(flat((s) => s.figures.falseSources).map((w) => falseCredit(w.gold.source)))}`,
    `  dates      missed ${tally(flat((s) => s.dates.missed).map((d) => dateShape(d.value)))}; false hits ${tally(flat((s) => s.dates.falseHits).map((d) => dateShape(d.value)))}`,
    `  events     missed ${tally(flat((s) => s.events.missed).map((e) => (e.date === null ? "undated" : dateShape(e.date))))}; unmatched predictions ${flat((s) => s.events.falseHits).length}`,
    `  lead       wrong ${tally(all.filter((s) => s.lead.accuracy.total > 0 && s.lead.accuracy.correct === 0).map((s) => (s.lead.predicted === null ? "no event" : "another event")))}`,
  ];
}

function articleTable(report: EvalReport): string[] {
  const width = Math.max(7, ...report.articles.map((a) => a.name.length));
  const cell = (r: Ratio) => (r.total === 0 ? "   -  " : ` ${num(accuracy(r))}`);
  const lines = [`${pad("article", width)}  ent F1  roles   quo F1  speak   fig F1  source  date F1  ev R   lead`];
  for (const a of report.articles) {
    const t = a.totals;
    lines.push(
      `${pad(a.name, width)}  ${num(t.entities.f1)} ${cell(a.counts.roles)}  ${num(t.quotes.f1)} ${cell(a.counts.quotes.speakers)}  ${num(t.figures.f1)} ${cell(a.counts.figures.sources)}  ${num(t.dates.f1)}  ${num(t.events.recall)} ${cell(a.counts.lead)}${a.error ? "  FAILED" : ""}`,
    );
  }
  return lines;
}

function articleDetail(a: ArticleReport): string[] {
  const s = a.score;
  const lines = [`── ${a.name}`];
  if (a.error) lines.push(`  ERROR ${a.error}`);
  const list = (label: string, items: string[]) => {
    for (const item of items) lines.push(`    ${pad(label, 10)} ${item}`);
  };

  lines.push(`  entities  ${prf(s.entities.counts)}`);
  list("missed", s.entities.missed.map(entityLine));
  list("false hit", s.entities.falseHits.map(entityLine));
  lines.push(`  roles     accuracy ${ratio(s.roles.accuracy)}`);
  list(
    "wrong",
    s.roles.wrong.map(
      (w) =>
        `${clip(w.gold.name)}: gold ${(w.gold.roles ?? []).map((r) => clip(r)).join(", ")}; predicted ${w.predicted.roles.map((r) => clip(r)).join(", ") || "(none)"}`,
    ),
  );
  lines.push(`  quotes    ${prf(s.quotes.counts)}; speakers ${ratio(s.quotes.speakers)}; precision ${ratio(s.quotes.speakerPrecision)}`);
  list("missed", s.quotes.missed.map(goldQuoteLine));
  list("false hit", s.quotes.falseHits.map(quoteLine));
  list(
    "speaker",
    s.quotes.wrongSpeakers.map((w) => `${clip(w.gold.text, 60)}: gold ${w.gold.speaker}; predicted ${creditLine(w.predicted.speaker)}`),
  );
  // Wrong credits where the gold has none; those to another entity are already listed above.
  list(
    "speaker+",
    s.quotes.falseSpeakers
      .filter((w) => w.gold.speaker === null)
      .map((w) => `${clip(w.gold.text, 60)}: gold (no speaker); predicted ${creditLine(w.predicted.speaker)}`),
  );
  lines.push(`  figures   ${prf(s.figures.counts)}; sources ${ratio(s.figures.sources)}; precision ${ratio(s.figures.sourcePrecision)}`);
  list("missed", s.figures.missed.map(goldFigureLine));
  list("false hit", s.figures.falseHits.map(figureLine));
  list(
    "source",
    s.figures.wrongSources.map(
      (w) => `${w.gold.value} ${w.gold.unit} ${clip(w.gold.text)}: gold ${w.gold.source}; predicted ${creditLine(w.predicted.source)}`,
    ),
  );
  list(
    "source+",
    s.figures.falseSources
      .filter((w) => w.gold.source === null)
      .map((w) => `${w.gold.value} ${w.gold.unit} ${clip(w.gold.text)}: gold (no source); predicted ${creditLine(w.predicted.source)}`),
  );
  lines.push(`  dates     ${prf(s.dates.counts)}`);
  list(
    "missed",
    s.dates.missed.map((d) => `${d.value} ${clip(d.text)}`),
  );
  list(
    "false hit",
    s.dates.falseHits.map((d) => `${d.value} ${clip(d.text)}`),
  );
  lines.push(`  events    ${prf(s.events.counts)}`);
  list("missed", s.events.missed.map(goldEventLine));
  list("unmatched", s.events.falseHits.map(eventLine));
  lines.push(`  lead      ${ratio(s.lead.accuracy)}`);
  if (s.lead.accuracy.total > 0 && s.lead.accuracy.correct === 0) {
    list("gold", s.lead.gold ? [goldEventLine(s.lead.gold)] : []);
    list("predicted", [s.lead.predicted ? eventLine(s.lead.predicted) : "(no event)"]);
  }
  return lines;
}

/** The human-readable report: totals, per-article table, then every miss and false hit per article. */
export function formatReport(report: EvalReport): string {
  const by = report.extractor ? `${report.extractor.name} ${report.extractor.version}` : "the extractor";
  return [
    `Evaluation of ${by} on ${report.dir}`,
    "",
    ...totalsSection(report),
    "",
    ...breakdownSection(report),
    "",
    ...articleTable(report),
    "",
    ...report.articles.flatMap((a) => [...articleDetail(a), ""]),
  ].join("\n");
}

/** Each checked metric with actual against minimum, and a closing verdict naming every failure. */
export function formatRatchet(checks: readonly RatchetCheck[], file: string): string {
  const width = Math.max(6, ...checks.map((c) => c.metric.length));
  const lines = [`Ratchet ${file}`];
  for (const c of checks)
    lines.push(`  ${pad(c.metric, width)}  ${num(c.actual)}  minimum ${c.minimum.toFixed(2)}  ${c.passed ? "ok" : "BELOW"}`);
  const failed = checks.filter((c) => !c.passed);
  lines.push(failed.length === 0 ? `  all ${checks.length} minimums met` : `  below minimum: ${failed.map((c) => c.metric).join(", ")}`);
  return lines.join("\n");
}
