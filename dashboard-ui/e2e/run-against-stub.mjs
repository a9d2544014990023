// Runs the browser test against the stub platform (e2e/stub-server.mjs) and the built dashboard (DIST, default dist/):
// once with the event stream (the figure must arrive live) and the oversight boards filled from the stub's data, and
// once without the stream (the polling fallback must bring the figure) and with the oversight views refused (403).
import { createStub, OVERSIGHT } from './stub-server.mjs';
import { runDashboardTest } from './dashboard.spec.mjs';

const gatewayPort = Number(process.env.GATEWAY_PORT ?? 18080);
const authPort = Number(process.env.AUTH_PORT ?? 19000);
const screenshot = process.env.SCREENSHOT ?? 'e2e-output/dashboard.png';

for (const withStream of [true, false]) {
  const stub = createStub({ gatewayPort, authPort, withStream, withOversight: withStream });
  await stub.start();
  try {
    const result = await runDashboardTest({
      ...process.env, GATEWAY_URL: stub.gatewayOrigin, AUTH_URL: stub.authOrigin, EXPECT_LIVE: String(withStream),
      EXPECT_OVERSIGHT: withStream ? JSON.stringify(OVERSIGHT) : 'forbidden',
      SCREENSHOT: withStream ? screenshot : screenshot.replace(/(\.png)?$/, '-polling.png'),
    });
    const expectedMode = withStream ? 'live' : 'polling';
    if (result.mode !== expectedMode) {
      throw new Error(`expected the dashboard to be ${expectedMode}, it was ${result.mode}`);
    }
    process.stdout.write(`dashboard browser test passed against the stub (${result.mode}): received `
      + `${result.before} -> ${result.after}; screenshot ${result.screenshot}\n`);
  } finally {
    await stub.stop();
  }
}
