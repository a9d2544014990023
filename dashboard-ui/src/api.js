// The platform's API through the gateway, with the signed-in user's token.
import { currentToken } from './session.js';

/** Raised when the token is missing or refused: the dashboard signs in again. */
export class SignInRequired extends Error {}

/** Raised on 403 or 404: this sign-in may not read that part (a board says so instead of failing). */
export class NotAvailable extends Error {}

async function get(path, accept = 'application/json') {
  const token = currentToken();
  if (!token) {
    throw new SignInRequired();
  }
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}`, Accept: accept } });
  if (response.status === 401) {
    throw new SignInRequired();
  }
  if (response.status === 403 || response.status === 404) {
    throw new NotAvailable(`${path} answered ${response.status}`);
  }
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return accept === 'application/json' ? response.json() : response.text();
}

/** A month's MonthlyStatistics (docs/events.md "Schemas", docs/statistics.md). */
export function monthlyStatistics(month) {
  return get(`/api/statistics/monthly/${month}`);
}

/** The centre's monthly report as text, Thai or English. */
export function monthlyReport(month, lang) {
  return get(`/api/statistics/monthly/${month}/report?lang=${lang}`, 'text/plain');
}

/** Cases for the deadline board: {@code due=soon|overdue} or {@code stale=true}. */
export function cases(filter) {
  return get(`/api/cases?${new URLSearchParams({ ...filter, size: '20' })}`);
}

/** Each unit's progress reports owed by the 20th of a month: [{code, nameTh, nameEn, held, onTime, late, missing, withoutProgress}]. */
export function unitProgress(month) {
  return get(`/api/cases/progress?${new URLSearchParams({ month })}`);
}

/** The director's follow-up list, the longest listed first: {items, page, size, totalItems}. */
export function followUpList(size) {
  return get(`/api/cases/follow-up?${new URLSearchParams({ page: '0', size: String(size) })}`);
}
