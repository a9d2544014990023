// Months as the contract writes them (yyyy-MM), counted in Bangkok time (UTC+7, no daylight saving).

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The Bangkok month of an instant, e.g. "2026-11". */
export function bangkokMonth(instant) {
  const bangkok = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  return `${bangkok.getUTCFullYear()}-${String(bangkok.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Whether a text is a month written yyyy-MM. */
export function isMonth(text) {
  return typeof text === 'string' && MONTH.test(text);
}

/** The month {@code delta} months after (negative: before) a month. */
export function addMonths(month, delta) {
  const [, y, m] = MONTH.exec(month);
  const index = Number(y) * 12 + Number(m) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The {@code count} months ending with {@code last}, oldest first. */
export function monthsEndingWith(last, count) {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}
