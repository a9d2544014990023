import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keysOf, nameOf, text } from './texts.js';

test('Thai and English say the same things', () => {
  assert.deepEqual(keysOf('en').sort(), keysOf('th').sort());
});

test('placeholders are filled and the contract codes take their names', () => {
  assert.equal(text('th', 'daysLeftText', { n: 5 }), 'เหลือ 5 วัน');
  assert.equal(text('en', 'registered', { id: 'C-1', code: 'T-1' }), 'Registered: complaint C-1, tracking code T-1');
  assert.equal(nameOf('th', 'CITY_LAW_ENFORCEMENT'), 'เทศกิจ');
  assert.equal(nameOf('en', 'WALK_IN'), 'In person');
});
