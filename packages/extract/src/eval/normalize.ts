// The two normalizations of ../shared/eval/FORMAT.md, step by step in the order the format gives,
// so that another implementation of the scorer gets the same numbers.

/** Combining marks and invisible format characters (soft hyphen, zero-width joiners, BOM). */
const INVISIBLE = /[\p{M}\p{Cf}]/gu;

/** Normalizes an entity name or role: NFKD, no marks, lower case, no leading "the ", trailing "'s" or full stops. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/^the /, "")
    .replace(/['’]s$/, "")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Invisible format characters only: a quote keeps its accents, the format drops only these. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Normalizes quoted words: lower case, no invisible format characters, straight quotes and apostrophes, spacing collapsed, no trailing punctuation. */
export function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(FORMAT_CHARACTERS, "")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\p{P}\s]+$/u, "");
}

/** Length in code points, so a character outside the BMP counts once, as in the format's reading. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when one normalized quote contains the other and the shorter is at least 80% of the longer. */
export function quotesMatch(a: string, b: string): boolean {
  const [shorter, longer] = codePointLength(a) <= codePointLength(b) ? [a, b] : [b, a];
  return longer.includes(shorter) && codePointLength(shorter) >= 0.8 * codePointLength(longer);
}

/** True when some normalized form of one list equals some normalized form of the other. */
export function namesOverlap(a: readonly string[], b: readonly string[]): boolean {
  const forms = new Set(a.map(normalizeName).filter((f) => f.length > 0));
  return b.some((name) => {
    const form = normalizeName(name);
    return form.length > 0 && forms.has(form);
  });
}
