// The rest of the workspace in the browser, against the stub platform (whose data it knows): the investigator's
// internal track (oldest deadline first, days left) and recording the step after the main path's; the director's
// follow-up list and a rule's versions with their diff; a reveal refused for want of a reason, shown as the problem naming the field; a unit
// officer's deep link to another unit's case, answered as not found; the intake officer closing a triage item as not a
// corruption complaint; the intake officer's registration, after which the particulars are gone from the form.
// axe-core on each page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { nameOf, text } from '../src/texts.js';
import { assertAccessible, CHROMIUM_FLAGS, signInAs } from './workspace.spec.mjs';

export async function runWorkspaceTour(env) {
  const shots = env.SCREENSHOT_DIR ?? 'e2e-output';
  const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const errors = [];
  const signedIn = signInAs(browser, env.GATEWAY_URL, new URL(env.AUTH_URL).origin, errors);
  const th = (key, values) => text('th', key, values);
  const en = (key, values) => text('en', key, values);
  try {
    const investigator = await signedIn('investigator', 'th', '/workspace/');
    assert.match(investigator.url(), /\/workspace\/internal$/);
    await investigator.getByTestId('cases-table').waitFor();
    const rows = await investigator.getByTestId('case-row').evaluateAll((trs) => trs.map((tr) => [tr.dataset.caseId,
      tr.querySelector('[data-testid="days-left"]').textContent]));
    assert.deepEqual(rows, [['CASE-STUB-0005', th('deadline.BREACHED')], ['CASE-STUB-0004', th('daysLeftText', { n: 6 })]]);
    await assertAccessible(investigator, 'internal track');
    await investigator.screenshot({ path: join(shots, 'workspace-internal.png'), fullPage: true });
    await investigator.getByRole('link', { name: 'CASE-STUB-0004' }).click();
    // the main path (workspace.spec.mjs) found this case credible: the next step
    await investigator.getByTestId('step-action').selectOption({ label: th('step.find-grounded') });
    await investigator.getByTestId('step-submit').click();
    await investigator.getByText(th('stepRecorded')).waitFor();
    await investigator.getByTestId('timeline').getByText('FIND_GROUNDED').waitFor();
    await investigator.getByTestId('case-state').getByText(th('state.GROUNDED'), { exact: true }).waitFor();
    await investigator.context().close();

    const director = await signedIn('director', 'en', '/workspace/follow-up');
    await director.getByTestId('follow-up-table').getByText('CASE-STUB-0005').waitFor();
    await director.getByTestId('follow-up-table').getByText(nameOf('en', 'DEADLINE_BREACHED')).waitFor();
    await director.getByRole('link', { name: en('view.rules') }).click();
    await director.getByRole('button', { name: `${en('showVersions')} district-office` }).click();
    const diff = director.getByTestId('rule-versions');
    await diff.getByText('then.type').waitFor();
    assert.match(await diff.textContent(), /TRIAGE → RESPONSIBLE_UNIT/);
    await director.getByTestId('screening-rules-table').getByRole('rowheader', { name: 'bribe-terms' }).waitFor();
    // the stub's routing rule is the director's while the release ships it otherwise; its screening rule is the seed's
    assert.equal(await director.getByTestId('routing-defaults-differing').getAttribute('data-count'), '1');
    assert.match(await director.getByTestId('routing-defaults-differing').textContent(), /: 1[\s\S]*next version/);
    assert.equal(await director.getByTestId('rules-table').getByRole('row', { name: /district-office/ })
      .getByTestId('shipped-default-differs').textContent(), en('shippedDefaultDiffers'));
    assert.equal(await director.getByTestId('screening-defaults-differing').getAttribute('data-count'), '0');
    assert.equal(await director.getByTestId('screening-rules-table').getByTestId('shipped-default-differs').count(), 0);
    await assertAccessible(director, 'rules');
    await director.screenshot({ path: join(shots, 'workspace-rules.png'), fullPage: true });
    await director.context().close();

    const keeper = await signedIn('confidentiality', 'th', '/workspace/reveal?complaintId=CMP-STUB-0001');
    await keeper.getByTestId('reveal-reason').fill('ขอดู');
    await keeper.getByTestId('reveal-submit').click();
    const problem = keeper.getByTestId('reveal-result').getByTestId('problem');
    await problem.waitFor();
    assert.equal(await problem.getAttribute('data-status'), '400');
    assert.match(await problem.textContent(), /^คำขอไม่ถูกต้อง[\s\S]*reason \(substance\): Say why/);
    assert.equal(await keeper.getByTestId('reveal-reason').getAttribute('aria-invalid'), 'true');
    assert.equal(await keeper.getByTestId('revealed-identity').count(), 0);
    await assertAccessible(keeper, 'a refused reveal');
    await keeper.context().close();

    const officer = await signedIn('pathumwan', 'th', '/workspace/cases/CASE-STUB-0004');
    const notFound = officer.getByTestId('problem');
    await notFound.waitFor();
    assert.equal(await notFound.getAttribute('data-status'), '404');
    assert.match(await notFound.textContent(), /ไม่พบข้อมูล/);
    await officer.context().close();

    // The intake officer finds a doubted complaint is no corruption complaint at all: neither a line of work nor a
    // destination goes with it (the stub refuses them, as the platform does); its case closes as such.
    const triage = await signedIn('intake', 'en', '/workspace/triage');
    const road = triage.locator('[data-testid="triage-item"][data-complaint-id="CMP-STUB-0007"]');
    await road.getByRole('button', { name: /CMP-STUB-0007/ }).click();
    const notCorruption = road.getByTestId('triage-not-corruption');
    await notCorruption.check();
    assert.ok(await road.getByTestId('triage-line-of-work').isDisabled(), 'no line of work for a complaint that is not one');
    assert.ok(await road.getByTestId('triage-destination').isDisabled(), 'nor a destination');
    await assertAccessible(triage, 'triage, not a corruption complaint');
    await road.getByTestId('triage-resolve').click();
    assert.ok(await road.getByTestId('triage-reason').evaluate((el) => el.validity.valueMissing),
      'a reason is required before anything is sent');
    await road.getByTestId('triage-reason').fill('A road in need of repair; nobody is said to have asked for money');
    await road.getByTestId('triage-resolve').click();
    await Promise.race([road.waitFor({ state: 'detached' }), road.getByTestId('problem').waitFor().then(async () => {
      assert.fail(`refused: ${await road.getByTestId('problem').textContent()}`);
    })]);
    const closed = triage.getByTestId('triage-outcome');
    await closed.getByText(`CMP-STUB-0007: ${en('closedNotCorruption')}`).waitFor();
    await closed.getByRole('link', { name: 'CASE-STUB-0007' }).click();
    const state = triage.getByTestId('case-state');
    await state.waitFor();
    assert.equal(await state.getAttribute('data-code'), 'NOT_CORRUPTION');
    assert.equal((await state.textContent()).trim(), en('state.NOT_CORRUPTION'));
    await triage.context().close();

    const intake = await signedIn('intake', 'th', '/workspace/register');
    await intake.getByTestId('register-channel').selectOption('WALK_IN');
    await intake.getByTestId('register-external-ref').fill('WALKIN-2569-0042');
    await intake.getByTestId('register-description').fill('ผู้ร้องมาด้วยตนเองแจ้งว่าเจ้าหน้าที่เขตเรียกรับเงินค่าใบอนุญาต');
    const complainantName = intake.getByRole('group', { name: th('complainant') }).getByLabel(th('name'));
    await complainantName.fill('นายผู้ร้อง ทดสอบ');
    await assertAccessible(intake, 'registration');
    await intake.getByTestId('register-submit').click();
    await intake.getByTestId('register-outcome').getByText(/TRK-STUB-/).waitFor();
    assert.equal(await complainantName.inputValue(), '', 'the sealed particulars leave the page');
    await intake.context().close();

    assert.deepEqual(errors, [], 'no page error and nothing refused by the Content-Security-Policy');
  } finally {
    await browser.close();
  }
}
