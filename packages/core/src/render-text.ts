import type { ComposedBriefing, ComposedItem } from "./compose.js";

/** One line of an item as plain words: "Emphasis — text (meta)". Shared by every text-like screen. */
export function itemLine(item: ComposedItem): string {
  const head = item.emphasis ? `${item.emphasis} — ${item.text}` : item.text;
  return item.meta ? `${head} (${item.meta})` : head;
}

/** Plain text, for pipes and terminals without a UI. */
export function renderText(doc: ComposedBriefing): string {
  const out: string[] = [doc.title];
  if (doc.byline) out.push(doc.byline);
  for (const w of doc.warnings) out.push(`Warning: ${w}`);
  if (doc.lead) {
    out.push("", itemLine(doc.lead.event));
    for (const f of doc.lead.figures) out.push(`  • ${itemLine(f)}`);
  }
  for (const section of doc.sections) {
    if (section.items.length === 0) continue;
    out.push("", section.title.toUpperCase());
    for (const item of section.items) out.push(`  • ${itemLine(item)}`);
  }
  return `${out.join("\n")}\n`;
}
