// A stand-in for the platform for the tracking page's browser test, without Kafka, MongoDB or Spring: a "gateway"
// that serves the built page at /track/ with the gateway's page policy, and fakes one complaint's public status and
// conversation (the code in the body; a wrong code is 404; photos and PDFs known by their first bytes; phone numbers
// masked) and the officers' side of it (a bearer token needed; the attachment opens only with one).
//
//   node e2e/track-stub.mjs             (TRACK_PORT=18081 TRACK_DIST=dist-track)
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const DIST = resolve(process.env.TRACK_DIST ?? join(here, '..', 'dist-track'));
const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
  + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export const STUB_CODE = '4921073365018842';
export const STUB_CASE = 'CASE-2026-000311';
export const STUB_TOKEN = 'stub-investigator-token';

function bangkokNow() {
  return new Date(Date.now() + 7 * 3600_000).toISOString().replace(/\.\d+Z$/, '+07:00');
}

function kindOf(bytes) {
  if (bytes[0] === 0x89 && bytes.subarray(1, 4).toString('latin1') === 'PNG') return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export function createTrackStub({ port = Number(process.env.TRACK_PORT ?? 18081) } = {}) {
  const origin = `http://localhost:${port}`;
  const messages = [];
  const attachments = new Map();
  const status = { status: 'IN_PROGRESS', statusTh: 'อยู่ระหว่างดำเนินการ', statusEn: 'In progress',
    receivedAt: '2026-11-20T09:15:02+07:00', lastUpdatedAt: '2026-11-21T10:00:00+07:00' };

  const send = (response, code, body, headers = {}) => {
    response.writeHead(code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const problem = (response, code, detail, violations) => send(response, code, { status: code, detail, violations },
    { 'Content-Type': 'application/problem+json' });
  const publicView = () => ({ ...status, open: true, messages: messages.map((m) => ({ from: m.from, at: m.at,
    text: m.text, ...(m.role ? { role: m.role } : {}),
    attachments: m.attachments.map((a) => ({ contentType: a.contentType, size: a.size })) })) });
  const officerView = () => messages.map((m) => ({ ...m, attachments: m.attachments.map((a) => ({ ...a,
    href: `/api/cases/${STUB_CASE}/messages/attachments/${a.id}` })) }));

  async function publicMessages(request, response, body) {
    const contentType = request.headers['content-type'] ?? '';
    let code;
    let text;
    let files = [];
    if (contentType.startsWith('multipart/form-data')) {
      const form = await new Request(`${origin}/`, { method: 'POST', headers: { 'content-type': contentType }, body })
        .formData();
      code = form.get('trackingCode');
      text = form.get('text') ?? '';
      files = await Promise.all(form.getAll('attachments').filter((f) => f.size > 0 || f.name)
        .map(async (f) => Buffer.from(await f.arrayBuffer())));
    } else {
      ({ trackingCode: code, text } = JSON.parse(body.toString('utf8') || '{}'));
    }
    if ((code ?? '').replace(/[\s-]/g, '') !== STUB_CODE) {
      return problem(response, 404, 'No complaint matches this tracking code.');
    }
    if (text === undefined && files.length === 0) {
      return send(response, 200, publicView());
    }
    const violations = files.map((f, i) => (kindOf(f) ? null : { field: `attachments[${i}]`, rule: 'type' }))
      .filter(Boolean);
    if (violations.length) {
      return problem(response, 400, 'The request breaks a rule.', violations);
    }
    const refs = files.map((bytes) => {
      const ref = { id: randomUUID(), contentType: kindOf(bytes), size: bytes.length };
      attachments.set(ref.id, { ...ref, bytes });
      return ref;
    });
    messages.push({ id: randomUUID(), from: 'COMPLAINANT', at: bangkokNow(),
      text: (text ?? '').replace(/0\d{1,2}-?\d{3}-?\d{4}/g, '[หมายเลขโทรศัพท์]'), attachments: refs });
    return send(response, 201, publicView());
  }

  async function officers(request, response, url, body) {
    if (request.headers.authorization !== `Bearer ${STUB_TOKEN}`) {
      return problem(response, 401, 'Sign in.');
    }
    const attachment = url.pathname.match(/^\/api\/cases\/[^/]+\/messages\/attachments\/([^/]+)$/);
    if (attachment && attachments.has(attachment[1])) {
      const found = attachments.get(attachment[1]);
      response.writeHead(200, { 'Content-Type': found.contentType, 'Content-Disposition': 'attachment' });
      return response.end(found.bytes);
    }
    if (url.pathname !== `/api/cases/${STUB_CASE}/messages`) {
      return problem(response, 404, 'No such case.');
    }
    if (request.method === 'POST') {
      const message = { id: randomUUID(), from: 'OFFICER', role: 'INVESTIGATOR', by: 'investigator-e2e',
        at: bangkokNow(), text: JSON.parse(body.toString('utf8')).text, attachments: [] };
      messages.push(message);
      return send(response, 201, message);
    }
    messages.filter((m) => m.from === 'COMPLAINANT' && !m.readAt).forEach((m) => { m.readAt = bangkokNow(); });
    return send(response, 200, officerView());
  }

  async function page(response, url) {
    const relative = url.pathname === '/track' || url.pathname === '/track/' ? 'index.html'
      : normalize(url.pathname.slice('/track/'.length)).replace(/^(\.\.[/\\])+/, '');
    try {
      const content = await readFile(join(DIST, relative));
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
        'Content-Security-Policy': PAGE_POLICY, 'X-Content-Type-Options': 'nosniff' });
      return response.end(content);
    } catch {
      return problem(response, 404, 'Not found.');
    }
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, origin);
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    try {
      if (url.pathname === '/api/public/messages' && request.method === 'POST') {
        return await publicMessages(request, response, body);
      }
      if (url.pathname.startsWith('/api/cases/')) {
        return await officers(request, response, url, body);
      }
      if (url.pathname.startsWith('/track')) {
        return await page(response, url);
      }
      return problem(response, 404, 'Not found.');
    } catch (error) {
      return problem(response, 500, error.message);
    }
  });
  return {
    origin,
    start: () => new Promise((done) => server.listen(port, '127.0.0.1', done)),
    stop: () => new Promise((done) => server.close(done)),
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const stub = createTrackStub();
  await stub.start();
  process.stdout.write(`tracking page stub at ${stub.origin}/track/ (code ${STUB_CODE})\n`);
}
