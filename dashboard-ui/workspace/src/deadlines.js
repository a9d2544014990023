// Days left before a case's deadline, counted in Bangkok days, and the investigator's order: the oldest deadline first.

const DAY_MS = 86_400_000;
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

function bangkokDay(instant) {
  return Math.floor((new Date(instant).getTime() + BANGKOK_OFFSET_MS) / DAY_MS);
}

/** Whole Bangkok days from `now` to the deadline's day (0: due today, negative: overdue), null without a deadline. */
export function daysLeft(deadline, now) {
  if (!deadline?.dueAt) return null;
  return bangkokDay(deadline.dueAt) - bangkokDay(now);
}

/** Cases with an open deadline first, the earliest due first; then the rest, oldest received first. */
export function oldestDeadlineFirst(cases) {
  const due = (c) => (c.deadline?.dueAt && c.deadline.status !== 'MET' ? new Date(c.deadline.dueAt).getTime() : Infinity);
  return [...cases].sort((a, b) => due(a) - due(b)
    || new Date(a.receivedAt ?? 0).getTime() - new Date(b.receivedAt ?? 0).getTime());
}
