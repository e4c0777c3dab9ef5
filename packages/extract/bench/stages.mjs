// npm run bench -- --stages: what each step of the pipeline costs, as multiples of the bare wink
// tokenize+POS pass, measured on texts analysed once up front (all runners take turns round by round).
import { createRequire } from "node:module";
import { parseBriefing } from "@briefing/core";

/** Prints the cost of each stage relative to the bare pass; `dist` is the built package folder URL. */
export async function printStages(dist, corpus, published, rounds = 5) {
  const load = (path) => import(new URL(path, dist).href);
  const { analyze, extractBriefing } = await load("index.js");
  const { findTimes } = await load("dates/index.js");
  const { recognizeEntities } = await load("entities/recognize.js");
  const { findFigures } = await load("figures/index.js");
  const { findQuotes } = await load("quotes/index.js");
  const { readTopMatter } = await load("top-matter.js");
  const { findEvents } = await load("events.js");
  const require = createRequire(import.meta.url);
  const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"));
  const analyses = corpus.texts.map((t) => analyze(t));
  const briefings = corpus.texts.map((t) => extractBriefing({ text: t, published }));
  const each = (items, run) => () => {
    for (const item of items) run(item);
  };
  const stages = {
    "bare wink pass (default)": each(corpus.texts, (t) => nlp.readDoc(t).tokens().out(nlp.its.pos)),
    "analysis (nlp.ts)": each(corpus.texts, (t) => analyze(t)),
    "dates finder": each(analyses, (a) => findTimes(a, published)),
    entities: each(analyses, (a) => recognizeEntities(a, readTopMatter(a.text).headline?.end ?? 0)),
    "top matter and events": each(analyses, (a) => {
      const top = readTopMatter(a.text);
      const found = recognizeEntities(a, top.headline?.end ?? 0);
      findEvents({ found, inQuote: () => false, isFurniture: () => false, times: [] });
    }),
    figures: each(analyses, (a) => findFigures(a)),
    quotes: each(analyses, (a) => findQuotes(a)),
    "validation (parseBriefing)": each(briefings, (b) => parseBriefing(b)),
    "whole extraction": each(corpus.texts, (t) => extractBriefing({ text: t, published })),
  };
  const names = Object.keys(stages);
  const best = names.map(() => Number.POSITIVE_INFINITY);
  for (let r = 0; r < rounds; r++) {
    names.forEach((name, i) => {
      const start = process.hrtime.bigint();
      stages[name]();
      best[i] = Math.min(best[i], Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  const base = best[0];
  console.log("cost of each stage, as multiples of the bare wink pass (best of %d):", rounds);
  for (const [i, name] of names.entries()) console.log(`  ${name.padEnd(28)} ${(best[i] / base).toFixed(2)}`);
}
