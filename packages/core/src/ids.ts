import { sha256Hex } from "./sha256.js";

export { sha256Hex } from "./sha256.js";

type IdPrefix = "src" | "ent" | "evt" | "stm" | "fig" | "tim" | "top" | "kpt" | "brf";

/** Normalizes a name the way the model compares names: case, accents, dots and spacing ignored. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u00ad\u200b-\u200f\u2060\ufeff]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/['’]s$/, "")
    .replace(/\./g, "");
}

/** A deterministic id: the same parts always give the same id. */
export function stableId(prefix: IdPrefix, ...parts: ReadonlyArray<string | number>): string {
  return `${prefix}_${sha256Hex(parts.join("\u241f")).slice(0, 16)}`;
}

/** Source id from content: the same text always gets the same id, whatever its metadata. */
export function sourceIdFor(text: string): string {
  return `src_${sha256Hex(text).slice(0, 16)}`;
}

/** Entity id from type and normalized canonical name, so an entity keeps its id across sources. */
export function entityIdFor(type: string, name: string): string {
  return stableId("ent", type, normalizeName(name));
}
