// The date-time an officer types (a datetime-local value, Bangkok wall time) as the API takes it, and back.

/** "2026-12-05T09:30" (Bangkok) → "2026-12-05T09:30:00+07:00"; null for an empty or malformed value. */
export function bangkokOffsetDateTime(localValue) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(localValue ?? '');
  return match ? `${match[1]}T${match[2]}${match[3] ?? ':00'}+07:00` : null;
}

/** An instant as a datetime-local value in Bangkok wall time, to the minute. */
export function bangkokLocalValue(instant) {
  return new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
