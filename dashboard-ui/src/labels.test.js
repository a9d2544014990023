import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHANNELS, codeName, DISPOSITIONS, LINES_OF_WORK, monthShort, monthTitle } from './labels.js';

test('Thai months are in the Buddhist Era, as in the centre\'s report (ก.พ. 66)', () => {
  assert.equal(monthShort('th', '2023-02'), 'ก.พ. 66');
  assert.equal(monthTitle('th', '2023-02'), 'กุมภาพันธ์ 2566');
  assert.equal(monthTitle('en', '2023-02'), 'February 2023');
  assert.equal(monthShort('en', '2023-12'), 'Dec 2023');
});

test('every code of the contract has a Thai and an English name', () => {
  [...CHANNELS, ...LINES_OF_WORK, ...DISPOSITIONS].forEach((code) => {
    assert.notEqual(codeName('th', code), code, `th ${code}`);
    assert.notEqual(codeName('en', code), code, `en ${code}`);
  });
  assert.equal(codeName('th', 'CITY_LAW_ENFORCEMENT'), 'เทศกิจ');
});

test('a code the contract adds later is shown as it is', () => {
  assert.equal(codeName('th', 'MOBILE_APP'), 'MOBILE_APP');
});
