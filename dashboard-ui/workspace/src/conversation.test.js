import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachmentFileName, attachmentKind, latestReplyFirst, maySpeakOn, oldestFirst, readableSize, unreadTotal } from './conversation.js';

const unitCase = { destination: { kind: 'UNIT', code: 'DISTRICT-1007' } };
const internalCase = { destination: { kind: 'INTERNAL_TRACK', code: 'CSC-OFFICE' } };

test('the director speaks on any case, an investigator on the internal track, a unit officer on their own unit\'s', () => {
  assert.equal(maySpeakOn({ roles: ['DIRECTOR'] }, unitCase), true);
  assert.equal(maySpeakOn({ roles: ['INVESTIGATOR'] }, internalCase), true);
  assert.equal(maySpeakOn({ roles: ['INVESTIGATOR'] }, unitCase), false);
  assert.equal(maySpeakOn({ roles: ['UNIT_OFFICER'], unit: 'DISTRICT-1007' }, unitCase), true);
  assert.equal(maySpeakOn({ roles: ['UNIT_OFFICER'], unit: 'WG-3' }, unitCase), false);
  assert.equal(maySpeakOn({ roles: ['UNIT_OFFICER'], unit: null }, { destination: { code: null } }), false);
  for (const role of ['INTAKE_OFFICER', 'AUDITOR', 'CONFIDENTIALITY_OFFICER']) assert.equal(maySpeakOn({ roles: [role] }, internalCase), false);
});

test('messages oldest first, whatever the offsets they are written in; the given list untouched', () => {
  const given = [{ id: 'b', at: '2026-12-04T10:00:00+07:00' }, { id: 'a', at: '2026-12-04T02:30:00Z' }, { id: 'c', at: '2026-12-04T03:30:00Z' }];
  assert.deepEqual(oldestFirst(given).map((m) => m.id), ['a', 'b', 'c']);
  assert.equal(given[0].id, 'b');
  assert.deepEqual(oldestFirst(undefined), []);
});

test('unread replies latest first, and their total', () => {
  const unread = [{ caseId: 'A', unreadReplies: 1, lastReplyAt: '2026-12-01T09:00:00+07:00' },
    { caseId: 'B', unreadReplies: 3, lastReplyAt: '2026-12-03T09:00:00+07:00' }];
  assert.deepEqual(latestReplyFirst(unread).map((c) => c.caseId), ['B', 'A']);
  assert.equal(unreadTotal(unread), 4);
  assert.equal(unreadTotal([]), 0);
});

test('attachments named by id and content type, never by the sender\'s name; kinds and sizes readable', () => {
  assert.equal(attachmentFileName({ id: 'a1b2-c3', contentType: 'image/jpeg' }), 'attachment-a1b2-c3.jpg');
  assert.equal(attachmentFileName({ id: '../x', contentType: 'application/pdf' }), 'attachment-x.pdf');
  assert.equal(attachmentFileName({ id: 'z', contentType: 'text/html' }), 'attachment-z.bin');
  assert.equal(attachmentKind('image/png'), 'photo');
  assert.equal(attachmentKind('application/pdf'), 'document');
  assert.equal(readableSize(512), '512 B');
  assert.equal(readableSize(1536), '1.5 KB');
  assert.equal(readableSize(5 * 1024 * 1024), '5.0 MB');
  assert.equal(readableSize(25 * 1024 * 1024), '25 MB');
});
