import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFiles, describeRefusal, formatDateTime, MAX_FILE_BYTES, normaliseCode, sender } from './format.js';
import { LANGUAGES, TEXT } from './texts.js';

test('a code is sent as its digits, however the complainant grouped them', () => {
  assert.equal(normaliseCode(' 1234-5678 9012 3456 '), '1234567890123456');
  assert.equal(normaliseCode(undefined), '');
});

test('dates are shown in Bangkok, in the Buddhist Era in Thai', () => {
  const at = '2026-08-20T13:00:00+07:00';
  assert.match(formatDateTime('th', at), /2569/);
  assert.match(formatDateTime('th', at), /13:00/);
  assert.match(formatDateTime('en', at), /2026/);
  assert.equal(formatDateTime('en', null), '–');
});

test('an officer is shown by role, never by name; unknown roles as an officer', () => {
  assert.equal(sender('th', { from: 'OFFICER', role: 'INVESTIGATOR', by: 'somsri' }), 'เจ้าหน้าที่สำนักงาน ก.ก.');
  assert.equal(sender('en', { from: 'OFFICER', role: 'SOMETHING_NEW' }), 'Officer');
  assert.equal(sender('th', { from: 'COMPLAINANT' }), 'คุณ');
});

test('files are checked for count and size before sending', () => {
  assert.equal(checkFiles('th', [{ size: 10 }]), null);
  assert.equal(checkFiles('en', [{ size: MAX_FILE_BYTES + 1 }]), TEXT.en.fileTooLarge);
  assert.equal(checkFiles('th', [1, 2, 3, 4].map(() => ({ size: 1 }))), TEXT.th.tooManyFiles);
});

test('each refusal says what happened: wrong code, too many tries, closed case, a file of the wrong kind', () => {
  assert.equal(describeRefusal('th', 404, null, null), TEXT.th.notFound);
  assert.equal(describeRefusal('en', 429, '300', null), 'Too many tries. Please try again in 5 minutes.');
  assert.equal(describeRefusal('th', 409, null, { violations: [{ field: 'text', rule: 'case-open' }] }),
    TEXT.th.closed);
  assert.equal(describeRefusal('th', 400, null, { violations: [{ field: 'attachments[0]', rule: 'type' }] }),
    TEXT.th.wrongType);
  assert.equal(describeRefusal('en', 400, null, { violations: [{ field: 'attachments[1]', rule: 'content' }] }),
    TEXT.en.unreadable);
  assert.equal(describeRefusal('en', 500, null, null), TEXT.en.failed);
});

test('both languages have every text', () => {
  const keys = (lang) => Object.keys(TEXT[lang]).sort();
  assert.deepEqual(keys('en'), keys('th'));
  assert.deepEqual(Object.keys(TEXT.en.roles).sort(), Object.keys(TEXT.th.roles).sort());
  LANGUAGES.forEach((lang) => Object.values(TEXT[lang]).forEach((value) => assert.ok(value)));
});
