// Every code the case API can answer or take (case states, internal-track steps and their results, orders, interim
// measures) has a Thai and an English label: the codes are read from the case-tracking service's recorded OpenAPI
// document and its enums, so a code added there without a label fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codeLabel } from './texts.js';

const root = new URL('../../../', import.meta.url);
const api = JSON.parse(readFileSync(new URL('gateway/src/test/resources/service-api-docs/cases.json', root), 'utf8'));
const lifecycle = 'case-tracking-service/src/main/java/th/bma/anticorruption/cases/lifecycle/';
const schemas = api.components.schemas;

/** The constants of a Java enum, each written on its own line as `NAME,`, `NAME;`, `NAME` or `NAME("path"),`. */
function enumConstants(file) {
  const source = readFileSync(new URL(file, root), 'utf8');
  return [...source.matchAll(/^\s{4}([A-Z][A-Z_]+)(\("([a-z-]+)"\))?[,;]?\s*$/gm)].map((m) => m[3] ?? m[1]);
}

const CODES = {
  state: api.paths['/api/cases'].get.parameters.find((p) => p.name === 'state').schema.enum,
  step: enumConstants(`${lifecycle}CaseAction.java`),
  order: schemas.CaseActionRequest.properties.order.enum,
  measure: schemas.CaseActionRequest.properties.measure.enum,
  result: [...schemas.Outcome.properties.finding.enum, 'CREDIBLE'],
};

test('the codes are read from the service, not an empty list', () => {
  assert.deepEqual(CODES.state, enumConstants(`${lifecycle}CaseState.java`));
  assert.deepEqual(CODES.measure, enumConstants(`${lifecycle}InterimMeasureKind.java`));
  assert.ok(CODES.step.includes('appoint-subcommittee') && CODES.step.length >= 13, CODES.step.join());
  assert.equal(CODES.order.length, 6);
});

for (const lang of ['th', 'en']) {
  test(`every case-tracking code has a ${lang} label`, () => {
    const unlabelled = Object.entries(CODES)
      .flatMap(([kind, codes]) => codes.filter((code) => codeLabel(lang, kind, code) === code).map((code) => `${kind}.${code}`));
    assert.deepEqual(unlabelled, []);
  });
}

test('Thai labels are Thai and English labels are not', () => {
  for (const [kind, codes] of Object.entries(CODES)) {
    for (const code of codes) {
      assert.match(codeLabel('th', kind, code), /[\u0E00-\u0E7F]/, `${kind}.${code} in Thai`);
      assert.notEqual(codeLabel('en', kind, code), codeLabel('th', kind, code), `${kind}.${code} in English`);
    }
  }
  assert.equal(codeLabel('en', 'state', 'SOMETHING_NEW'), 'SOMETHING_NEW', 'an unknown code shows as itself');
});
