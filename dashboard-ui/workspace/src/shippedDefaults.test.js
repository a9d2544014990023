import assert from 'node:assert/strict';
import { test } from 'node:test';
import { differingDefaults } from './shippedDefaults.js';
import { text } from './texts.js';

const rules = [{ ruleId: 'BRIBERY-WORDS' }, { ruleId: 'REFUND' }, { ruleId: 'TRIAGE-LOW-CONFIDENCE' }];

test('the rules the director wrote while the release ships otherwise are marked and counted', () => {
  const differing = differingDefaults(rules, ['REFUND', 'TRIAGE-LOW-CONFIDENCE']);
  assert.equal(differing.count, 2);
  assert.deepEqual(rules.map((r) => differing.differs(r.ruleId)), [false, true, true]);
});

test('a fresh start marks nothing, and an answer without the list is no difference', () => {
  for (const listed of [[], undefined, null]) {
    const differing = differingDefaults(rules, listed);
    assert.equal(differing.count, 0);
    assert.equal(rules.some((r) => differing.differs(r.ruleId)), false);
  }
});

test('an id listed twice counts once, and one the table does not show is not counted', () => {
  const differing = differingDefaults(rules, ['REFUND', 'REFUND', 'GONE-RULE']);
  assert.equal(differing.count, 1);
  assert.equal(differing.differs('GONE-RULE'), false);
});

test('the count and the marker say in both languages that the director\'s version is kept', () => {
  assert.equal(text('th', 'shippedDefaultsDiffering', { n: 2 }),
    'กฎที่ผู้อำนวยการแก้ไขไว้และต่างจากค่าเริ่มต้นของรุ่นที่ติดตั้ง: 2 กฎ');
  assert.equal(text('en', 'shippedDefaultsDiffering', { n: 2 }),
    'Rules the director wrote that differ from what this release ships: 2');
  assert.match(text('th', 'shippedDefaultDiffers'), /ฉบับของผู้อำนวยการ/);
  assert.match(text('en', 'shippedDefaultDiffers'), /director's version is kept/);
  assert.match(text('en', 'takeShippedDefault'), /next version/);
});
