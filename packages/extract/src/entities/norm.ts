// normalizeName (core's rule: case, accents, dots, "the", possessive ignored) is called for every
// name form many times per article; the same few hundred forms recur, so results are memoized.
import { normalizeName } from "@briefing/core";

const cache = new Map<string, string>();
/** Bound so a huge or adversarial text cannot grow the cache without limit. */
const MAX_CACHED = 50_000;

/** `normalizeName`, memoized. */
export function norm(name: string): string {
  let n = cache.get(name);
  if (n === undefined) {
    n = normalizeName(name);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(name, n);
  }
  return n;
}
