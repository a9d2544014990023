import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followUpRows, unitsNotReported } from './oversight.js';

const progress = [
  { code: 'DISTRICT-PATHUMWAN', nameTh: 'สำนักงานเขตปทุมวัน', nameEn: 'Pathum Wan District Office', held: 2, onTime: 2,
    late: 0, missing: [], withoutProgress: [] },
  { code: 'DISTRICT-BANG-RAK', nameTh: 'สำนักงานเขตบางรัก', nameEn: 'Bang Rak District Office', held: 3, onTime: 1,
    late: 0, missing: ['CASE-2'], withoutProgress: ['CASE-3'] },
  { code: 'WG-LAW', nameTh: 'คณะทำงานเทศกิจ', nameEn: 'City law working group', held: 2, onTime: 0, late: 0,
    missing: ['CASE-4', 'CASE-5'], withoutProgress: [] },
  { code: 'DISTRICT-KLONG-TOEI', nameTh: 'สำนักงานเขตคลองเตย', nameEn: '', held: 1, onTime: 1, late: 0,
    missing: [], withoutProgress: ['CASE-6'] },
];

test('only units with a report missing or without progress, most missing first', () => {
  assert.deepEqual(unitsNotReported(progress, 'th').map((u) => [u.code, u.missing, u.withoutProgress]), [
    ['WG-LAW', ['CASE-4', 'CASE-5'], []],
    ['DISTRICT-BANG-RAK', ['CASE-2'], ['CASE-3']],
    ['DISTRICT-KLONG-TOEI', [], ['CASE-6']],
  ]);
});

test('unit names in the chosen language, Thai when the English name is missing', () => {
  assert.deepEqual(unitsNotReported(progress, 'en').map((u) => u.name),
    ['City law working group', 'Bang Rak District Office', 'สำนักงานเขตคลองเตย']);
  assert.equal(unitsNotReported(progress, 'th')[0].name, 'คณะทำงานเทศกิจ');
});

test('no progress entries means no unit late', () => {
  assert.deepEqual(unitsNotReported([], 'th'), []);
  assert.deepEqual(unitsNotReported(undefined, 'th'), []);
});

test('follow-up rows keep the API order and carry reasons, since and the holder', () => {
  const page = { items: [
    { caseId: 'CASE-9', destination: { code: 'DISTRICT-BANG-RAK', nameTh: 'สำนักงานเขตบางรัก', nameEn: 'Bang Rak' },
      followUp: { since: '2026-10-01T09:00:00+07:00', reasons: ['DEADLINE_BREACHED', 'STALE'] } },
    { caseId: 'CASE-1', destination: { code: 'KK-OFFICE' },
      followUp: { since: '2026-11-15T09:00:00+07:00', reasons: ['NO_PROGRESS'] } },
    { caseId: 'CASE-X' },
  ], page: 0, size: 50, totalItems: 2 };
  assert.deepEqual(followUpRows(page, 'th'), [
    { caseId: 'CASE-9', since: '2026-10-01T09:00:00+07:00', reasons: ['DEADLINE_BREACHED', 'STALE'], holder: 'สำนักงานเขตบางรัก' },
    { caseId: 'CASE-1', since: '2026-11-15T09:00:00+07:00', reasons: ['NO_PROGRESS'], holder: 'KK-OFFICE' },
  ]);
  assert.equal(followUpRows(page, 'en')[0].holder, 'Bang Rak');
});
