import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bangkokLocalValue, bangkokOffsetDateTime } from './dates.js';

test('the wall time an officer types is Bangkok time with its offset', () => {
  assert.equal(bangkokOffsetDateTime('2026-12-05T09:30'), '2026-12-05T09:30:00+07:00');
  assert.equal(bangkokOffsetDateTime('2026-12-05T09:30:15'), '2026-12-05T09:30:15+07:00');
  assert.equal(bangkokOffsetDateTime(''), null);
  assert.equal(bangkokOffsetDateTime('5/12/2026'), null);
});

test('an instant shown as Bangkok wall time, across the date line', () => {
  assert.equal(bangkokLocalValue('2026-12-04T22:10:00Z'), '2026-12-05T05:10');
});
