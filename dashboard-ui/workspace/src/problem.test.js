import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeProblem } from './problem.js';

test('a 400 names each field and rule the platform gave, under a heading in the page language', () => {
  const problem = describeProblem(400, { title: 'Bad Request', status: 400, detail: 'The request breaks 1 rule(s).',
    violations: [{ field: 'reason', rule: 'substance', message: 'Say why the particulars are needed.' }] }, 'th');
  assert.equal(problem.title, 'คำขอไม่ถูกต้อง');
  assert.equal(problem.detail, 'Bad Request — The request breaks 1 rule(s).');
  assert.deepEqual(problem.fields, [{ field: 'reason', rule: 'substance', message: 'Say why the particulars are needed.' }]);
});

test('a scoped officer\'s 404 says it may be outside their scope; a 5xx without a body still reads', () => {
  assert.match(describeProblem(404, null, 'en').title, /outside your scope/);
  assert.deepEqual(describeProblem(502, null, 'en'), { status: 502, title: 'The platform failed', detail: '', fields: [] });
  assert.equal(describeProblem(409, { detail: 'CLOSED forbids appoint-subcommittee' }, 'en').detail, 'CLOSED forbids appoint-subcommittee');
});
