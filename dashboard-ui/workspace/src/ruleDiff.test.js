import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleDiff } from './ruleDiff.js';

test('the fields that changed between two versions, bookkeeping left out', () => {
  const v1 = { ruleId: 'r', version: 1, createdBy: 'a', priority: 30, when: { linesOfWork: ['PUBLIC_WORKS'] }, then: { type: 'TRIAGE' } };
  const v2 = { ruleId: 'r', version: 2, createdBy: 'b', priority: 30, when: { linesOfWork: ['PUBLIC_WORKS', 'REVENUE'], catchAll: false },
    then: { type: 'RESPONSIBLE_UNIT' }, reasonTh: 'ส่งหน่วยงาน' };
  assert.deepEqual(ruleDiff(v1, v2), [
    { path: 'reasonTh', before: '', after: 'ส่งหน่วยงาน' },
    { path: 'then.type', before: 'TRIAGE', after: 'RESPONSIBLE_UNIT' },
    { path: 'when.catchAll', before: '', after: 'false' },
    { path: 'when.linesOfWork', before: 'PUBLIC_WORKS', after: 'PUBLIC_WORKS, REVENUE' },
  ]);
  assert.deepEqual(ruleDiff(v2, v2), []);
});
