import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderedEntries, screenedOutTotal } from './figures.js';
import { LINES_OF_WORK } from './labels.js';

test('figures follow the contract\'s order, zeros left out unless asked for', () => {
  const counts = { OTHER: 16, PUBLIC_WORKS: 2, REVENUE: 0, CITY_LAW_ENFORCEMENT: 4 };
  assert.deepEqual(orderedEntries(LINES_OF_WORK, counts),
    [['PUBLIC_WORKS', 2], ['CITY_LAW_ENFORCEMENT', 4], ['OTHER', 16]]);
  assert.deepEqual(orderedEntries(LINES_OF_WORK, counts, true).map(([c]) => c), LINES_OF_WORK);
});

test('codes unknown to the dashboard are still shown, after the known ones', () => {
  assert.deepEqual(orderedEntries(['A'], { B: 1, A: 2 }), [['A', 2], ['B', 1]]);
});

test('screened-out tickets are summed over channels; absent means none', () => {
  assert.equal(screenedOutTotal({ screenedOutByChannel: { TRAFFY_FONDUE: 7, HOTLINE_1555: 1 } }), 8);
  assert.equal(screenedOutTotal({}), 0);
});
