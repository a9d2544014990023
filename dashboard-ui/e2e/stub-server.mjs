// A stand-in for the platform, for developing the dashboard and its browser test without Kafka, MongoDB or Spring:
// a "gateway" that serves the built dashboard at /dashboard/ and fakes the statistics API, its event stream, the
// cases list, the units' progress and the follow-up list, and officer intake; and an "authorization server" with a sign-in form, the authorization-code flow
// with PKCE (S256 checked) and client credentials. Figures of February to April 2023 are the centre's
// reference report's (docs/statistics.md, "The reference months").
//
//   node e2e/stub-server.mjs            (GATEWAY_PORT=18080 AUTH_PORT=19000 DIST=dist; STREAM=off: no event stream;
//                                        OVERSIGHT=forbidden: the progress and follow-up views answer 403)
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const DIST = resolve(process.env.DIST ?? join(here, '..', 'dist'));

const empty = () => ({ byChannel: {}, byLineOfWork: { PUBLIC_WORKS: 0, CITY_LAW_ENFORCEMENT: 0, REVENUE: 0, ENVIRONMENT: 0, OTHER: 0 },
  byChannelAndLineOfWork: {}, byDisposition: {}, byDistrict: {}, screenedOutByChannel: {},
  deadlines: { open: 0, dueWithin7Days: 0, breached: 0, metOnTime: 0 } });

function bangkokNow() {
  return new Date(Date.now() + 7 * 3600_000).toISOString().replace('Z', '+07:00');
}

/**
 * What case tracking's oversight views answer in the stub: this month's progress reports by unit (one unit reported on
 * everything, one is missing a report and filed one without progress, a working group has reported nothing) and the
 * director's follow-up list, the longest listed first.
 */
export const OVERSIGHT = {
  progress: [
    { code: 'DISTRICT-PATHUMWAN', nameTh: 'สำนักงานเขตปทุมวัน', nameEn: 'Pathum Wan District Office', held: 2, onTime: 2,
      late: 0, missing: [], withoutProgress: [] },
    { code: 'DISTRICT-BANG-RAK', nameTh: 'สำนักงานเขตบางรัก', nameEn: 'Bang Rak District Office', held: 3, onTime: 1,
      late: 0, missing: ['CASE-2026-000112'], withoutProgress: ['CASE-2026-000087'] },
    { code: 'WG-3', nameTh: 'คณะทำงานที่ 3', nameEn: 'Working group 3', held: 2, onTime: 0, late: 0,
      missing: ['CASE-2026-000120', 'CASE-2026-000121'], withoutProgress: [] },
  ],
  followUp: {
    items: [
      { caseId: 'CASE-2026-000045', state: 'UNDER_VERIFICATION',
        destination: { kind: 'KK_OFFICE', code: 'KK-OFFICE', nameTh: 'สำนักงาน ก.ก.', nameEn: 'Civil Service Commission office' },
        followUp: { since: '2026-09-02T00:00:05+07:00', reasons: ['DEADLINE_BREACHED', 'STALE'] } },
      { caseId: 'CASE-2026-000087', state: 'FORWARDED_TO_UNIT',
        destination: { kind: 'UNIT', code: 'DISTRICT-BANG-RAK', nameTh: 'สำนักงานเขตบางรัก', nameEn: 'Bang Rak District Office' },
        followUp: { since: '2026-10-18T14:30:00+07:00', reasons: ['NO_PROGRESS'] } },
    ],
    page: 0,
    totalItems: 2,
  },
};

export function createStub({ gatewayPort = 18080, authPort = 19000, withStream = true, withOversight = true } = {}) {
  const gatewayOrigin = `http://localhost:${gatewayPort}`;
  const authOrigin = `http://localhost:${authPort}`;
  const months = new Map();
  const month = (key) => {
    if (!months.has(key)) months.set(key, { month: key, asOf: bangkokNow(), received: 0, ...empty() });
    return months.get(key);
  };
  Object.assign(month('2023-02'), {
    received: 23, byChannel: { TRAFFY_FONDUE: 15, EXECUTIVE_REFERRAL: 8 },
    byLineOfWork: { PUBLIC_WORKS: 2, CITY_LAW_ENFORCEMENT: 4, REVENUE: 0, ENVIRONMENT: 1, OTHER: 16 },
    byDisposition: { COMPLETED: 4, FORWARDED_TO_UNIT: 5, FORWARDED_TO_WORKING_GROUP: 11, REFERRED_TO_NACC: 2,
      REFERRED_TO_PACC: 1, UNDER_VERIFICATION: 0 },
    screenedOutByChannel: { TRAFFY_FONDUE: 41 },
    deadlines: { open: 4, dueWithin7Days: 1, breached: 0, metOnTime: 9 },
  });
  Object.assign(month('2023-03'), {
    received: 52, byChannel: { TRAFFY_FONDUE: 30, EXECUTIVE_REFERRAL: 22 },
    byLineOfWork: { PUBLIC_WORKS: 2, CITY_LAW_ENFORCEMENT: 12, REVENUE: 1, ENVIRONMENT: 3, OTHER: 34 },
    byDisposition: { COMPLETED: 14, FORWARDED_TO_UNIT: 22, FORWARDED_TO_WORKING_GROUP: 15, UNDER_VERIFICATION: 1 },
  });
  Object.assign(month('2023-04'), {
    received: 16, byChannel: { TRAFFY_FONDUE: 12, EXECUTIVE_REFERRAL: 4 },
    byLineOfWork: { PUBLIC_WORKS: 3, CITY_LAW_ENFORCEMENT: 2, REVENUE: 2, ENVIRONMENT: 1, OTHER: 8 },
    byDisposition: { FORWARDED_TO_UNIT: 10, FORWARDED_TO_WORKING_GROUP: 3, UNDER_VERIFICATION: 3 },
  });
  const currentKey = bangkokNow().slice(0, 7);
  Object.assign(month(currentKey), {
    received: 7, byChannel: { TRAFFY_FONDUE: 4, HOTLINE_1555: 2, WEBSITE: 1 },
    byLineOfWork: { PUBLIC_WORKS: 2, CITY_LAW_ENFORCEMENT: 3, REVENUE: 0, ENVIRONMENT: 0, OTHER: 2 },
    byDisposition: { FORWARDED_TO_UNIT: 3, FORWARDED_TO_WORKING_GROUP: 2, UNDER_VERIFICATION: 2 },
    deadlines: { open: 2, dueWithin7Days: 1, breached: 1, metOnTime: 0 },
  });

  const codes = new Map(); // authorization code -> {challenge, redirectUri, clientId}
  const tokens = new Set();
  const streams = new Set();
  let complaints = 0;

  const issue = () => {
    const token = randomBytes(24).toString('base64url');
    tokens.add(token);
    return { access_token: token, token_type: 'Bearer', expires_in: 300 };
  };
  const send = (res, status, body, headers = {}) => {
    const json = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json', ...headers });
    res.end(json);
  };
  const readBody = (req) => new Promise((ok) => {
    let data = '';
    req.on('data', (c) => { data += c; });
    req.on('end', () => ok(data));
  });
  const authorised = (req) => tokens.has((req.headers.authorization ?? '').replace(/^Bearer /, ''));
  const publish = (figures) => {
    streams.forEach((res) => res.write(`event: monthly\ndata: ${JSON.stringify(figures)}\n\n`));
  };

  // The policy the gateway sends with every page (gateway security/PageHeaders): nothing inline, API and sign-in only.
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    + `connect-src 'self' ${authOrigin}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
  const gateway = createServer(async (req, res) => {
    const url = new URL(req.url, gatewayOrigin);
    const path = url.pathname;
    if (path === '/dashboard') return send(res, 302, '', { Location: '/dashboard/' });
    if (path === '/dashboard/config.json') return send(res, 200, { issuer: authOrigin, clientId: 'dashboard-ui' });
    if (path.startsWith('/dashboard/')) {
      const file = normalize(join(DIST, path.slice('/dashboard/'.length) || 'index.html'));
      if (!file.startsWith(DIST)) return send(res, 404, 'not found');
      const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
      try {
        const content = await readFile(file);
        res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp });
        return res.end(content);
      } catch {
        res.writeHead(200, { 'Content-Type': types['.html'], 'Content-Security-Policy': csp });
        return res.end(await readFile(join(DIST, 'index.html')));
      }
    }
    if (!path.startsWith('/api/')) return send(res, 404, { title: 'Not Found', status: 404 });
    if (!authorised(req)) return send(res, 401, { title: 'Unauthorized', status: 401 });

    let match;
    if (path === '/api/statistics/stream' && withStream) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      res.write(`event: monthly\ndata: ${JSON.stringify(month(currentKey))}\n\n`);
      streams.add(res);
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      req.on('close', () => { clearInterval(heartbeat); streams.delete(res); });
      return undefined;
    }
    if ((match = /^\/api\/statistics\/monthly\/(\d{4}-\d{2})\/report$/.exec(path))) {
      const s = month(match[1]);
      return send(res, 200, url.searchParams.get('lang') === 'en'
        ? `Complaints received (stub) ${s.month}\n${s.received} complaints received\n`
        : `สถิติการรับเรื่องร้องเรียน (ตัวอย่าง) ${s.month}\nรับเรื่องร้องเรียน ${s.received} เรื่อง\n`);
    }
    if ((match = /^\/api\/statistics\/monthly\/(\d{4}-\d{2})$/.exec(path))) {
      if (match[1] > currentKey) return send(res, 400, { title: 'Bad Request', status: 400 });
      return send(res, 200, month(match[1]));
    }
    if (path === '/api/cases') {
      const due = url.searchParams.get('due');
      const items = due === 'soon' ? [{ caseId: 'CASE-STUB-1', lineOfWork: 'CITY_LAW_ENFORCEMENT', district: 'ปทุมวัน',
        destination: { kind: 'WORKING_GROUP', code: 'WG-3', nameTh: 'คณะทำงานที่ 3', nameEn: 'Working group 3' },
        deadline: { kind: 'SUBCOMMITTEE_APPOINTMENT', dueAt: bangkokNow(), status: 'OPEN' } }] : [];
      return send(res, 200, { items, page: 0, size: 20, totalItems: items.length });
    }
    if (path === '/api/cases/progress' || path === '/api/cases/follow-up') {
      // like case tracking for a role that may not read the oversight views (an intake officer's dashboard token)
      if (!withOversight) return send(res, 403, { title: 'Forbidden', status: 403 });
      if (path === '/api/cases/follow-up') return send(res, 200, { ...OVERSIGHT.followUp, size: Number(url.searchParams.get('size')) });
      if (url.searchParams.get('month') !== currentKey) {
        return send(res, 400, { title: 'Bad Request', status: 400, detail: `month is not the current month ${currentKey}` });
      }
      return send(res, 200, OVERSIGHT.progress);
    }
    if (path === '/api/intake/complaints' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req));
      const s = month(String(body.receivedAt ?? bangkokNow()).slice(0, 7));
      s.received += 1;
      s.byChannel[body.channel] = (s.byChannel[body.channel] ?? 0) + 1;
      s.byLineOfWork.OTHER += 1;
      s.byDisposition.UNDER_VERIFICATION = (s.byDisposition.UNDER_VERIFICATION ?? 0) + 1;
      s.asOf = bangkokNow();
      complaints += 1;
      setTimeout(() => publish(s), 300); // the platform's figures follow the 202, not with it
      return send(res, 202, { complaintId: `stub-${complaints}`, trackingCode: `STUB-${complaints}` });
    }
    return send(res, 404, { title: 'Not Found', status: 404 });
  });

  const cors = { 'Access-Control-Allow-Origin': gatewayOrigin, 'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Allow-Methods': 'POST, GET' };
  const auth = createServer(async (req, res) => {
    const url = new URL(req.url, authOrigin);
    if (req.method === 'OPTIONS') return send(res, 204, '', cors);
    if (url.pathname === '/oauth2/authorize') {
      // like the platform's authorization server: the dashboard client may ask for the dashboard scope alone
      if (url.searchParams.get('scope') !== 'dashboard') return send(res, 400, 'invalid_scope');
      const hidden = [...url.searchParams].map(([k, v]) =>
        `<input type="hidden" name="${k}" value="${v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">`).join('');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><title>Please sign in</title><form method="post" action="/login">${hidden}
        <input id="username" name="username"><input id="password" name="password" type="password">
        <button type="submit">Sign in</button></form>`);
    }
    if (url.pathname === '/login' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('username') !== 'director' || form.get('password') !== 'director-password'
        || form.get('client_id') !== 'dashboard-ui' || form.get('code_challenge_method') !== 'S256') {
        return send(res, 401, 'bad credentials');
      }
      const code = randomBytes(16).toString('base64url');
      codes.set(code, { challenge: form.get('code_challenge'), redirectUri: form.get('redirect_uri') });
      const back = new URL(form.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', form.get('state'));
      return send(res, 302, '', { Location: back.toString() });
    }
    if (url.pathname === '/oauth2/token' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('grant_type') === 'authorization_code') {
        const pending = codes.get(form.get('code'));
        codes.delete(form.get('code'));
        const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
        if (!pending || pending.challenge !== challenge || pending.redirectUri !== form.get('redirect_uri')) {
          return send(res, 400, { error: 'invalid_grant' }, cors);
        }
        return send(res, 200, issue(), cors);
      }
      const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
      if (form.get('grant_type') === 'client_credentials' && basic === 'intake-officer:intake-officer-secret') {
        return send(res, 200, issue(), cors);
      }
      return send(res, 401, { error: 'invalid_client' }, cors);
    }
    return send(res, 404, 'not found');
  });

  return {
    gatewayOrigin,
    authOrigin,
    start: () => Promise.all([new Promise((ok) => gateway.listen(gatewayPort, ok)), new Promise((ok) => auth.listen(authPort, ok))]),
    stop: () => {
      streams.forEach((res) => res.end());
      gateway.closeAllConnections();
      auth.closeAllConnections();
      return Promise.all([new Promise((ok) => gateway.close(ok)), new Promise((ok) => auth.close(ok))]);
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stub = createStub({ gatewayPort: Number(process.env.GATEWAY_PORT ?? 18080), authPort: Number(process.env.AUTH_PORT ?? 19000),
    withStream: process.env.STREAM !== 'off', withOversight: process.env.OVERSIGHT !== 'forbidden' });
  await stub.start();
  process.stderr.write(`stub gateway ${stub.gatewayOrigin}/dashboard/ · stub authorization server ${stub.authOrigin}\n`);
}
