// Small calculations on a MonthlyStatistics for display.

/**
 * The [code, count] pairs of a figure in the contract's order, then any code the contract did not list yet.
 * Codes with no complaints are left out unless {@code keepZeros}.
 */
export function orderedEntries(codes, counts = {}, keepZeros = false) {
  const known = codes.map((code) => [code, counts[code] ?? 0]);
  const extra = Object.entries(counts).filter(([code]) => !codes.includes(code));
  return [...known, ...extra].filter(([, n]) => keepZeros || n > 0);
}

/** Tickets screened out as not about corruption, over every channel. */
export function screenedOutTotal(statistics) {
  return Object.values(statistics.screenedOutByChannel ?? {}).reduce((sum, n) => sum + n, 0);
}
