// Live figures: server-sent events from /api/statistics/stream (read with fetch, so the token travels in the
// Authorization header), each event `monthly` carrying one MonthlyStatistics; polling while the stream is unavailable.
import { fetchEventSource } from '@microsoft/fetch-event-source';

const POLL_MS = 5_000;
const STREAM_RETRY_MS = 30_000;
const MIN_STREAM_MS = 10_000;

class StreamUnavailable extends Error {}

/**
 * Delivers every month's new figures to {@code onMonthly}; {@code onMode} hears 'live' or 'polling'.
 * {@code poll} fetches the figures to deliver while polling. Returns a function that stops everything.
 */
export function subscribe({ token, onMonthly, onMode, poll }) {
  let stopped = false;
  let pollTimer = null;
  let retryTimer = null;
  const controller = new AbortController();

  const startPolling = () => {
    if (stopped) return;
    if (!pollTimer) {
      onMode('polling');
      pollTimer = setInterval(() => poll().then((s) => s && onMonthly(s)).catch(() => {}), POLL_MS);
    }
    clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, STREAM_RETRY_MS);
  };

  const stopPolling = () => {
    clearInterval(pollTimer);
    clearTimeout(retryTimer);
    pollTimer = null;
  };

  function connect() {
    if (stopped) return;
    let openedAt = null;
    fetchEventSource('/api/statistics/stream', {
      headers: { Authorization: `Bearer ${token()}` },
      signal: controller.signal,
      openWhenHidden: true,
      async onopen(response) {
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok || !type.startsWith('text/event-stream')) {
          throw new StreamUnavailable(`stream answered ${response.status}`);
        }
        openedAt = Date.now();
        stopPolling();
        onMode('live');
      },
      onmessage(event) {
        if (event.event === 'monthly' && event.data) {
          onMonthly(JSON.parse(event.data));
        }
      },
      onclose() {
        throw new StreamUnavailable('stream closed');
      },
      onerror(error) {
        throw error; // no silent retry loop: poll, and try the stream again later
      },
    }).catch(() => {
      // a stream the server ended after a good while (a time limit, a restart) is simply reopened
      if (openedAt !== null && Date.now() - openedAt > MIN_STREAM_MS) {
        connect();
      } else {
        startPolling();
      }
    });
  }

  connect();
  return () => {
    stopped = true;
    stopPolling();
    controller.abort();
  };
}
