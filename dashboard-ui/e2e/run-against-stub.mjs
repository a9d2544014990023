// Runs the browser test against the stub platform (e2e/stub-server.mjs) and the built dashboard in dist/.
import { createStub } from './stub-server.mjs';
import { runDashboardTest } from './dashboard.spec.mjs';

const stub = createStub({ gatewayPort: Number(process.env.GATEWAY_PORT ?? 18080), authPort: Number(process.env.AUTH_PORT ?? 19000) });
await stub.start();
try {
  const result = await runDashboardTest({ ...process.env, GATEWAY_URL: stub.gatewayOrigin, AUTH_URL: stub.authOrigin });
  process.stdout.write(`dashboard browser test passed against the stub: received ${result.before} -> ${result.after} `
    + `(${result.mode}); screenshot ${result.screenshot}\n`);
} finally {
  await stub.stop();
}
