/**
 * Bins of days from sending to first reply. `edges` are the inclusive upper bounds of the closed
 * bins, in days; one open bin follows the last edge. With the default edges the bins are 0–30,
 * 31–60, 61–90, 91–120, 121–180, 181–270, 271–365 and > 365: a value `d` falls in the first bin
 * whose edge is ≥ d (so 30.5 days counts in 31–60). Values that are not finite or are negative
 * are not counted.
 */
export const DEFAULT_EDGES: readonly number[] = [30, 60, 90, 120, 180, 270, 365];

export interface DayBin {
  /** Lowest whole day in the bin (0 for the first bin, else the previous edge + 1). */
  readonly from: number;
  /** The bin's upper edge, or null for the open last bin. */
  readonly to: number | null;
  readonly count: number;
}

/** The given edges if they are positive whole numbers in increasing order, else the defaults. */
export function validEdges(edges: readonly number[] | undefined): readonly number[] {
  if (!edges || edges.length === 0) return DEFAULT_EDGES;
  const ok = edges.every((e, i) => Number.isSafeInteger(e) && e > 0 && (i === 0 || e > (edges[i - 1] ?? 0)));
  return ok ? edges : DEFAULT_EDGES;
}

export function isCountableDay(d: number): boolean {
  return Number.isFinite(d) && d >= 0;
}

export function binDays(days: readonly number[], edges: readonly number[] = DEFAULT_EDGES): DayBin[] {
  const bounds = validEdges(edges);
  const counts = new Array<number>(bounds.length + 1).fill(0);
  for (const d of days) {
    if (!isCountableDay(d)) continue;
    let i = 0;
    while (i < bounds.length && d > (bounds[i] ?? Infinity)) i += 1;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, i) => ({
    from: i === 0 ? 0 : (bounds[i - 1] ?? 0) + 1,
    to: i < bounds.length ? (bounds[i] ?? null) : null,
    count,
  }));
}

/**
 * Where a deadline of `days` falls on an axis where bin i spans [i, i + 1]: at the end of the bin
 * whose edge it equals, proportionally inside a bin otherwise, at the start of the open bin
 * beyond the last edge. Null for a deadline that is not a finite non-negative number.
 */
export function deadlinePosition(days: number, edges: readonly number[] = DEFAULT_EDGES): number | null {
  if (!isCountableDay(days)) return null;
  const bounds = validEdges(edges);
  for (let i = 0; i < bounds.length; i += 1) {
    const hi = bounds[i] ?? 0;
    if (days <= hi) {
      const lo = i === 0 ? 0 : (bounds[i - 1] ?? 0);
      return i + (hi === lo ? 1 : (days - lo) / (hi - lo));
    }
  }
  return bounds.length;
}
