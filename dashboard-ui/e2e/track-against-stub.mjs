// Runs the tracking page's browser test against the stub platform (e2e/track-stub.mjs) and the built page
// (TRACK_DIST, default dist-track/).
import { createTrackStub, STUB_CASE, STUB_CODE, STUB_TOKEN } from './track-stub.mjs';
import { runTrackTest } from './track.spec.mjs';

const stub = createTrackStub();
await stub.start();
try {
  const result = await runTrackTest({
    ...process.env, GATEWAY_URL: stub.origin, TRACKING_CODE: STUB_CODE, CASE_ID: STUB_CASE, OFFICER_TOKEN: STUB_TOKEN,
    SCREENSHOT: process.env.SCREENSHOT ?? 'e2e-output/track-stub.png',
  });
  process.stdout.write(`track browser test passed against the stub: ${result.messages} messages; screenshot `
    + `${result.screenshot}\n`);
} finally {
  await stub.stop();
}
