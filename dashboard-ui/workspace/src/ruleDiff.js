// What changed between two versions of a rule: each leaf that differs, by its path (when.linesOfWork, then.type…).

const IGNORED = new Set(['id', 'version', 'createdAt', 'createdBy', 'changeNote']);

function leaves(value, path, into) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    Object.entries(value).forEach(([k, v]) => leaves(v, path ? `${path}.${k}` : k, into));
  } else if (value !== undefined && value !== null) {
    into.set(path, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return into;
}

/** [{path, before, after}] for every field that differs (before or after '' when absent), in path order. */
export function ruleDiff(older, newer) {
  const before = leaves(older ?? {}, '', new Map());
  const after = leaves(newer ?? {}, '', new Map());
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => !IGNORED.has(path) && before.get(path) !== after.get(path))
    .sort()
    .map((path) => ({ path, before: before.get(path) ?? '', after: after.get(path) ?? '' }));
}
