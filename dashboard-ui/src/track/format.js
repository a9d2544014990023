// Pure helpers of the tracking page: what to send, how to show dates and answers. No DOM, so they are unit-tested.
import { TEXT } from './texts.js';

export const MAX_FILES = 3;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The code as typed, without the spaces and dashes people put between groups. */
export function normaliseCode(typed) {
  return (typed ?? '').replace(/[\s-]/g, '');
}

/** A date and time in Bangkok: Buddhist Era in Thai. */
export function formatDateTime(lang, iso) {
  if (!iso) {
    return '–';
  }
  const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' })
    .format(new Date(iso));
}

/** Who wrote a message, as the complainant is told: an officer's role, never a name. */
export function sender(lang, message) {
  const text = TEXT[lang];
  if (message.from === 'COMPLAINANT') {
    return text.you;
  }
  return text.roles[message.role] ?? text.roles.OFFICER;
}

/** What the page says about files before sending them (the service judges their content again). */
export function checkFiles(lang, files) {
  const text = TEXT[lang];
  if (files.length > MAX_FILES) {
    return text.tooManyFiles;
  }
  if (files.some((file) => file.size > MAX_FILE_BYTES)) {
    return text.fileTooLarge;
  }
  return null;
}

/** The sentence for a refused request: its status, Retry-After and problem+json violations. */
export function describeRefusal(lang, status, retryAfterSeconds, problem) {
  const text = TEXT[lang];
  if (status === 404) {
    return text.notFound;
  }
  if (status === 429) {
    const minutes = Math.max(1, Math.ceil((Number(retryAfterSeconds) || 60) / 60));
    return text.tooMany.replace('{minutes}', String(minutes));
  }
  const rules = (problem?.violations ?? []).map((violation) => violation.rule);
  if (status === 409 || rules.includes('case-open')) {
    return text.closed;
  }
  if (rules.includes('type')) {
    return text.wrongType;
  }
  if (rules.includes('content')) {
    return text.unreadable;
  }
  if (rules.includes('max-size') || status === 413) {
    return text.fileTooLarge;
  }
  if (rules.includes('max-count')) {
    return text.tooManyFiles;
  }
  if (rules.includes('required') || rules.includes('NotBlank')) {
    return text.needText;
  }
  return text.failed;
}
