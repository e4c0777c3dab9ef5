/**
 * The first visible row after moving the selection to rows [first, last]: the smallest scroll from
 * `previous` that keeps the whole selection visible (its top when it is taller than the view).
 */
export function scrollOffset(previous: number, first: number, last: number, height: number, total: number): number {
  const maxOffset = Math.max(0, total - height);
  let offset = Math.min(Math.max(0, previous), maxOffset);
  if (last >= offset + height) offset = last - height + 1;
  if (first < offset) offset = first;
  if (last - first + 1 > height) offset = first;
  return Math.min(Math.max(0, offset), maxOffset);
}
