// The officers' workspace in Debian's headless Chromium (playwright-core, no browser download), each role's main task
// end to end through the authorization server's sign-in, in Thai and then in English:
//   the intake officer resolves a triage item and the case's line of work changes; the unit officer opens the case by
//   its deep link, signs in and files the monthly progress report by keyboard at phone width; the director reroutes
//   the case with a reason; the confidentiality officer reveals the complainant's identity (shown once, no-store);
//   the auditor sees that reveal and verifies the chain; the investigator finds a case on the internal track (oldest
//   deadline first, days left), records the preliminary check's finding and the case's state changes; once, working
//   group 3's officer is refused Pathum Wan's case and the internal-track case (not found). axe-core checks every
//   page on the way (WCAG 2 A/AA).
//
// Against the stub:     node workspace/e2e/run-against-stub.mjs
// Against the platform: GATEWAY_URL=http://localhost:8080 AUTH_URL=http://localhost:9000 PREPARE=api \
//                       SCREENSHOT_DIR=target/e2e node workspace/e2e/workspace.spec.mjs
//
// Environment: GATEWAY_URL, AUTH_URL, CHROMIUM (/usr/bin/chromium), SCREENSHOT_DIR, LANGS (th,en), PREPARE (api:
// register one complaint per language through the API with the intake-officer client and wait until it waits for
// triage, and one Traffy ticket per language through the Traffy adapter client and wait until its case is on the
// internal track; otherwise TRIAGE_COMPLAINT_IDS and INTERNAL_CASE_IDS, comma-separated, one per language),
// INTAKE_CLIENT_ID/INTAKE_CLIENT_SECRET, TRAFFY_CLIENT_SECRET, UNIT_DESTINATION (DISTRICT-1007, the unit of the demo
// user pathumwan), REROUTE_DESTINATION (WG-3).
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { text } from '../src/texts.js';

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FLOW_MS = 60_000;
const require = createRequire(import.meta.url);

async function clientToken(authUrl, clientId, secret) {
  const response = await fetch(`${authUrl}/oauth2/token`, {
    method: 'POST', body: 'grant_type=client_credentials',
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(response.status, 200, `client-credentials token for ${clientId}`);
  return (await response.json()).access_token;
}

const pause = (ms) => new Promise((ok) => { setTimeout(ok, ms); });

/**
 * Posts a complaint to an intake endpoint with a client's token, again while a platform just started answers 503/504
 * (the same registration again is idempotent), and answers its complaint id.
 */
async function register(env, path, [client, secret], body) {
  const token = await clientToken(env.AUTH_URL, client, secret);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const until = Date.now() + FLOW_MS;
  let response = await fetch(`${env.GATEWAY_URL}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  while ([503, 504].includes(response.status) && Date.now() < until) {
    await pause(2000);
    response = await fetch(`${env.GATEWAY_URL}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  }
  assert.ok([200, 202].includes(response.status), `registered: ${response.status} ${await response.clone().text()}`);
  return (await response.json()).complaintId;
}

const intakeClient = (env) => [env.INTAKE_CLIENT_ID ?? 'intake-officer', env.INTAKE_CLIENT_SECRET ?? 'intake-officer-secret'];

async function intakeHeaders(env) {
  const token = await clientToken(env.AUTH_URL, ...intakeClient(env));
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

/**
 * A website complaint with the complainant's particulars, worded so that routing leaves it under verification; from
 * Bang Rak, so that the Pathum Wan office (not the accused's own unit) may be given it.
 */
async function complaintAwaitingTriage(env, lang) {
  const headers = await intakeHeaders(env);
  // a platform just started may answer 503/504 while its services warm up
  const until = Date.now() + FLOW_MS;
  for (const path of ['/api/cases?size=1', '/api/routing/triage']) {
    while ((await fetch(`${env.GATEWAY_URL}${path}`, { headers })).status >= 500 && Date.now() < until) await pause(2000);
  }
  const complaintId = await register(env, '/api/intake/complaints', intakeClient(env), {
    channel: 'WEBSITE', externalRef: `e2e-workspace-${lang}-${Date.now()}`,
    receivedAt: new Date(Date.now() + 7 * 3600_000).toISOString().replace(/\.\d+Z$/, '+07:00'),
    description: 'เจ้าหน้าที่เรียกรับสินบน', district: 'บางรัก',
    complainant: { name: 'นางสาวทดสอบ ระบบงาน', phone: '0811112222', anonymous: false },
  });
  while (Date.now() < until) {
    const queue = await (await fetch(`${env.GATEWAY_URL}/api/routing/triage`, { headers })).json();
    if (Array.isArray(queue) && queue.some((item) => item.complaintId === complaintId)) return complaintId;
    await pause(1000);
  }
  throw new Error(`${complaintId} never reached the triage queue`);
}

/**
 * A Traffy Fondue ticket sent to Bang Rak's registration section accusing that section's own staff of taking money:
 * routing gives it to the internal track (the ก.ก. office). Answers the case's id once case tracking holds it there.
 */
async function caseOnInternalTrack(env, lang) {
  const stamp = new Date(Date.now() + 7 * 3600_000).toISOString().replace('T', ' ').replace('Z', '');
  const complaintId = await register(env, '/api/intake/traffy-fondue', ['traffy-adapter', env.TRAFFY_CLIENT_SECRET ?? 'traffy-adapter-secret'], {
    timestamp: stamp, ticket_id: `2026-${lang.toUpperCase()}${Date.now().toString(36).toUpperCase()}`,
    description: 'เจ้าหน้าที่รับเงินเพื่อย้ายชื่อเข้าทะเบียนบ้านโดยไม่มีเอกสารครบ', type_id: '27', type: 'ทุจริต', photo: [],
    latitude: 13.7246, longitude: 100.5265, address: 'ถนนเจริญกรุง แขวงสุริยวงศ์ เขตบางรัก กรุงเทพมหานคร 10500',
    orgs: [{ org_id: '1004', org: 'ฝ่ายทะเบียน เขตบางรัก' }],
  });
  const headers = await intakeHeaders(env);
  const until = Date.now() + FLOW_MS;
  let seen = null;
  while (Date.now() < until) {
    const page = await (await fetch(`${env.GATEWAY_URL}/api/cases?complaintId=${complaintId}`, { headers })).json();
    seen = page.items?.find((c) => c.complaintId === complaintId);
    if (seen?.destination?.kind === 'INTERNAL_TRACK') return seen.caseId;
    await pause(1000);
  }
  throw new Error(`${complaintId} never reached the internal track: ${JSON.stringify(seen?.destination ?? null)}`);
}

/** axe-core's WCAG 2 A/AA rules on the page as it stands; evaluated through the debugger, so the page's CSP holds. */
export async function assertAccessible(page, where) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe-core on ${where}`);
}

/**
 * A function opening a fresh browser context (no session) that asks for `path`, signs in there as `user` with the
 * demo password, comes back and switches to `lang`; page errors and refusals by the page policy go into `errors`.
 */
export function signInAs(browser, gatewayUrl, authOrigin, errors) {
  return async (user, lang, path, viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ viewport, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => errors.push(`${user}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(`${user}: ${message.text()}`);
    });
    await page.goto(`${gatewayUrl}${path}`);
    await page.waitForURL((url) => url.origin === authOrigin);
    await page.locator('input[name="username"]').fill(user);
    await page.locator('input[name="password"]').fill(`${user}-password`);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.origin === new URL(gatewayUrl).origin && !url.pathname.endsWith('/callback'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'th', 'Thai first');
    if (lang === 'en') {
      await page.getByTestId('lang-switch').click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    return page;
  };
}

export async function runWorkspaceTest(env) {
  const gatewayUrl = env.GATEWAY_URL;
  const authOrigin = new URL(env.AUTH_URL).origin;
  const shots = env.SCREENSHOT_DIR ?? 'e2e-output';
  const langs = (env.LANGS ?? 'th,en').split(',');
  const unit = env.UNIT_DESTINATION ?? 'DISTRICT-1007';
  const rerouteTo = env.REROUTE_DESTINATION ?? 'WG-3';
  const given = (env.TRIAGE_COMPLAINT_IDS ?? '').split(',').filter(Boolean);
  const internal = (env.INTERNAL_CASE_IDS ?? '').split(',').filter(Boolean);
  await mkdir(shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const pictures = [];
  const errors = [];

  const signedIn = signInAs(browser, gatewayUrl, authOrigin, errors);
  const shoot = async (page, name) => {
    const file = join(shots, `workspace-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    pictures.push(file);
  };
  /**
   * Waits for the case page; while it shows a problem instead (a scoped officer sees a case once case tracking has
   * applied the decision that gave it to their unit), reloads, and fails with the last problem after FLOW_MS.
   */
  async function awaitCasePage(page) {
    const until = Date.now() + FLOW_MS;
    for (;;) {
      await page.locator('[data-testid="case-title"], [data-testid="problem"]').first().waitFor();
      if (await page.getByTestId('case-title').count()) return;
      const problem = await page.getByTestId('problem').textContent();
      if (Date.now() > until) assert.fail(`the case page showed: ${problem}`);
      await page.waitForTimeout(1500);
      await page.reload();
    }
  }
  /** Reloads the case page until `testid`'s data-code is `code` (the platform applies a decision within seconds). */
  async function awaitCaseCode(page, testid, code) {
    const until = Date.now() + FLOW_MS;
    for (;;) {
      const seen = await page.getByTestId(testid).getAttribute('data-code').catch(() => null);
      if (seen === code) return;
      if (Date.now() > until) assert.fail(`${testid} stayed ${seen}, expected ${code}`);
      await page.waitForTimeout(1500);
      await page.reload();
    }
  }

  try {
    for (const [index, lang] of langs.entries()) {
      const t = (key, values) => text(lang, key, values);
      const complaintId = env.PREPARE === 'api' ? await complaintAwaitingTriage(env, lang) : given[index];
      assert.ok(complaintId, `a complaint waiting for triage for the ${lang} run`);
      const internalCaseId = env.PREPARE === 'api' ? await caseOnInternalTrack(env, lang) : internal[index];
      assert.ok(internalCaseId, `a case on the internal track for the ${lang} run`);

      // 1. Intake officer: the triage queue, oldest first; resolve this complaint with a line of work and a reason.
      const intake = await signedIn('intake', lang, '/workspace/');
      assert.match(intake.url(), /\/workspace\/triage$/);
      await intake.getByRole('heading', { level: 1, name: t('view.triage') }).waitFor();
      const row = intake.locator(`[data-testid="triage-item"][data-complaint-id="${complaintId}"]`);
      await row.waitFor();
      const received = await intake.getByTestId('triage-item').evaluateAll((rows) => rows.length);
      assert.ok(received >= 1);
      // a complaint screening was unsure of says so, with the reason; the others do not (where the run names them)
      if (env.DOUBTED_COMPLAINT_IDS !== undefined) {
        const doubted = env.DOUBTED_COMPLAINT_IDS.split(',').filter(Boolean);
        const shown = await intake.getByTestId('triage-item').evaluateAll((rows) => rows
          .filter((r) => r.querySelector('[data-testid="screening-doubt"]')).map((r) => r.dataset.complaintId));
        const listed = await intake.getByTestId('triage-item').evaluateAll((rows) => rows.map((r) => r.dataset.complaintId));
        assert.deepEqual(shown, listed.filter((id) => doubted.includes(id)), 'the screening-unsure marker on exactly those');
        for (const id of shown) {
          const marker = intake.locator(`[data-testid="triage-item"][data-complaint-id="${id}"] [data-testid="screening-doubt"]`);
          assert.match((await marker.textContent()).trim(), new RegExp(`^${t('screeningDoubt')}: \\S`));
        }
      }
      await assertAccessible(intake, `triage (${lang})`);
      await row.getByRole('button', { name: new RegExp(complaintId) }).click();
      await row.getByTestId('triage-line-of-work').selectOption('CITY_LAW_ENFORCEMENT');
      await row.getByTestId('triage-destination').fill(unit);
      await row.getByTestId('triage-reason').fill(lang === 'th' ? 'ผู้ร้องระบุว่าเหตุเกิดในพื้นที่ตลาดที่เขตปทุมวันดูแล'
        : 'The complainant places it at a market that Pathum Wan looks after');
      await shoot(intake, `triage-${lang}`);
      await row.getByTestId('triage-resolve').click();
      await Promise.race([row.waitFor({ state: 'detached' }), row.getByTestId('problem').waitFor().then(async () => {
        assert.fail(`the triage decision was refused: ${await row.getByTestId('problem').textContent()}`);
      })]);
      const caseLink = intake.getByTestId('triage-outcome').locator('a');
      await caseLink.waitFor({ timeout: FLOW_MS });
      const caseId = (await caseLink.textContent()).trim();
      await caseLink.click();
      await awaitCaseCode(intake, 'case-line-of-work', 'CITY_LAW_ENFORCEMENT');
      await awaitCaseCode(intake, 'case-destination', unit);
      await intake.context().close();

      // 2. Unit officer: the deep link survives the sign-in; the progress report, by keyboard, at phone width.
      const officer = await signedIn('pathumwan', lang, `/workspace/cases/${caseId}`, { width: 390, height: 844 });
      assert.equal(new URL(officer.url()).pathname, `/workspace/cases/${caseId}`, 'back on the deep link after sign-in');
      await awaitCasePage(officer);
      await officer.getByTestId('progress-note').focus();
      await officer.keyboard.type(lang === 'th' ? 'ลงพื้นที่ตรวจสอบตลาดแล้ว รอผลสอบข้อเท็จจริง' : 'Visited the market; fact-finding under way');
      await officer.keyboard.press('Tab');
      assert.equal(await officer.evaluate(() => document.activeElement?.dataset.testid), 'progress-submit', 'Tab reaches the submit button');
      await officer.keyboard.press('Enter');
      await officer.getByText(t('progressFiled')).waitFor();
      await assertAccessible(officer, `case page, unit officer (${lang})`);
      await shoot(officer, `progress-${lang}`);
      await officer.context().close();

      // 2b. Another unit's officer (working group 3) once: Pathum Wan's case and the internal-track case are not found.
      if (index === 0) {
        for (const foreign of [caseId, internalCaseId]) {
          const outsider = await signedIn('wg3', lang, `/workspace/cases/${foreign}`);
          const refused = outsider.getByTestId('problem');
          await refused.waitFor();
          assert.equal(await refused.getAttribute('data-status'), '404', `wg3 on ${foreign}: ${await refused.textContent()}`);
          assert.equal(await outsider.getByTestId('case-title').count(), 0);
          await outsider.context().close();
        }
      }

      // 3. Director: reroute with a reason; the case's destination changes.
      const director = await signedIn('director', lang, `/workspace/cases/${caseId}`);
      await awaitCasePage(director);
      await director.getByTestId('reroute-destination').selectOption(rerouteTo);
      await director.getByTestId('reroute-reason').fill(lang === 'th' ? 'เรื่องเกี่ยวกับการบังคับใช้กฎหมาย ส่งคณะทำงานที่ 3' : 'Law enforcement matter: working group 3');
      await director.getByTestId('reroute-submit').click();
      await director.getByText(t('rerouted'), { exact: true }).waitFor();
      await awaitCaseCode(director, 'case-destination', rerouteTo);
      await director.getByRole('heading', { level: 2, name: t('routing') }).waitFor();
      await assertAccessible(director, `case page, director (${lang})`);
      await shoot(director, `reroute-${lang}`);
      await director.context().close();

      // 4. Confidentiality officer: reveal with a reason; shown once, answered no-store, kept in no storage.
      const keeper = await signedIn('confidentiality', lang, `/workspace/reveal?complaintId=${complaintId}`);
      await keeper.getByTestId('reveal-reason').fill(lang === 'th'
        ? 'ต้องติดต่อผู้ร้องเพื่อขอเอกสารหลักฐานเพิ่มเติมประกอบการสอบข้อเท็จจริง' : 'We must contact the complainant for further documents for the inquiry');
      const answered = keeper.waitForResponse((r) => r.url().includes(`/identity/reveal`));
      await keeper.getByTestId('reveal-submit').click();
      const response = await answered;
      assert.equal(response.status(), 200, await response.text());
      assert.match(response.headers()['cache-control'] ?? '', /no-store/, 'the reveal is never cached');
      const revealed = await response.json();
      await keeper.getByTestId('revealed-identity').getByText(revealed.name).waitFor();
      const stored = await keeper.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
      assert.ok(!stored.includes(revealed.name), 'the revealed name is in no storage');
      await assertAccessible(keeper, `reveal (${lang})`);
      await keeper.getByTestId('revealed-identity').evaluate((node) => node.querySelectorAll('dd').forEach((dd) => { dd.textContent = '████████'; }));
      await shoot(keeper, `reveal-${lang}`);
      await keeper.context().close();

      // 5. Auditor: that reveal in the identity-reveal trail, and the chain holds.
      const auditor = await signedIn('auditor', lang, '/workspace/');
      assert.match(auditor.url(), /\/workspace\/audit$/);
      await auditor.locator(`[data-testid="identity-reveal"][data-complaint-id="${complaintId}"]`).waitFor();
      await auditor.getByTestId('identity-reveals-verify').locator('xpath=..').getByRole('button').click();
      const verdict = auditor.getByTestId('identity-reveals-verify');
      await auditor.waitForFunction(() => document.querySelector('[data-testid="identity-reveals-verify"]')?.textContent.trim());
      assert.equal(await verdict.getAttribute('data-intact'), 'true', `the chain verification: ${await verdict.textContent()}`);
      await assertAccessible(auditor, `audit (${lang})`);
      await shoot(auditor, `audit-${lang}`);
      await auditor.context().close();

      // 6. Investigator: the internal track, the oldest deadline first with the days left; a step recorded, the
      //    case's state changes.
      const investigator = await signedIn('investigator', lang, '/workspace/');
      assert.match(investigator.url(), /\/workspace\/internal$/);
      await investigator.getByRole('heading', { level: 1, name: t('view.internal') }).waitFor();
      const internalRow = investigator.locator(`[data-testid="case-row"][data-case-id="${internalCaseId}"]`);
      await internalRow.waitFor();
      const order = await investigator.getByTestId('days-left').evaluateAll((cells) => cells.map((cell) =>
        (cell.dataset.dueAt && cell.dataset.status !== 'MET' ? Date.parse(cell.dataset.dueAt) : Infinity)));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), 'the oldest deadline first');
      const daysLeftShown = (await internalRow.getByTestId('days-left').textContent()).trim();
      const deadlineWords = [t('daysLeftText', { n: '\\d+' }), t('daysOverText', { n: '\\d+' }), t('dueToday'), t('deadline.BREACHED')];
      assert.match(daysLeftShown, new RegExp(`^(${deadlineWords.join('|')})$`), 'the days left, in words');
      await assertAccessible(investigator, `internal track (${lang})`);
      await internalRow.getByTestId('case-link').click();
      await awaitCasePage(investigator);
      const state = investigator.getByTestId('case-state');
      assert.equal(await state.getAttribute('data-code'), 'PRELIMINARY_REVIEW');
      assert.equal((await state.textContent()).trim(), t('state.PRELIMINARY_REVIEW'));
      await investigator.getByTestId('step-action').selectOption({ label: t('step.find-credible') });
      await investigator.getByTestId('step-note').fill(lang === 'th' ? 'มีหลักฐานการโอนเงินและพยานบุคคล เสนอผู้อำนวยการ'
        : 'A money transfer and a witness back it: put to the director');
      await investigator.getByTestId('step-submit').click();
      await investigator.getByText(t('stepRecorded'), { exact: true }).waitFor();
      await awaitCaseCode(investigator, 'case-state', 'PRESENTED_TO_DIRECTOR');
      assert.equal((await investigator.getByTestId('case-state').textContent()).trim(), t('state.PRESENTED_TO_DIRECTOR'));
      await investigator.getByTestId('track-facts').getByText(t('result.CREDIBLE'), { exact: false }).waitFor();
      await assertAccessible(investigator, `case page, investigator (${lang})`);
      await shoot(investigator, `investigator-${lang}`);
      await investigator.context().close();
      process.stdout.write(`workspace ${lang}: ${complaintId} → ${caseId} resolved, reported, rerouted, revealed, audited; `
        + `${internalCaseId} on the internal track found credible\n`);
    }
    assert.deepEqual(errors, [], 'no page error and nothing refused by the Content-Security-Policy');
  } finally {
    await browser.close();
  }
  return { pictures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runWorkspaceTest(process.env);
  process.stdout.write(`workspace browser test passed; screenshots ${result.pictures.join(', ')}\n`);
}
