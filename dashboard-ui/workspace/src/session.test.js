import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeReturn } from './session.js';

test('after sign-in the officer returns to the workspace address they asked for, never elsewhere', () => {
  assert.equal(safeReturn('/workspace/cases/CASE-1', '/workspace/'), '/workspace/cases/CASE-1');
  assert.equal(safeReturn('/workspace/reveal?complaintId=C-1', '/workspace/'), '/workspace/reveal?complaintId=C-1');
  assert.equal(safeReturn('https://evil.example/workspace/', '/workspace/'), '/workspace/');
  assert.equal(safeReturn('/dashboard/', '/workspace/'), '/workspace/');
  assert.equal(safeReturn('/workspace/callback?code=x', '/workspace/'), '/workspace/');
  assert.equal(safeReturn(undefined, '/workspace/'), '/workspace/');
});
