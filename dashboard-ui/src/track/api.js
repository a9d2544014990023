// The public API of the tracking page: the code travels only in request bodies, never in a URL.

/** A refused request, with what the page needs to explain it. */
export class Refused extends Error {
  constructor(status, retryAfter, problem) {
    super(`answered ${status}`);
    this.status = status;
    this.retryAfter = retryAfter;
    this.problem = problem;
  }
}

async function post(path, body, headers = {}) {
  const response = await fetch(path, {
    method: 'POST', body, headers: { Accept: 'application/json', ...headers },
    credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer',
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Refused(response.status, response.headers.get('Retry-After'), json);
  }
  return json;
}

function postJson(path, value) {
  return post(path, JSON.stringify(value), { 'Content-Type': 'application/json' });
}

/**
 * The coarse status, its dates and the conversation, in one request (each counts against the guessing limit):
 * {status, statusTh, statusEn, receivedAt, lastUpdatedAt, open, messages: [{from, at, text, role?, attachments}]}.
 */
export function readMessages(trackingCode) {
  return postJson('/api/public/messages', { trackingCode });
}

/** A reply with its files (multipart), answered with the whole conversation. */
export function reply(trackingCode, text, files) {
  const form = new FormData();
  form.append('trackingCode', trackingCode);
  form.append('text', text);
  files.forEach((file) => form.append('attachments', file));
  return post('/api/public/messages', form);
}
