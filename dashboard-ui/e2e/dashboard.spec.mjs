// The dashboard's browser test, in Debian's headless Chromium driven by playwright-core (no browser download):
// signs in as the director through the authorization server, reads the figures of a seeded month, registers a new
// complaint through the gateway and watches this month's figure rise without a reload, and saves a screenshot.
//
// Against the platform:  GATEWAY_URL=http://localhost:8080 AUTH_URL=http://localhost:9000 \
//                        SCREENSHOT=target/dashboard.png node e2e/dashboard.spec.mjs
// Against the stub:      node e2e/run-against-stub.mjs
//
// Environment: GATEWAY_URL, AUTH_URL, DASHBOARD_USER/DASHBOARD_PASSWORD (director/director-password),
// INTAKE_CLIENT_ID/INTAKE_CLIENT_SECRET (intake-officer/intake-officer-secret), SEEDED_MONTH (2023-02) and
// SEEDED_FIGURES (JSON {received, byChannel, byDisposition}, or "api" to compare with the statistics API;
// the reference report's February 2023 by default),
// EXPECT_LIVE (true: the event stream must be live, not the polling fallback), EXPECT_OVERSIGHT (the units' progress
// and follow-up list as JSON {progress, followUp} to find on the boards, or "forbidden"; unset: either), READ_ONLY, SCREENSHOT (the final picture;
// the seeded month is saved beside it with a "-seeded" suffix), CHROMIUM (/usr/bin/chromium).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const REFERENCE_FEBRUARY_2023 = {
  received: 23,
  byChannel: { TRAFFY_FONDUE: 15, EXECUTIVE_REFERRAL: 8 },
  byDisposition: { COMPLETED: 4, FORWARDED_TO_UNIT: 5, FORWARDED_TO_WORKING_GROUP: 11, REFERRED_TO_NACC: 2, REFERRED_TO_PACC: 1 },
};

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function bangkokIso(date) {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().replace(/\.\d+Z$/, '+07:00');
}

async function intakeToken(authUrl, clientId, secret) {
  const response = await fetch(`${authUrl}/oauth2/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  assert.equal(response.status, 200, `client-credentials token for ${clientId}`);
  return (await response.json()).access_token;
}

/** Registers one website complaint received now; the platform answers 202. */
async function registerComplaint({ gatewayUrl, authUrl, clientId, secret }) {
  const token = await intakeToken(authUrl, clientId, secret);
  const response = await fetch(`${gatewayUrl}/api/intake/complaints`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channel: 'WEBSITE', externalRef: `e2e-dashboard-${Date.now()}`, receivedAt: bangkokIso(new Date()),
      description: 'เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดเป็นประจำทุกสัปดาห์', district: 'ปทุมวัน',
    }),
  });
  assert.equal(response.status, 202, `a new complaint is accepted: ${await response.clone().text()}`);
  return response.json();
}

/** The figures the platform's own API gives for a month, read with the signed-in user's token. */
async function apiFigures(page, month) {
  return page.evaluate(async (m) => {
    const token = JSON.parse(sessionStorage.getItem('dashboard.token')).accessToken;
    const response = await fetch(`/api/statistics/monthly/${m}`, { headers: { Authorization: `Bearer ${token}` } });
    return response.json();
  }, month);
}

/** Waits until both oversight boards have been read (rows, an empty list, or a part this sign-in may not read). */
async function oversightStates(page) {
  await page.waitForFunction(() => ['units-not-reported', 'follow-up-list']
    .every((id) => document.querySelector(`[data-testid="${id}"]`)?.dataset.state));
  return page.evaluate(() => ['units-not-reported', 'follow-up-list']
    .map((id) => document.querySelector(`[data-testid="${id}"]`).dataset.state));
}

/**
 * The units that have not reported and the follow-up list: with {@code expected} (the stub's OVERSIGHT), the rows
 * match it in Thai; with "forbidden", both boards say this sign-in may not read them and nothing else fails; both
 * boards are reached with the Tab key after the header's controls.
 */
async function checkOversight(page, expected) {
  const states = await oversightStates(page);
  if (expected === 'forbidden') {
    assert.deepEqual(states, ['not-permitted', 'not-permitted'], 'a refused oversight view is shown as such');
    for (const id of ['units-not-reported', 'follow-up-list']) {
      assert.equal((await page.getByTestId(id).textContent()).trim(), 'บัญชีที่เข้าสู่ระบบไม่มีสิทธิ์ดูข้อมูลนี้');
    }
    assert.equal(await page.locator('#error').textContent(), '', 'a refused oversight view is no page error');
  } else if (expected) {
    assert.deepEqual(states, ['shown', 'shown']);
    const late = expected.progress.filter((u) => u.missing.length || u.withoutProgress.length)
      .sort((a, b) => b.missing.length - a.missing.length);
    const units = page.getByTestId('units-not-reported').locator('tr[data-unit]');
    assert.deepEqual(await units.evaluateAll((rows) => rows.map((r) => r.dataset.unit)), late.map((u) => u.code),
      'only the units with a report missing or without progress, most missing first');
    for (const unit of late) {
      const row = page.getByTestId('units-not-reported').locator(`tr[data-unit="${unit.code}"]`);
      assert.equal(await row.locator('th').textContent(), unit.nameTh, 'the unit in Thai');
      const missing = await row.locator('td.missing').textContent();
      assert.ok(missing.startsWith(String(unit.missing.length)), `${unit.code} missing count: ${missing}`);
      unit.missing.forEach((id) => assert.ok(missing.includes(id), `${unit.code} missing ${id}`));
      const without = await row.locator('td.without-progress').textContent();
      unit.withoutProgress.forEach((id) => assert.ok(without.includes(id), `${unit.code} without progress ${id}`));
    }
    const board = page.getByTestId('units-board');
    assert.match(await board.locator('h3').textContent(), /หน่วยงานที่ยังไม่รายงานความคืบหน้าภายในวันที่ 20 .+ 25\d\d/,
      'Thai heading with the current month, Buddhist Era');
    assert.deepEqual(await board.locator('thead th').allTextContents(),
      ['หน่วยงาน/คณะทำงาน', 'เรื่องที่ต้องรายงาน', 'ยังไม่รายงาน', 'รายงานแต่ไม่มีความคืบหน้า']);
    const cases = page.getByTestId('follow-up-list').locator('tr[data-case]');
    assert.deepEqual(await cases.evaluateAll((rows) => rows.map((r) => r.dataset.case)),
      expected.followUp.items.map((c) => c.caseId), 'the follow-up list in the order given, longest listed first');
    const first = page.getByTestId('follow-up-list').locator(`tr[data-case="${expected.followUp.items[0].caseId}"]`);
    assert.equal(await first.locator('td.reasons').textContent(),
      'เกินกำหนดแต่งตั้งคณะกรรมการ 30 วัน · ไม่มีความเคลื่อนไหว', 'the reasons in Thai');
    assert.match(await first.locator('td.since').textContent(), /25\d\d/, 'since when, Buddhist Era');
  } else {
    states.forEach((state) => assert.ok(['shown', 'not-permitted'].includes(state), `oversight board ${state}`));
  }
  // keyboard: after the header's controls, Tab reaches the units board and then the follow-up list
  await page.locator('#sign-out').focus();
  const reached = [];
  for (let i = 0; i < 10 && !reached.includes('follow-up-board'); i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.id));
  }
  const units = reached.indexOf('units-board');
  assert.ok(units >= 0 && units < reached.indexOf('follow-up-board'), `Tab order ${reached.join(' → ')}`);
}

/** Runs the test with the settings of {@code env}; READ_ONLY=true stops after the seeded month (nothing is posted). */
export async function runDashboardTest(env = process.env) {
  const gatewayUrl = (env.GATEWAY_URL ?? 'http://localhost:8080').replace(/\/$/, '');
  const authUrl = (env.AUTH_URL ?? 'http://localhost:9000').replace(/\/$/, '');
  const seededMonth = env.SEEDED_MONTH ?? '2023-02';
  const seededFrom = env.SEEDED_FIGURES ?? 'reference';
  const readOnly = env.READ_ONLY === 'true';
  const screenshot = env.SCREENSHOT ?? 'e2e-output/dashboard.png';
  const expectLive = (env.EXPECT_LIVE ?? 'true') !== 'false';
  const expectOversight = env.EXPECT_OVERSIGHT === 'forbidden' ? 'forbidden'
    : env.EXPECT_OVERSIGHT ? JSON.parse(env.EXPECT_OVERSIGHT) : null;
  await mkdir(dirname(screenshot), { recursive: true });

  const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'th-TH',
      timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
    });
    const received = page.getByTestId('received');
    const receivedNumber = async () => Number(await received.textContent());

    // 1. Sign in: the dashboard sends the browser to the authorization server, which asks for a user and password.
    await page.goto(`${gatewayUrl}/dashboard/`);
    await page.waitForURL((url) => url.origin === new URL(authUrl).origin);
    await page.locator('input[name="username"]').fill(env.DASHBOARD_USER ?? 'director');
    await page.locator('input[name="password"]').fill(env.DASHBOARD_PASSWORD ?? 'director-password');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.href.startsWith(`${gatewayUrl}/dashboard/`) && !url.searchParams.has('code'));
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="received"]')?.textContent ?? ''));
    assert.equal(await page.locator('html').getAttribute('lang'), 'th', 'Thai first');
    await checkOversight(page, expectOversight);

    // 2. The seeded month, chosen with the month picker: the reference report's February 2023, figures given as JSON, or
    //    (SEEDED_FIGURES=api) whatever the statistics API says, which must not be empty.
    const seeded = seededFrom === 'reference' ? REFERENCE_FEBRUARY_2023
      : seededFrom === 'api' ? await apiFigures(page, seededMonth) : JSON.parse(seededFrom);
    if (seededFrom === 'api' && env.ALLOW_EMPTY_SEED !== 'true') {
      assert.ok(seeded.received > 0, `${seededMonth} is seeded on the platform`);
    }
    await page.getByTestId('month-picker').fill(seededMonth);
    await page.waitForFunction((expected) => document.querySelector('[data-testid="received"]')?.textContent === expected,
      String(seeded.received));
    const [year] = seededMonth.split('-').map(Number);
    const seededTitle = await page.getByTestId('month-title').textContent();
    assert.match(seededTitle, new RegExp(String(year + 543)), 'Buddhist Era year');
    for (const [table, figures] of [['by-channel', seeded.byChannel ?? {}], ['by-disposition', seeded.byDisposition ?? {}]]) {
      for (const [code, count] of Object.entries(figures)) {
        if (count > 0) {
          assert.equal(await page.getByTestId(table).locator(`tr[data-code="${code}"] td`).textContent(), String(count),
            `${seededMonth} ${table} ${code}`);
        }
      }
    }
    await page.screenshot({ path: screenshot.replace(/(\.png)?$/, '-seeded.png'), fullPage: true });
    if (readOnly) {
      const mode = await page.getByTestId('live-status').getAttribute('data-mode');
      return { before: seeded.received, after: seeded.received, mode, screenshot: screenshot.replace(/(\.png)?$/, '-seeded.png') };
    }

    // 3. This month, live: a new complaint appears without a reload.
    await page.getByTestId('current-month').click();
    await page.waitForFunction((previous) =>
      document.querySelector('[data-testid="month-title"]')?.textContent !== previous, seededTitle);
    if (expectLive) {
      await page.waitForFunction(() => document.querySelector('[data-testid="live-status"]')?.dataset.mode === 'live');
    }
    await page.evaluate(() => { window.dashboardTestMarker = 'not reloaded'; });
    const before = await receivedNumber();
    await registerComplaint({ gatewayUrl, authUrl, clientId: env.INTAKE_CLIENT_ID ?? 'intake-officer',
      secret: env.INTAKE_CLIENT_SECRET ?? 'intake-officer-secret' });
    await page.waitForFunction((expected) =>
      Number(document.querySelector('[data-testid="received"]')?.textContent) >= expected, before + 1, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.dashboardTestMarker), 'not reloaded', 'no reload');
    const mode = await page.getByTestId('live-status').getAttribute('data-mode');
    await page.waitForTimeout(1_600); // let the highlight fade so the picture shows the figure plainly
    await page.screenshot({ path: screenshot, fullPage: true });
    const after = await receivedNumber();

    // 4. The English switch relabels without a reload and keeps the figures.
    await page.getByTestId('lang-switch').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.getByTestId('month-title').textContent(), /^[A-Z][a-z]+ \d{4}/, 'English month, CE year');
    assert.equal(await receivedNumber(), after, 'the same figure in English');
    if (expectOversight && expectOversight !== 'forbidden') {
      await page.waitForFunction(() => document.querySelector('[data-testid="units-board"] thead th')?.textContent
        === 'Unit or working group');
      await page.waitForFunction(() => /No activity/.test(document.querySelector('[data-testid="follow-up-list"]')?.textContent));
    }
    assert.equal(await page.evaluate(() => window.dashboardTestMarker), 'not reloaded', 'no reload on the switch');
    assert.deepEqual(pageErrors, [], 'no script errors and no content-security-policy violations');
    return { before, after, mode, screenshot };
  } catch (error) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    const where = pages.length ? `${pages[0].url()} showing "${(await pages[0].locator('body').innerText()).slice(0, 300)}"` : '';
    error.message += `\n  at ${where}`;
    error.stack = `${error.message}\n${error.stack}`;
    throw error;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const result = await runDashboardTest();
  process.stdout.write(`dashboard browser test passed: received ${result.before} -> ${result.after} (${result.mode}); `
    + `screenshot ${result.screenshot}\n`);
}
