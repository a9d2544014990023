// The workspace's browser test against the stub platform (stub-platform.mjs) and the built workspace (DIST, default
// dist-workspace/): every role's main path in Thai, then in English, on the stub's two complaints awaiting triage; then
// the tour of the other views (tour.spec.mjs) and the conversation with the complainant (conversation.spec.mjs).
import { runConversationTest } from './conversation.spec.mjs';
import { createStubPlatform } from './stub-platform.mjs';
import { runWorkspaceTour } from './tour.spec.mjs';
import { runWorkspaceTest } from './workspace.spec.mjs';

const stub = createStubPlatform({ gatewayPort: Number(process.env.GATEWAY_PORT ?? 18081), authPort: Number(process.env.AUTH_PORT ?? 19001) });
await stub.start();
try {
  const ids = stub.data.triage.map((item) => item.complaintId).reverse();
  const result = await runWorkspaceTest({ ...process.env, GATEWAY_URL: stub.gatewayOrigin, AUTH_URL: stub.authOrigin,
    TRIAGE_COMPLAINT_IDS: ids.join(','), INTERNAL_CASE_IDS: 'CASE-STUB-0004,CASE-STUB-0005',
    DOUBTED_COMPLAINT_IDS: stub.data.triage.filter((item) => item.screeningDoubt).map((item) => item.complaintId).join(',') });
  process.stdout.write(`workspace browser test passed against the stub; screenshots ${result.pictures.join(', ')}\n`);
  await runWorkspaceTour({ ...process.env, GATEWAY_URL: stub.gatewayOrigin, AUTH_URL: stub.authOrigin });
  process.stdout.write('workspace tour passed against the stub: internal track, follow-up, rules, a refused reveal, scope, a triage item closed as not a corruption complaint, registration\n');
  await runConversationTest({ ...process.env, GATEWAY_URL: stub.gatewayOrigin, AUTH_URL: stub.authOrigin }, stub);
  process.stdout.write('workspace conversation passed against the stub: unread replies, reading, an attachment, writing, a reply arriving, a refusal\n');
} finally {
  await stub.stop();
}
