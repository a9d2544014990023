import assert from 'node:assert/strict';
import { test } from 'node:test';
import { homeFor, mayOpen, parseRoute, pathOf, viewsFor } from './routes.js';

test('a case deep link names the case; the callback and the base are their own routes', () => {
  assert.deepEqual(parseRoute('/workspace/cases/CASE-2026-000123'), { view: 'case', caseId: 'CASE-2026-000123' });
  assert.deepEqual(parseRoute('/workspace/callback'), { view: 'callback' });
  assert.deepEqual(parseRoute('/workspace/'), { view: 'home' });
  assert.deepEqual(parseRoute('/workspace'), { view: 'home' });
  assert.deepEqual(parseRoute('/workspace/triage'), { view: 'triage' });
});

test('anything else is unknown, including a case id that is not one and paths of other pages', () => {
  assert.equal(parseRoute('/workspace/cases/<script>').view, 'unknown');
  assert.equal(parseRoute('/workspace/cases/a/b').view, 'unknown');
  assert.equal(parseRoute('/workspace/constructor').view, 'unknown');
  assert.equal(parseRoute('/workspace/assets').view, 'unknown');
});

test('pathOf is the inverse of parseRoute', () => {
  for (const path of ['/workspace/', '/workspace/cases/CASE-1', '/workspace/follow-up', '/workspace/audit']) {
    assert.equal(pathOf(parseRoute(path)), path);
  }
});

test('each role sees its own work and starts its day where its main task is', () => {
  assert.deepEqual(viewsFor(['INTAKE_OFFICER']), ['triage', 'register', 'cases', 'rules']);
  assert.deepEqual(viewsFor(['UNIT_OFFICER']), ['cases', 'replies', 'progress']);
  assert.deepEqual(viewsFor(['INVESTIGATOR']), ['cases', 'replies', 'internal']);
  assert.deepEqual(viewsFor(['CONFIDENTIALITY_OFFICER']), ['cases', 'reveal']);
  assert.equal(homeFor(['INTAKE_OFFICER']), 'triage');
  assert.equal(homeFor(['UNIT_OFFICER']), 'progress');
  assert.equal(homeFor(['INVESTIGATOR']), 'internal');
  assert.equal(homeFor(['DIRECTOR']), 'cases');
  assert.equal(homeFor(['AUDITOR', 'DIRECTOR']), 'cases');
  assert.equal(homeFor(['CONFIDENTIALITY_OFFICER']), 'reveal');
  assert.equal(homeFor(['AUDITOR']), 'audit');
  assert.equal(homeFor(['DASHBOARD']), null);
});

test('a view outside the roles may not be opened; a case page by any officer (the API narrows it)', () => {
  assert.equal(mayOpen({ view: 'reveal' }, ['DIRECTOR']), false);
  assert.equal(mayOpen({ view: 'triage' }, ['UNIT_OFFICER']), false);
  assert.equal(mayOpen({ view: 'replies' }, ['INVESTIGATOR']), true);
  assert.equal(mayOpen({ view: 'replies' }, ['AUDITOR', 'INTAKE_OFFICER']), false);
  assert.equal(mayOpen({ view: 'case', caseId: 'CASE-1' }, ['UNIT_OFFICER']), true);
  assert.equal(mayOpen({ view: 'case', caseId: 'CASE-1' }, ['DASHBOARD']), false);
});
