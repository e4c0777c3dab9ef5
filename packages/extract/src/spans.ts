// Binary searches over lists sorted by start offset, so per-item lookups stay logarithmic.

/** Index of the first item whose start is >= offset. */
export function firstAtOrAfter(sorted: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some span of a start-sorted list of non-nested spans contains [start, end). */
export function isCovered(sorted: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const i = firstAtOrAfter(sorted, start + 1) - 1;
  for (let k = i; k >= 0 && k > i - 4; k--) {
    const s = sorted[k] as { start: number; end: number };
    if (s.start <= start && s.end >= end) return true;
  }
  return false;
}
