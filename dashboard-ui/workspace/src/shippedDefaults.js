// Which rules of a table the director wrote while the release ships a different default: the rules API's
// shippedDefaultsDiffering, read against the rules the table shows.

/**
 * `{count, differs(ruleId)}` for the rules shown: an id listed as differing counts once, and only when the table
 * shows its rule; no list (an older service) is no difference.
 */
export function differingDefaults(rules, listed) {
  const shown = new Set((rules ?? []).map((rule) => rule.ruleId));
  const differing = new Set((listed ?? []).filter((ruleId) => shown.has(ruleId)));
  return { count: differing.size, differs: (ruleId) => differing.has(ruleId) };
}
