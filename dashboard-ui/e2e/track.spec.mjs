// The tracking page's browser test, in Debian's headless Chromium at a phone's width, driven by playwright-core: the
// complainant enters their code and sees the status; an officer allowed on the case writes through the API; the
// complainant sees it (the officer's role, never the name) and replies with a photo; the officer reads the reply and
// opens the photo, which the public side never gets back. Along the way: no request leaves the gateway's origin, the
// code is never in a URL, nothing is kept in cookies or storage, no script error or CSP violation.
//
// Against the platform:  GATEWAY_URL=http://localhost:8080 TRACKING_CODE=… CASE_ID=… OFFICER_TOKEN=… \
//                        SCREENSHOT=target/track.png node e2e/track.spec.mjs
// Against the stub:      node e2e/track-against-stub.mjs
//
// Environment: GATEWAY_URL, TRACKING_CODE (the 16 digits of a complaint's 202), CASE_ID (its case), OFFICER_TOKEN
// (a bearer token of an officer allowed on the case), EXPECT_ROLE_TH (the officer's role as the page names it;
// เจ้าหน้าที่สำนักงาน ก.ก. for an investigator), SCREENSHOT (the final picture; the status alone is saved beside it with
// a "-status" suffix), CHROMIUM (/usr/bin/chromium).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const QUESTION = 'ขอทราบวันและเวลาที่เกิดเหตุ และหากมีภาพถ่ายขอให้แนบมาด้วย';
const REPLY = 'เกิดเหตุวันที่ 3 ตอนบ่ายสองโมง ติดต่อผมได้ที่ 081-234-5678 ครับ';

async function officerRequest(gatewayUrl, token, method, path, body) {
  const response = await fetch(`${gatewayUrl}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response;
}

const messageCount = (page) => page.getByTestId('message').count();

export async function runTrackTest(env = process.env) {
  const gatewayUrl = (env.GATEWAY_URL ?? 'http://localhost:8080').replace(/\/$/, '');
  const origin = new URL(gatewayUrl).origin;
  const code = env.TRACKING_CODE;
  const caseId = env.CASE_ID;
  const officerToken = env.OFFICER_TOKEN;
  assert.ok(/^\d{16}$/.test(code ?? ''), 'TRACKING_CODE: the 16 digits of a complaint\'s 202');
  assert.ok(caseId && officerToken, 'CASE_ID and OFFICER_TOKEN: the case and an officer allowed on it');
  const expectRole = env.EXPECT_ROLE_TH ?? 'เจ้าหน้าที่สำนักงาน ก.ก.';
  const screenshot = env.SCREENSHOT ?? 'e2e-output/track.png';
  await mkdir(dirname(screenshot), { recursive: true });

  const requested = [];
  const problems = [];
  const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
      deviceScaleFactor: 1, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);


    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('request', (request) => requested.push(request.url()));

    // 1. The complainant opens the page (Thai first) and enters the code as people write it, in groups.
    await page.goto(`${gatewayUrl}/track/`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'th', 'Thai first');
    const grouped = code.match(/.{4}/g).join(' ');
    await page.getByTestId('track-code').fill(grouped);
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-status').filter({ hasText: /\S/ }).waitFor();
    const statusTh = await page.getByTestId('track-status').textContent();
    assert.match(statusTh, /[\u0E00-\u0E7F]/, `the status in Thai: ${statusTh}`);
    assert.match(await page.getByTestId('track-received-at').textContent(), /25\d\d/, 'Buddhist Era date');
    const before = await messageCount(page);
    await page.screenshot({ path: screenshot.replace(/(\.png)?$/, '-status.png'), fullPage: true });

    // 2. An officer allowed on the case writes a question through the API.
    const written = await officerRequest(gatewayUrl, officerToken, 'POST', `/api/cases/${caseId}/messages`,
      { text: QUESTION });
    assert.equal(written.status, 201, `the officer's message is taken: ${await written.clone().text()}`);
    const officer = (await written.json()).by;

    // 3. The complainant looks again and sees it, signed with the officer's role, not the name.
    await page.getByTestId('track-submit').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="message"]').length === n + 1, before);
    const question = page.getByTestId('message').last();
    assert.equal(await question.getAttribute('data-from'), 'OFFICER');
    const questionText = await question.textContent();
    assert.ok(questionText.includes(QUESTION), questionText);
    assert.ok(questionText.includes(expectRole), `signed ${expectRole}: ${questionText}`);
    assert.ok(!officer || !questionText.includes(officer), 'never the officer\'s name');

    // 4. They answer with a photo (a real PNG: a picture of the page's header) and a phone number, which is masked.
    const photo = await page.locator('header').screenshot();
    await page.getByTestId('reply-text').fill(REPLY);
    await page.getByTestId('reply-attachment').setInputFiles({ name: 'IMG_2041.png', mimeType: 'image/png',
      buffer: photo });
    await page.getByTestId('reply-send').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="message"]').length === n + 2, before);
    const answer = page.getByTestId('message').last();
    assert.equal(await answer.getAttribute('data-from'), 'COMPLAINANT');
    const answerText = await answer.textContent();
    assert.ok(answerText.includes('บ่ายสองโมง'), answerText);
    assert.ok(!answerText.includes('081-234-5678'), `the phone number is masked: ${answerText}`);
    assert.equal(await answer.getByTestId('message-attachment').count(), 1, 'the photo is listed, not shown');
    assert.equal(await page.locator('img').count(), 0, 'no picture comes back to the public side');

    // 5. English on request, without a reload.
    await page.getByTestId('lang-switch').click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.doesNotMatch(await page.getByTestId('track-status').textContent(), /[\u0E00-\u0E7F]/, 'English status');
    assert.equal(await page.getByTestId('reply-result').textContent(), 'Sent', 'its own words in English too');
    await page.screenshot({ path: screenshot, fullPage: true });

    // 6. Nothing of the code outside the request bodies, nothing kept, nothing fetched from elsewhere.
    assert.ok(!page.url().includes(code), 'the code is not in the address');
    assert.ok(requested.every((url) => new URL(url).origin === origin), `only the gateway: ${requested}`);
    assert.ok(requested.every((url) => !url.includes(code)), 'the code is in no URL');
    assert.deepEqual(await context.cookies(), [], 'no cookies');
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'no storage');
    assert.ok(await page.evaluate(() => history.length) <= 2, 'no history entries for the code');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `fits a phone's width: ${width}px`);
    assert.deepEqual(problems, [], 'no script errors and no content-security-policy violations');

    // 7. The officer reads the reply and opens the photo; the public side has no way to it.
    const read = await officerRequest(gatewayUrl, officerToken, 'GET', `/api/cases/${caseId}/messages`);
    assert.equal(read.status, 200);
    const reply = (await read.json()).at(-1);
    assert.equal(reply.from, 'COMPLAINANT');
    assert.ok(reply.readAt, 'read by the officer');
    const href = reply.attachments[0].href;
    const opened = await officerRequest(gatewayUrl, officerToken, 'GET', href);
    assert.equal(opened.status, 200, 'the photo opens for the officer');
    assert.equal(opened.headers.get('content-type'), 'image/png');
    assert.ok(Buffer.from(await opened.arrayBuffer()).equals(photo), 'the very photo the complainant sent');
    const anonymous = await officerRequest(gatewayUrl, null, 'GET', href);
    assert.ok([401, 403, 404].includes(anonymous.status), `not for the public side: ${anonymous.status}`);
    const publicRead = await fetch(`${gatewayUrl}/api/public/messages`, { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ trackingCode: code }) });
    const publicAttachment = (await publicRead.json()).messages.at(-1).attachments[0];
    assert.deepEqual(Object.keys(publicAttachment).sort(), ['contentType', 'size'], 'kind and size only');
    return { messages: before + 2, anonymousStatus: anonymous.status, screenshot };
  } catch (error) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    const where = pages.length ? `${pages[0].url()} showing "${(await pages[0].locator('body').innerText()).slice(0, 300)}"` : '';
    error.message += `\n  at ${where}\n  requests: ${requested}\n  problems: ${problems}`;
    error.stack = `${error.message}\n${error.stack}`;
    throw error;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const result = await runTrackTest();
  process.stdout.write(`track browser test passed: ${result.messages} messages, the photo refused to the public side `
    + `(${result.anonymousStatus}); screenshot ${result.screenshot}\n`);
}
