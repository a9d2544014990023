// The conversation with the complainant in the browser, against the stub platform (whose data it knows): the Pathum
// Wan officer finds the unread reply in the menu's count and the list of replies, reads the conversation oldest first,
// opens the complainant's photo (fetched with the token, saved from a blob URL) and writes back; the count drops to
// none; the complainant's next reply appears on the open page, in the conversation and on the timeline. In English, the director writing on a closed case gets the 409 problem naming the field; officers who may not
// speak on a case see no conversation. axe-core on each page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { text } from '../src/texts.js';
import { STUB_PHOTO } from './stub-platform.mjs';
import { assertAccessible, CHROMIUM_FLAGS, signInAs } from './workspace.spec.mjs';

/** `stub` is the running stub platform (createStubPlatform), through which the complainant replies. */
export async function runConversationTest(env, stub) {
  const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const errors = [];
  const signedIn = signInAs(browser, env.GATEWAY_URL, new URL(env.AUTH_URL).origin, errors);
  const th = (key, values) => text('th', key, values);
  try {
    const officer = await signedIn('pathumwan', 'th', '/workspace/');
    const count = officer.getByTestId('unread-count');
    await officer.locator('[data-testid="unread-count"][data-count="1"]').waitFor();
    assert.equal((await count.textContent()).trim(), th('unreadBadge', { n: 1 }));
    await officer.getByRole('link', { name: th('view.replies') }).click();
    const row = officer.getByTestId('unread-row');
    await row.first().waitFor();
    assert.deepEqual(await row.evaluateAll((trs) => trs.map((tr) => [tr.dataset.caseId,
      tr.querySelector('[data-testid="unread-replies"]').textContent])), [['CASE-STUB-0003', '1']]);
    await assertAccessible(officer, 'unread replies');

    await row.getByRole('link', { name: 'CASE-STUB-0003' }).click();
    const messages = officer.getByTestId('conversation').getByTestId('message');
    await messages.nth(1).waitFor();
    assert.deepEqual(await messages.evaluateAll((items) => items.map((li) => li.dataset.from)), ['OFFICER', 'COMPLAINANT']);
    assert.match(await messages.nth(1).textContent(), new RegExp(`^${th('from.COMPLAINANT')}`));
    assert.match(await messages.nth(1).textContent(), /\[เบอร์โทรศัพท์\]/);
    await officer.locator('[data-testid="unread-count"][data-count="0"]').waitFor({ state: 'attached' });
    assert.equal(await count.isVisible(), false, 'read: no count left in the menu');

    const attachment = messages.nth(1).getByTestId('message-attachment');
    assert.match(await attachment.textContent(), new RegExp(`^${th('attachment.photo')} \\(70 B\\)$`));
    const [download] = await Promise.all([officer.waitForEvent('download'), attachment.click()]);
    assert.equal(download.suggestedFilename(), 'attachment-att-0001.png');
    assert.match(download.url(), /^blob:/, 'opened from the blob the token fetched, never from an address the browser could cache');
    assert.deepEqual(await readFile(await download.path()), STUB_PHOTO);
    await assertAccessible(officer, 'a case\'s conversation');

    const question = 'ภาพที่ส่งมาถ่ายที่ตลาดใด ขอทราบชื่อตลาด';
    await officer.getByTestId('message-text').fill(question);
    await officer.getByTestId('message-send').click();
    await officer.getByTestId('message-result').getByText(th('messageSent')).waitFor();
    await messages.nth(2).waitFor();
    assert.equal(await messages.nth(2).getAttribute('data-from'), 'OFFICER');
    assert.match(await messages.nth(2).textContent(), new RegExp(question));
    await officer.getByTestId('timeline').getByText('MESSAGE_TO_COMPLAINANT').waitFor();
    assert.equal(await officer.getByTestId('message-text').inputValue(), '');

    // the page checks the case's version every 10 s: the reply shows within that, without a reload
    stub.complainantReplies('CASE-STUB-0003', 'ตลาดนัดหน้าสำนักงานเขต');
    await messages.nth(3).waitFor({ timeout: 30_000 });
    assert.equal(await messages.nth(3).getAttribute('data-from'), 'COMPLAINANT');
    assert.match(await messages.nth(3).textContent(), /ตลาดนัดหน้าสำนักงานเขต/);
    await officer.getByTestId('timeline').getByText('COMPLAINANT_REPLIED').waitFor();
    await officer.getByTestId('live-notice').getByText(th('updatedLive')).waitFor();
    await officer.getByTestId('conversation').screenshot({ path: join(env.SCREENSHOT_DIR ?? 'e2e-output', 'workspace-conversation.png') });
    await officer.context().close();

    const director = await signedIn('director', 'en', '/workspace/cases/CASE-STUB-0006');
    await director.getByTestId('conversation').getByTestId('message').first().waitFor();
    await director.getByTestId('message-text').fill('Could you tell us more?');
    await director.getByTestId('message-send').click();
    const refused = director.getByTestId('message-result').getByTestId('problem');
    await refused.waitFor();
    assert.equal(await refused.getAttribute('data-status'), '409');
    assert.match(await refused.textContent(), /^The case is not in a state that allows this[\s\S]*text \(case-open\)/);
    assert.equal(await director.getByTestId('message-text').getAttribute('aria-invalid'), 'true');
    await assertAccessible(director, 'a refused message, English');
    await director.context().close();

    for (const [user, caseId] of [['investigator', 'CASE-STUB-0003'], ['auditor', 'CASE-STUB-0003']]) {
      const other = await signedIn(user, 'th', `/workspace/cases/${caseId}`);
      await other.getByTestId('case-title').waitFor();
      assert.equal(await other.getByTestId('conversation').count(), 0, `${user} may not speak on ${caseId}`);
      assert.equal(await other.getByTestId('message-text').count(), 0);
      await other.context().close();
    }
    assert.deepEqual(errors, [], 'no page error and nothing refused by the Content-Security-Policy');
  } finally {
    await browser.close();
  }
}
