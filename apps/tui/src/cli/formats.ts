import { type Briefing, composeBriefing, renderMarkdown, renderText, toJsonLd } from "@briefing/core";

export const FORMATS = ["text", "md", "json", "jsonld"] as const;
export type Format = (typeof FORMATS)[number];

/** One briefing in an output format; every format comes from core, so screens cannot disagree. */
export function formatBriefing(briefing: Briefing, format: Format): string {
  switch (format) {
    case "text":
      return renderText(composeBriefing(briefing));
    case "md":
      return renderMarkdown(composeBriefing(briefing));
    case "json":
      return `${JSON.stringify(briefing, null, 2)}\n`;
    case "jsonld":
      return `${JSON.stringify(toJsonLd(briefing), null, 2)}\n`;
  }
}

/** Several briefings in one output: a JSON array, a JSON-LD graph, or texts separated by a rule. */
export function formatBriefings(briefings: Briefing[], format: Format): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(briefings, null, 2)}\n`;
    case "jsonld":
      return `${JSON.stringify(mergeGraphs(briefings.map((b) => toJsonLd(b))), null, 2)}\n`;
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
