import type { SectionId } from "@briefing/core";
import { type Highlight, segmentText } from "@/lib/highlight";
import { clip, MAX_NOTE_CHARS, MAX_NOTES } from "@/lib/page-limits";

/** Reader's names for what a highlight grounds, used in the legend and the CSS class. */
export const KIND_LABEL: Partial<Record<SectionId, string>> = {
  "key-points": "Key point",
  "what-happened": "Event",
  "whos-who": "Name",
  "who-said-what": "Quote",
  "key-figures": "Figure",
  timeline: "Date",
};

/**
 * The article as text (React escapes it; no markup from the source is ever interpreted), with every
 * evidence span a focusable link back to the line it grounds.
 */
export function SourceText({
  text,
  highlights,
  briefingId,
  chosen,
  range,
}: {
  text: string;
  highlights: Highlight[];
  briefingId: string;
  chosen: string | null;
  /** The characters this page shows (the source view pages long articles); all of them by default. */
  range?: { start: number; end: number };
}) {
  return (
    <div className="article-text">
      {segmentText(text, highlights, range).map((seg) => {
        const anchors = seg.anchors.map((a) => <span key={a} id={a} className="anchor" />);
        const primary = seg.covers[0];
        if (!primary) {
          return (
            <span key={seg.start}>
              {anchors}
              {seg.text}
            </span>
          );
        }
        const isChosen = chosen !== null && seg.covers.some((c) => c.itemId === chosen);
        const labels = [...new Set(seg.covers.map((c) => c.label))];
        // A few notes per run of text: a run inside hundreds of spans must not carry them all.
        const grounds = [
          ...labels.slice(0, MAX_NOTES).map((l) => clip(l, MAX_NOTE_CHARS)),
          ...(labels.length > MAX_NOTES ? [`and ${labels.length - MAX_NOTES} more`] : []),
        ].join("\n");
        return (
          <span key={seg.start}>
            {anchors}
            <a
              href={`/b/${briefingId}#${primary.itemId}`}
              className={["ev", `ev-${primary.section}`, ...new Set(seg.covers.map((c) => `in-${c.section}`)), isChosen ? "chosen" : ""]
                .filter(Boolean)
                .join(" ")}
              title={`Grounds ${grounds}`}
              data-grounds={clip(primary.label, MAX_NOTE_CHARS)}
              aria-current={isChosen ? "true" : undefined}
            >
              {seg.text}
            </a>
          </span>
        );
      })}
    </div>
  );
}
