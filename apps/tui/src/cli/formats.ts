import { type Briefing, composeBriefing, renderMarkdown, renderText, toJsonLd } from "@briefing/core";
import { terminalBlock, terminalJson, terminalLinesDeep } from "../terminal-safe.js";

export const FORMATS = ["text", "md", "json", "jsonld"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * One briefing in an output format; every format comes from core, so screens cannot disagree. Text
 * and Markdown are made terminal-safe (each field before Markdown escapes it, then the whole as a
 * guard); JSON escapes what a terminal would obey and stays exact.
 */
export function formatBriefing(briefing: Briefing, format: Format): string {
  switch (format) {
    case "text":
      return terminalBlock(renderText(terminalLinesDeep(composeBriefing(briefing))));
    case "md":
      return terminalBlock(renderMarkdown(terminalLinesDeep(composeBriefing(briefing))));
    case "json":
      return `${terminalJson(briefing)}\n`;
    case "jsonld":
      return `${terminalJson(toJsonLd(briefing))}\n`;
  }
}

/** Several briefings in one output: a JSON array, a JSON-LD graph, or texts separated by a rule. */
export function formatBriefings(briefings: Briefing[], format: Format): string {
  switch (format) {
    case "json":
      return `${terminalJson(briefings)}\n`;
    case "jsonld":
      return `${terminalJson(mergeGraphs(briefings.map((b) => toJsonLd(b))))}\n`;
    default:
      return briefings.map((b) => formatBriefing(b, format)).join(format === "md" ? "\n---\n\n" : "\n────────\n\n");
  }
}

/** One JSON-LD document holding the graphs of many: the context once, every node once. */
function mergeGraphs(docs: Record<string, unknown>[]): Record<string, unknown> {
  const seen = new Set<unknown>();
  const graph: Record<string, unknown>[] = [];
  for (const node of docs.flatMap((d) => (Array.isArray(d["@graph"]) ? (d["@graph"] as Record<string, unknown>[]) : [d]))) {
    if (node["@id"] !== undefined && seen.has(node["@id"])) continue;
    seen.add(node["@id"]);
    graph.push(node);
  }
  return { "@context": docs[0]?.["@context"] ?? "https://schema.org", "@graph": graph };
}
