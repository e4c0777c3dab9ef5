// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these are the characters a screen must not show
// A briefing as an older store may hold it, written before extraction stripped control characters:
// escape sequences, a right-to-left override and zero-width characters in its title, source
// metadata, an entity's name and the source text. Built from the sample so every span still holds.
import type { Briefing } from "@briefing/core";
import { referenceBriefing } from "@briefing/core/sample";

const ESC = "\x1b";
const BEL = "\x07";

/** Sets the terminal's window title to PWNED when printed raw. */
export const OSC_TITLE = `${ESC}]0;PWNED${BEL}`;
/** Writes "Hello" to the clipboard when printed raw (OSC 52, terminated by ST). */
export const OSC_CLIPBOARD = `${ESC}]52;c;SGVsbG8=${ESC}\\`;
/** Clears the screen when printed raw. */
export const CSI_CLEAR = `${ESC}[2J`;

/** What a screen must never show: ESC, BEL, C1 controls, bidi overrides and isolates, zero-width space. */
export const UNSAFE_FOR_TERMINAL = /[\x1b\x07\x80-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/;

/** The word "significant" (11 characters) in the sample becomes this, so every offset stays put. */
const SOURCE_PAYLOAD = `${ESC}]0;PWNED${BEL}\u202e`;

const SOURCE_ID = "src_5e1f5e1f5e1f5e1f";
const BRIEFING_ID = "brf_5e1f5e1f5e1f5e1f";

function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === "string") return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  return value;
}

/** The hostile briefing: another id and source id than the sample, so both fit in one store. */
export function hostileBriefing(): Briefing {
  if (SOURCE_PAYLOAD.length !== "significant".length) throw new Error("the payload must keep every offset");
  const sourceId = referenceBriefing.sources[0]?.id ?? "";
  const b = mapStrings(referenceBriefing, (s) =>
    s.replaceAll("significant", SOURCE_PAYLOAD).replaceAll(sourceId, SOURCE_ID).replaceAll(referenceBriefing.id, BRIEFING_ID),
  );
  b.title = `Harbour talks ${OSC_TITLE}resume \u202eevil.exe\u200b`;
  const source = b.sources[0];
  if (source) {
    source.title = `Port report ${OSC_CLIPBOARD}today`;
    source.publisher = `Coast${CSI_CLEAR} Courier\u2066`;
  }
  const first = b.entities[0];
  if (first) first.name = `${first.name}\u200b${CSI_CLEAR}`;
  return b;
}
