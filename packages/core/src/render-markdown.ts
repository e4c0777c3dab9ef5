import type { ComposedBriefing, ComposedItem } from "./compose.js";

/** Escapes the characters Markdown would read as markup, so source words stay words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, "\\$1").replace(/^(\s*)([-=]{3,}|\d+\.)/gm, "$1\\$2");
}

function itemMarkdown(item: ComposedItem): string {
  const head = item.emphasis ? `**${escapeMarkdown(item.emphasis)}** — ${escapeMarkdown(item.text)}` : escapeMarkdown(item.text);
  return item.meta ? `${head} _(${escapeMarkdown(item.meta)})_` : head;
}

/** Markdown, for notes, tickets and chat. */
export function renderMarkdown(doc: ComposedBriefing): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.byline) out.push("", `_${escapeMarkdown(doc.byline)}_`);
  for (const w of doc.warnings) out.push("", `> **Warning:** ${escapeMarkdown(w)}`);
  if (doc.lead) {
    out.push("", itemMarkdown(doc.lead.event));
    if (doc.lead.figures.length > 0) out.push("", ...doc.lead.figures.map((f) => `- ${itemMarkdown(f)}`));
  }
  for (const section of doc.sections) {
    if (section.items.length === 0) continue;
    out.push("", `## ${section.title}`, "");
    for (const item of section.items) out.push(`- ${itemMarkdown(item)}`);
  }
  return `${out.join("\n")}\n`;
}
