import type { SnippetPart } from "@briefing/store";

/** A search snippet with the matched words marked; the parts are text, never markup. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="snippet">
      {parts.map((part, i) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence with no ids
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed sequence with no ids
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
