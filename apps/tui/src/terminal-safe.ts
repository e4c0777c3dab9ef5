// biome-ignore-all lint/suspicious/noControlCharactersInRegex: finding control characters is what this module does
// Text from a store, a file or a network page reaches a person's terminal only through here. Stored
// text may hold what a terminal would obey (an OSC that renames the window or writes the clipboard,
// a CSI that clears the screen) or what would mislead a reader (a right-to-left override that
// reverses a file name, zero-width characters inside a name). Older stores may hold such text even
// though extraction now strips it, so every terminal output path calls these functions itself.

/**
 * Whole escape sequences, 7-bit and 8-bit: strings (OSC, DCS, SOS, PM, APC) up to their terminator,
 * CSI up to its final byte, then any other ESC + intermediates + final. The string body excludes
 * its terminators so a run of unterminated introducers costs linear time, not quadratic.
 */
const ESCAPE_SEQUENCE =
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x90-\x9f]*(?:\x07|\x1b\\|\x9c)|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\x1b[\x20-\x2f]*[\x30-\x7e]/g;

/** Line breaks in all their forms: CR LF, CR, LF, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAK = /\r\n|[\r\n\v\f\x85\u2028\u2029]/g;

/** C0 and C1 controls and DEL that are left once sequences and line breaks are handled (tab aside). */
const STRAY_CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

/**
 * Invisible characters that reorder or hide text: bidi embeddings, overrides, isolates and marks,
 * zero-width space and word joiners, the byte-order mark, interlinear annotation.
 */
const INVISIBLE = /[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** Unicode tag characters can smuggle invisible ASCII; they stay only inside an emoji flag sequence. */
const TAG = /(\u{1f3f4}[\u{e0020}-\u{e007e}]{1,16}\u{e007f})|[\u{e0000}-\u{e007f}]/gu;

/** ZWJ and ZWNJ shape scripts and emoji between two letters or pictographs; elsewhere they only hide. */
const STRAY_JOINER =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each class lists single characters on purpose (a joiner, a variation selector)
  /(?<![\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])[\u200c\u200d]|[\u200c\u200d](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** Shown in place of a lone control character: it marks that something was there. */
const REPLACEMENT = "\ufffd";

function neutralize(text: string, lineBreak: string, tab: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, "")
    .replace(LINE_BREAK, lineBreak)
    .replace(/\t/g, tab)
    .replace(STRAY_CONTROL, (ch) => (ch === "\n" ? ch : REPLACEMENT))
    .replace(INVISIBLE, "")
    .replace(TAG, (_, flag: string | undefined) => flag ?? "")
    .replace(STRAY_JOINER, "");
}

/**
 * One line of text safe to print on a terminal: escape sequences removed, line breaks and tabs as
 * spaces, other control characters as U+FFFD, bidi controls and zero-width characters removed.
 */
export function terminalLine(text: string): string {
  return neutralize(text, " ", " ");
}

/** Like terminalLine, but line breaks stay (as LF) and so do tabs: for whole documents and messages. */
export function terminalBlock(text: string): string {
  return neutralize(text, "\n", "\t");
}

/**
 * Characters JSON.stringify leaves raw although a terminal obeys or hides them: DEL and C1 controls,
 * the soft hyphen, bidi controls, zero-width characters, line and paragraph separators, tags.
 * They only occur inside JSON strings, so writing them as \u escapes keeps the value exactly.
 */
const JSON_UNSAFE = /[\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]/gu;

const escapeUnit = (ch: string) =>
  Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");

/** JSON.stringify whose text holds nothing a terminal would obey or hide; it parses to the same value. `space` 0 is one line. */
export function terminalJson(value: unknown, space = 2): string {
  return (JSON.stringify(value, null, space) ?? "null").replace(JSON_UNSAFE, escapeUnit);
}

/**
 * Every string inside plain data (objects, arrays) passed through terminalLine: for documents whose
 * every field is shown on one line or re-wrapped by the screen.
 */
export function terminalLinesDeep<T>(value: T): T {
  if (typeof value === "string") return terminalLine(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalLinesDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = terminalLinesDeep(v);
    return out as T;
  }
  return value;
}
