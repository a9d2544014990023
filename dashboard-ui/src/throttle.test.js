import assert from 'node:assert/strict';
import { test } from 'node:test';
import { throttle } from './throttle.js';

test('a burst runs the task at once and then once more when the interval ends', () => {
  let clock = 0;
  const scheduled = [];
  let runs = 0;
  const refresh = throttle(() => { runs += 1; }, 3000,
    { now: () => clock, schedule: (fn, wait) => scheduled.push({ fn, wait }) });
  refresh();
  clock = 500;
  refresh();
  refresh();
  assert.equal(runs, 1);
  assert.equal(scheduled.length, 1, 'one trailing run for the whole burst');
  assert.equal(scheduled[0].wait, 2500);
  clock = 3000;
  scheduled[0].fn();
  assert.equal(runs, 2);
  clock = 7000;
  refresh();
  assert.equal(runs, 3, 'after a quiet interval the task runs at once');
});
