import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, bangkokMonth, isMonth, monthsEndingWith } from './months.js';

test('the month is Bangkok\'s: 17:00 UTC on the last day is already the next month', () => {
  assert.equal(bangkokMonth(new Date('2023-02-28T16:59:59Z')), '2023-02');
  assert.equal(bangkokMonth(new Date('2023-02-28T17:00:00Z')), '2023-03');
  assert.equal(bangkokMonth(new Date('2023-12-31T17:00:00Z')), '2024-01');
});

test('months are written yyyy-MM', () => {
  assert.ok(isMonth('2023-02'));
  assert.ok(!isMonth('2023-13'));
  assert.ok(!isMonth('2023-2'));
  assert.ok(!isMonth('../x'));
});

test('month arithmetic crosses years both ways', () => {
  assert.equal(addMonths('2023-01', -1), '2022-12');
  assert.equal(addMonths('2022-12', 1), '2023-01');
  assert.equal(addMonths('2023-04', -12), '2022-04');
});

test('the trend is the twelve months ending with the chosen one, oldest first', () => {
  const months = monthsEndingWith('2023-04', 12);
  assert.equal(months.length, 12);
  assert.equal(months[0], '2022-05');
  assert.equal(months[11], '2023-04');
});
