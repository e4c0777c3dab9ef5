// Pairs quotation marks in one linear pass. Curly marks say which way they face; straight ones are
// read from their neighbours. An opening mark that is never closed is dropped at the end of its
// paragraph (or after MAX_QUOTE_CHARS), so it cannot swallow the rest of a long text.

/** One quoted stretch: `open` and `close` are the offsets of the marks (or of the paragraph end). */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the quoted words: the closing mark, or the paragraph end when `closed` is false. */
  close: number;
  /** False for a paragraph of a multi-paragraph quote that the next paragraph reopens. */
  closed: boolean;
  /** Paragraphs of one multi-paragraph quote share a group. */
  group: number;
}

/** Longest stretch an opening mark may wait for its closing mark. */
export const MAX_QUOTE_CHARS = 4000;

enum Style {
  None = 0,
  CurlyDouble = 1,
  StraightDouble = 2,
  CurlySingle = 3,
  Guillemet = 4,
  StraightSingle = 5,
}

const REOPEN: Record<number, string> = { 1: "“", 2: '"', 3: "‘", 4: "«", 5: "'" };

// Space, tab, line feed, carriage return, form feed, no-break space.
const isBlank = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 160;
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
// Characters after which an opening mark may stand: "(“", "—‘", "[“".
const isOpener = (c: string | undefined) => c === undefined || /[\s([{—–\-/:]/.test(c);

/** Every quotation in `text`, in order, with nested single quotes left inside their double quotes. */
export function findQuoteMarks(text: string): MarkedQuote[] {
  const found: MarkedQuote[] = [];
  let open = -1;
  let style = Style.None as Style;
  let group = -1;
  // A straight double quote opened inside a curly one ("“He said "no" twice”"), so its closer is not ours.
  let nestedStraight = false;
  const start = (at: number, s: Style, continuing = false) => {
    open = at;
    style = s;
    nestedStraight = false;
    if (!continuing) group++;
  };
  const close = (at: number) => {
    found.push({ open, close: at, closed: true, group });
    open = -1;
    style = Style.None;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Plain words: only marks and line breaks matter.
    if (code !== 10 && code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201d)) continue;
    const c = text[i] as string;
    if (open >= 0 && i - open > MAX_QUOTE_CHARS) {
      open = -1;
      style = Style.None;
    }
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    switch (c) {
      case "\n": {
        // Skip the whole run of white space at once so the pass stays linear.
        let k = i + 1;
        while (k < text.length && isBlank(text.charCodeAt(k))) k++;
        const following = text[k];
        // A single line break before a lower-case word is a wrapped line, not a new paragraph.
        const paragraphBreak = following === undefined || !/\p{Ll}/u.test(following) || text.slice(i + 1, k).includes("\n");
        if (open >= 0 && paragraphBreak) {
          if (following === REOPEN[style]) {
            // A quote that runs on: this paragraph is one part of it, the next paragraph reopens it.
            let end = i;
            while (end > open + 1 && isSpace(text[end - 1])) end--;
            found.push({ open, close: end, closed: false, group });
            start(k, style, true);
            i = k;
            break;
          }
          open = -1;
          style = Style.None;
        }
        i = k - 1;
        break;
      }
      case "“":
        // A curly opening mark always opens: one already open was never closed.
        if (style !== Style.StraightDouble) start(i, Style.CurlyDouble);
        break;
      case "”":
        if (style === Style.CurlyDouble) close(i);
        break;
      case '"':
        if (style === Style.CurlyDouble) {
          // Publishers mix marks: “… words." closes with a straight mark; a nested pair opens then closes.
          if (isOpener(prev) && isWordChar(next)) nestedStraight = true;
          else if (!isSpace(prev) && !isWordChar(next)) {
            if (nestedStraight) nestedStraight = false;
            else close(i);
          }
        } else if (style === Style.StraightDouble) {
          if (isSpace(prev) && isWordChar(next)) start(i, Style.StraightDouble);
          else close(i);
        } else if (style === Style.None || style === Style.CurlySingle || style === Style.StraightSingle) {
          // 12" is inches, a mark followed by a space opens nothing.
          if (isWordChar(prev) && !isWordChar(next)) break;
          if (isSpace(next)) break;
          start(i, Style.StraightDouble);
        }
        break;
      case "«":
        if (style !== Style.CurlyDouble && style !== Style.StraightDouble) start(i, Style.Guillemet);
        break;
      case "»":
        if (style === Style.Guillemet) close(i);
        break;
      case "‘":
        // Single quotes stand alone only at the top level; inside double quotes they are nested words.
        if ((style === Style.None || style === Style.CurlySingle || style === Style.StraightSingle) && isOpener(prev) && isLetter(next)) {
          start(i, Style.CurlySingle);
        }
        break;
      case "'":
        // Straight single quotes work like curly ones; an apostrophe inside a word neither opens nor closes.
        if (style === Style.StraightSingle) {
          if (!isSpace(prev) && !isWordChar(next)) close(i);
          else if (isOpener(prev) && isLetter(next)) start(i, Style.StraightSingle);
        } else if ((style === Style.None || style === Style.CurlySingle) && isOpener(prev) && isLetter(next)) {
          start(i, Style.StraightSingle);
        }
        break;
      case "’":
        // Two closing single marks stand for a closing double one (“… voters,’’), as some wires type it.
        if (style === Style.CurlyDouble && next === "’" && !isSpace(prev) && !isWordChar(text[i + 2])) {
          close(i);
          i++;
          break;
        }
        // An apostrophe sits between letters (can’t) or follows a space; a closing mark ends a word.
        if (style === Style.CurlySingle && !isSpace(prev) && !isWordChar(next)) close(i);
        break;
      default:
        break;
    }
  }
  return found;
}
