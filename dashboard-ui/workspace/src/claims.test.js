import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './claims.js';

const jwt = (payload) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;

test('the subject, roles and unit of a token, Thai text included', () => {
  assert.deepEqual(claimsOf(jwt({ sub: 'pathumwan', roles: ['UNIT_OFFICER'], unit: 'DISTRICT-1007', name: 'เจ้าหน้าที่' })),
    { subject: 'pathumwan', roles: ['UNIT_OFFICER'], unit: 'DISTRICT-1007' });
});

test('an unreadable token has no roles rather than failing', () => {
  assert.deepEqual(claimsOf('not-a-token'), { subject: '', roles: [], unit: null });
  assert.deepEqual(claimsOf(jwt({ sub: 'x', roles: 'DIRECTOR' })).roles, []);
});
