// What stands above and around the story in a text: the headline line, furniture lines (photo markers,
// credits, bylines, "Updated …"), photo captions, a date line under the headline, and the dateline
// that opens the first paragraph ("LONDON (AP) —", "Nov 19 (Reuters) -"). None of it is news.
import { boilerplateRanges } from "./boilerplate.js";
import { isCalendarDay } from "./dates/calendar.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./dates/calendar-names.js";
import { placeByName } from "./lexicons/index.js";

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Dateline {
  /** The whole opener, dash included: furniture. */
  span: TextSpan;
  /** "LONDON", "SURABAYA, Indonesia/JAKARTA"; null when the dateline gives only a date. */
  place: TextSpan | null;
  /** "AP", "Reuters": metadata of the page, not an entity of the story. */
  agency: TextSpan | null;
}

export interface TopMatter {
  /** The headline line, when the text opens with one. */
  headline: TextSpan | null;
  /** Lines and spans that are not the story, sorted: furniture lines, captions, the date line, the dateline. */
  furniture: [number, number][];
  dateline: Dateline | null;
  /** A date the page prints near the top ("September 17, 2008"), with its ISO day. */
  dateLine: (TextSpan & { value: string }) | null;
  /** Where the story itself starts. */
  bodyStart: number;
}

/** How many lines from the top may hold a headline, a date line or furniture before the story starts. */
const TOP_LINES = 8;
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_WORDS = 20;

// Lines that stand for a picture, credit it or sign the article, whatever the lexicon of boilerplate says.
const MARKER_LINE = /^(photo|image|video|photograph|picture|gallery)s?\s*:?$/i;
const TOP_FURNITURE = [
  /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}(\s*(,|and|&)\s*.*)?$/u,
  /^\(?(photo|image|video|photograph|picture)s?\s*(:|by\b|credit\b)/i,
  /^(updated|published|posted|last updated|first published)\b/i,
  /^\d+\s+min(ute)?s?\s+read$/i,
  /^(share|save|listen|print|email)(\s+(this|article|story))?$/i,
];

const MONTH = `(?:${MONTH_NAMES.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)`;
const WEEKDAY = `(?:${WEEKDAY_NAMES.join("|")}|(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?)`;
const DATE_WORDS = new RegExp(
  `^(?:(?:updated|published|posted|last updated)(?:\\s+on)?:?\\s+)?(?:${WEEKDAY},?\\s+)?(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?:[\\s,|·-]+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\.?$`,
  "i",
);

// "LONDON (AP) —", "SURABAYA, Indonesia/JAKARTA (Reuters) -", "BUFFALO, N.Y. —", "Nov 19 (Reuters) -".
const DASH = "(?:—|–|--|-)";
const CAPS_PLACE = "[A-Z][A-Z.'’-]*(?:\\s+[A-Z][A-Z.'’-]*)*";
const REGION = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*";
const PLACE_PART = `(?:${CAPS_PLACE}(?:,\\s*${REGION})*(?:\\s*\\/\\s*${CAPS_PLACE}(?:,\\s*${REGION})*)*)`;
const DATE_PART = `(?:${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)`;
const AGENCY = "\\(([^()\\n]{2,40})\\)";
const CAPS_DATELINE = new RegExp(`^(${PLACE_PART})(?:,\\s*${DATE_PART})?\\s*(?:${AGENCY})?\\s*${DASH}\\s+`, "u");
const DATE_DATELINE = new RegExp(`^${DATE_PART}\\s*${AGENCY}\\s*${DASH}\\s+`, "u");
const NAMED_DATELINE = new RegExp(`^(${REGION}(?:,\\s*${REGION})?)\\s*(?:${AGENCY})?\\s*(?:—|–|--)\\s+`, "u");

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, max: number): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length && out.length < max) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Whether a line reads like a headline: short, no final full stop, with letters, not a date. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < HEADLINE_MIN_WORDS || words.length > HEADLINE_MAX_WORDS) return false;
  if (/[.!?:;,"”’]$/.test(line) || DATE_WORDS.test(line)) return false;
  // Title case or sentence case: it starts with a capital or a digit.
  return /^[\p{Lu}\p{N}'‘"“]/u.test(line);
}

/** The ISO day a date line states ("Sept. 25, 2018" -> 2018-09-25), or null. */
export function dateLineValue(line: string): string | null {
  const m = DATE_WORDS.exec(line.trim());
  if (!m) return null;
  const month = (name: string) => {
    const lower = name.toLowerCase().replace(/\.$/, "");
    return MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(lower.slice(0, 3))) + 1;
  };
  const [year, mon, day] = m[1]
    ? [Number(m[3]), month(m[1]), Number(m[2])]
    : m[5]
      ? [Number(m[6]), month(m[5]), Number(m[4])]
      : [Number(m[7]), Number(m[8]), Number(m[9])];
  if (!isCalendarDay(year, mon, day)) return null;
  return `${String(year).padStart(4, "0")}-${String(mon).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The dateline opening the paragraph at `start`, if any. */
export function readDateline(text: string, start: number): Dateline | null {
  const rest = text.slice(start, start + 200);
  const caps = CAPS_DATELINE.exec(rest);
  // All capitals prove a dateline; a name in title case must be a known place ("Springfield –").
  const named = caps ? null : NAMED_DATELINE.exec(rest);
  const dated = caps || named ? null : DATE_DATELINE.exec(rest);
  const m = caps ?? named ?? dated;
  if (!m) return null;
  if (caps && !/[A-Z]{2}/.test(m[1] ?? "")) return null;
  if (named && !placeByName.has((m[1] ?? "").split(",")[0]?.trim().toLowerCase() ?? "")) return null;
  const span = (from: number, words: string): TextSpan => ({ start: start + from, end: start + from + words.length, text: words });
  const placeWords = dated ? null : (m[1] as string);
  const agencyWords = m[dated ? 1 : 2];
  const body = m[0].replace(/\s+$/, "");
  return {
    span: span(0, body),
    place: placeWords ? span(0, placeWords) : null,
    agency: agencyWords ? span(rest.indexOf(`(${agencyWords})`) + 1, agencyWords) : null,
  };
}

/** Headline, furniture, captions, date line and dateline at the top of a text. */
export function readTopMatter(text: string): TopMatter {
  const furniture: [number, number][] = boilerplateRanges(text).map(([s, e]) => [s, e]);
  const lines = linesOf(text, TOP_LINES);
  const isFurnitureLine = (l: Line) =>
    MARKER_LINE.test(l.text) || TOP_FURNITURE.some((p) => p.test(l.text)) || furniture.some(([s, e]) => s <= l.start && l.end <= e);
  let headline: TextSpan | null = null;
  let dateLine: TopMatter["dateLine"] = null;
  let bodyStart = -1;
  let afterMarker = false;
  for (const [i, line] of lines.entries()) {
    const value = dateLineValue(line.text);
    if (value && !dateLine) {
      dateLine = { ...line, value };
      furniture.push([line.start, line.end]);
      continue;
    }
    if (isFurnitureLine(line)) {
      furniture.push([line.start, line.end]);
      afterMarker = MARKER_LINE.test(line.text);
      continue;
    }
    // The paragraph under a "Photo" marker is its caption.
    if (afterMarker) {
      furniture.push([line.start, line.end]);
      afterMarker = false;
      continue;
    }
    if (!headline && i < lines.length - 1 && looksLikeHeadline(line.text) && !readDateline(text, line.start)) {
      headline = line;
      continue;
    }
    bodyStart = line.start;
    break;
  }
  // Every top line was furniture or headline: the story starts after them.
  if (bodyStart < 0) bodyStart = lines[lines.length - 1]?.end ?? 0;
  furniture.push(...captionsBelowMarkers(text, bodyStart));
  const dateline = readDateline(text, bodyStart);
  if (dateline) furniture.push([dateline.span.start, dateline.span.end]);
  furniture.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { headline, furniture, dateline, dateLine, bodyStart: dateline ? dateline.span.end : bodyStart };
}

/** Captions further down: the paragraph after a lone "Photo"/"Image" line. */
function captionsBelowMarkers(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  const marker = /^[ \t]*(photo|image|video|photograph|picture)s?[ \t]*:?[ \t]*$/gim;
  marker.lastIndex = from;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    let at = m.index + m[0].length;
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) out.push([at, end]);
    marker.lastIndex = Math.max(end, m.index + 1);
  }
  return out;
}
