// Seeds a past month on a running platform for the browser test: registers officer-channel complaints received in
// that month through the gateway (client credentials of intake-officer). Idempotent: the same externalRef again
// answers 200 and changes nothing, so a second run does not double the month.
//   GATEWAY_URL=http://localhost:8080 AUTH_URL=http://localhost:9000 SEED_MONTH=2023-02 node e2e/seed-month.mjs
// then: SEEDED_MONTH=2023-02 SEEDED_FIGURES=api node e2e/dashboard.spec.mjs
// Not for a run that holds the reference months (local-launcher's end-to-end tests drive them through the gateway
// and run this browser test with SEEDED_FIGURES=reference): seeding 2023-02 there would change February's figures.
import assert from 'node:assert/strict';

const gatewayUrl = (process.env.GATEWAY_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const authUrl = (process.env.AUTH_URL ?? 'http://localhost:9000').replace(/\/$/, '');
const month = process.env.SEED_MONTH ?? '2023-02';
const clientId = process.env.INTAKE_CLIENT_ID ?? 'intake-officer';
const secret = process.env.INTAKE_CLIENT_SECRET ?? 'intake-officer-secret';

// The reference month's eight executives' referrals (the reference report's February 2023) and a letter and a walk-in.
const COMPLAINTS = [
  ...Array.from({ length: 8 }, (_, i) => ({ channel: 'EXECUTIVE_REFERRAL', day: 3 + i * 3,
    description: 'ผู้บริหารกทม.ส่งเรื่องร้องเรียนเจ้าหน้าที่ฝ่ายโยธาเรียกรับเงินเพื่ออนุมัติใบอนุญาตก่อสร้างอาคาร' })),
  { channel: 'LETTER', day: 14, description: 'หนังสือร้องเรียนเจ้าหน้าที่เทศกิจเรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยทุกวัน' },
  { channel: 'WALK_IN', day: 21, description: 'ประชาชนร้องเรียนด้วยตนเองว่าเจ้าหน้าที่ฝ่ายรายได้เรียกรับสินบนเพื่อลดภาษีป้าย' },
];

const tokenResponse = await fetch(`${authUrl}/oauth2/token`, {
  method: 'POST',
  headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
    'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'grant_type=client_credentials',
});
assert.equal(tokenResponse.status, 200, 'intake-officer token');
const token = (await tokenResponse.json()).access_token;

let created = 0;
for (const [index, complaint] of COMPLAINTS.entries()) {
  const response = await fetch(`${gatewayUrl}/api/intake/complaints`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channel: complaint.channel, externalRef: `e2e-seed-${month}-${index + 1}`,
      receivedAt: `${month}-${String(complaint.day).padStart(2, '0')}T10:30:00+07:00`,
      description: complaint.description, district: 'ปทุมวัน',
    }),
  });
  assert.ok([200, 202].includes(response.status), `seed complaint ${index + 1}: ${response.status} ${await response.clone().text()}`);
  if (response.status === 202) created += 1;
}
process.stdout.write(`seeded ${month}: ${created} new of ${COMPLAINTS.length} complaints\n`);
