/**
 * Runs {@code task} at most once per {@code intervalMs}; a call inside the interval is not dropped but runs once
 * when the interval ends, so the last change is always shown. {@code now}/{@code schedule} are for tests.
 */
export function throttle(task, intervalMs, { now = Date.now, schedule = setTimeout } = {}) {
  let lastRun = -Infinity;
  let pending = false;
  const run = () => {
    pending = false;
    lastRun = now();
    task();
  };
  return () => {
    const wait = lastRun + intervalMs - now();
    if (wait <= 0) {
      run();
    } else if (!pending) {
      pending = true;
      schedule(run, wait);
    }
  };
}
