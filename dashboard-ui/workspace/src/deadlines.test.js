import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysLeft, oldestDeadlineFirst } from './deadlines.js';

test('days left are counted in Bangkok days, not in 24-hour spans', () => {
  const now = '2026-12-04T23:30:00Z'; // 06:30 on 5 December in Bangkok
  assert.equal(daysLeft({ dueAt: '2026-12-05T23:59:59+07:00' }, now), 0);
  assert.equal(daysLeft({ dueAt: '2026-12-06T00:00:01+07:00' }, now), 1);
  assert.equal(daysLeft({ dueAt: '2026-12-03T23:59:59+07:00' }, now), -2);
  assert.equal(daysLeft(null, now), null);
});

test('open deadlines first, the earliest due first; met or no deadline after, oldest received first', () => {
  const cases = [
    { caseId: 'none', receivedAt: '2026-10-01T00:00:00+07:00', deadline: null },
    { caseId: 'late', receivedAt: '2026-11-01T00:00:00+07:00', deadline: { dueAt: '2026-12-10T23:59:59+07:00', status: 'OPEN' } },
    { caseId: 'met', receivedAt: '2026-09-01T00:00:00+07:00', deadline: { dueAt: '2026-11-01T23:59:59+07:00', status: 'MET' } },
    { caseId: 'early', receivedAt: '2026-11-05T00:00:00+07:00', deadline: { dueAt: '2026-12-01T23:59:59+07:00', status: 'BREACHED' } },
  ];
  assert.deepEqual(oldestDeadlineFirst(cases).map((c) => c.caseId), ['early', 'late', 'met', 'none']);
});
