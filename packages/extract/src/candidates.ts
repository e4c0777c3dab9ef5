// What each finder returns: spans and values, no entity ids. The pipeline (extract.ts) links the
// spans that name someone (speakers, figure sources) to entities, so finders stay independent.

/** A span of the article text, `[start, end)`, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Who a quote or figure is credited to, as the text names them. */
export type CreditSpan =
  /** A named or described holder: "the State Department", "PICSS", "a 2022 report by the US Department of Defense". */
  | { kind: "named"; span: Span }
  /** A pronoun ("he", "she", "they"): resolved by the pipeline to the last fitting entity before `span.start`. */
  | { kind: "pronoun"; span: Span }
  /** No verb or name: the speaker of the previous quote carries on. */
  | { kind: "running" }
  | { kind: "none" };

export interface QuoteCandidate {
  kind: "direct" | "reported";
  /** The words between the marks (direct) or the reported clause. */
  words: Span;
  speaker: CreditSpan;
  /** "statement", "interview", … as written; null when not given. */
  channel: string | null;
  /** The words that attribute it ("the State Department noted"). */
  attribution: Span[];
}

export interface FigureCandidate {
  /** The figure as written ("$7 billion", "42%", "240 million people"). */
  words: Span;
  value: number;
  unit: string;
  scale: "one" | "thousand" | "million" | "billion" | "trillion";
  /** What it measures, as a short phrase; null when unclear. */
  measure: string | null;
  source: CreditSpan;
}

export interface TimeCandidate {
  words: Span;
  /** ISO value: 2025-04-07, 2025-04, 2025, 2013/2018; null when it cannot be resolved honestly. */
  value: string | null;
  precision: "instant" | "day" | "month" | "year" | "span" | "vague";
  /** How it was resolved: absolute words, the publication date, another time (by index in the returned list), or not at all. */
  anchor:
    | { kind: "absolute" }
    | { kind: "publication"; date: string }
    | { kind: "time"; index: number }
    | { kind: "unresolved"; reason: string };
}
