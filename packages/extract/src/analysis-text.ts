// The text the rules read is not always the stored text: publishers put soft hyphens and
// zero-width characters inside words ("Vladi­mir") and no-break spaces between them, and a run of
// characters without a space makes the tokenizer's patterns quadratic. The rules read a cleaned
// copy; an offset map turns every span found in it back into a span of the stored text, so
// evidence stays exact against what is stored.

/**
 * Longest run of non-space characters handed to the NLP library in one piece; a longer run gets a
 * space every so many characters. wink's abbreviation test is quadratic in a token's length.
 * Long enough for any word or ordinary URL.
 */
export const MAX_RUN = 100;

/** Invisible characters dropped from the analysed text: soft hyphen, zero-width and bidi format characters, BOM. */
const DROPPED = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Spaces other than the plain one (no-break, thin, ideographic…): read as a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const NEEDS_WORK = new RegExp(`${DROPPED.source}|${SPACES.source}|\\S{${MAX_RUN + 1}}`);

/** Maps offsets of the analysed text back to the stored text (and forth). */
export class OffsetMap {
  /**
   * `origin[i]`: offset in the stored text of analysed character i (for an inserted space, of the
   * character after it); `origin[length]` is the stored length. Null when the texts are the same.
   */
  constructor(
    private readonly origin: Int32Array | null,
    private readonly inserted: Uint8Array | null,
  ) {}

  /** The stored-text offset where a span starting at analysed offset `i` starts. */
  start(i: number): number {
    return this.origin ? (this.origin[i] ?? i) : i;
  }

  /** The stored-text offset where a span ending at analysed offset `i` ends (invisible characters after its last one stay out). */
  end(i: number): number {
    if (!this.origin || i <= 0) return i;
    const last = this.origin[i - 1];
    if (last === undefined) return i;
    return this.inserted?.[i - 1] ? last : last + 1;
  }

  /** The analysed offset of the first character at or after stored offset `o`. */
  toAnalysed(o: number): number {
    const origin = this.origin;
    if (!origin) return o;
    let lo = 0;
    let hi = origin.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((origin[mid] as number) < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The analysed text of a stored text, and the map back. Most texts need no change and are returned as they are. */
export function prepareAnalysisText(stored: string): { text: string; map: OffsetMap } {
  if (!NEEDS_WORK.test(stored)) return { text: stored, map: new OffsetMap(null, null) };
  const chars: string[] = [];
  const origin: number[] = [];
  const inserted: number[] = [];
  let run = 0;
  for (let k = 0; k < stored.length; k++) {
    const code = stored.charCodeAt(k);
    // Plain ASCII letters and digits, the bulk of a text, skip the character-class tests.
    const plain = code > 32 && code < 127;
    if (!plain && DROPPED.test(stored.charAt(k))) continue;
    const space = !plain && SPACES.test(stored.charAt(k));
    if (space || code === 32 || code === 9 || code === 10) {
      chars.push(space ? " " : stored.charAt(k));
      origin.push(k);
      inserted.push(0);
      run = 0;
      continue;
    }
    // Never between the two halves of a surrogate pair.
    if (run >= MAX_RUN && !(code >= 0xdc00 && code <= 0xdfff)) {
      chars.push(" ");
      origin.push(k);
      inserted.push(1);
      run = 0;
    }
    chars.push(stored.charAt(k));
    origin.push(k);
    inserted.push(0);
    run++;
  }
  origin.push(stored.length);
  inserted.push(0);
  return { text: chars.join(""), map: new OffsetMap(Int32Array.from(origin), Uint8Array.from(inserted)) };
}
