// Deeply nested HTML is capped before any DOM is built: linkedom and Readability walk the tree
// recursively (10,000 nested <div>s overflow the stack) and Readability's work grows with the
// square of the depth (1,000 levels took over a minute). Tags nested deeper than the cap are
// dropped while their text is kept, a block tag leaving a <br> so paragraphs do not glue.
import { createRequire } from "node:module";

/**
 * Deepest element nesting kept from a page. News pages nest 20-60 levels; at 100 Readability
 * still takes well under a second, at 400 several seconds.
 */
export const MAX_HTML_DEPTH = 100;

/** Elements whose content is not text: dropped whole when nested too deep, never exposed as text. */
const RAW_CONTENT = new Set(["script", "style", "template", "noscript", "textarea", "title", "svg", "math", "iframe", "object"]);
/** Elements that do not break a line of text; every other dropped tag leaves a <br>. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "del",
  "dfn",
  "em",
  "font",
  "i",
  "img",
  "ins",
  "kbd",
  "label",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
  "var",
  "wbr",
]);

interface Parser {
  startIndex: number;
  endIndex: number;
  write(chunk: string): void;
  end(): void;
}
interface ParserClass {
  new (
    handler: {
      onopentag?(name: string, attributes: Record<string, string>, isImplied: boolean): void;
      onclosetag?(name: string, isImplied: boolean): void;
    },
    options: { decodeEntities: boolean; lowerCaseAttributeNames: boolean },
  ): Parser;
}

const require = createRequire(import.meta.url);
let ParserCtor: ParserClass | undefined;

/** The page with every element deeper than MAX_HTML_DEPTH unwrapped (its text kept); the page itself when none is. */
export function capHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): string {
  // Cheap pre-check: fewer tags than the cap cannot nest deeper than it.
  let tags = 0;
  for (let i = html.indexOf("<"); i >= 0 && tags <= maxDepth; i = html.indexOf("<", i + 1)) tags++;
  if (tags <= maxDepth) return html;

  // htmlparser2 is the tokenizer linkedom builds its tree with, so depths here are the DOM's depths.
  ParserCtor ??= (require("htmlparser2") as { Parser: ParserClass }).Parser;
  /** Source ranges to replace: [start, end, replacement]. */
  const edits: [number, number, string][] = [];
  /** Per open element: whether its tags are dropped. */
  const dropped: boolean[] = [];
  /** Start of a too-deep raw-content element dropped with its content, while inside it. */
  let rawStart = -1;
  let rawDepth = -1;
  const parser: Parser = new ParserCtor(
    {
      onopentag(name, _attributes, isImplied) {
        const depth = dropped.length + 1;
        const drop = depth > maxDepth;
        dropped.push(drop);
        if (!drop || isImplied || rawStart >= 0) return;
        if (RAW_CONTENT.has(name)) {
          rawStart = parser.startIndex;
          rawDepth = depth;
        } else edits.push([parser.startIndex, parser.endIndex + 1, INLINE.has(name) ? "" : "<br>"]);
      },
      onclosetag(name, isImplied) {
        const depth = dropped.length;
        const drop = dropped.pop() ?? false;
        if (!drop) return;
        if (rawStart >= 0) {
          if (depth === rawDepth) {
            edits.push([rawStart, isImplied ? parser.startIndex : parser.endIndex + 1, ""]);
            rawStart = -1;
          }
          return;
        }
        if (!isImplied) edits.push([parser.startIndex, parser.endIndex + 1, INLINE.has(name) ? "" : "<br>"]);
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  if (rawStart >= 0) edits.push([rawStart, html.length, ""]);
  if (edits.length === 0) return html;
  edits.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let at = 0;
  for (const [start, end, replacement] of edits) {
    if (start < at) continue;
    out.push(html.slice(at, start), replacement);
    at = end;
  }
  out.push(html.slice(at));
  return out.join("");
}
