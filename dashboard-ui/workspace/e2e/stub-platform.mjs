// A stand-in for the platform while developing the officers' workspace and for its quick browser test: a "gateway"
// serving the built workspace at /workspace/ (any address under it answers the page, as the gateway does) and faking
// the officers' APIs in memory, and an "authorization server" whose sign-in form knows the demo users, checks the
// officer-tools client, the officer scope and PKCE, and issues tokens whose payload carries sub, roles and unit.
//
//   node workspace/e2e/stub-platform.mjs     (GATEWAY_PORT=18081 AUTH_PORT=19001 DIST=dist-workspace)
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The local profile's web sign-in users: password `<user>-password`. */
export const USERS = {
  director: { roles: ['DIRECTOR'] },
  intake: { roles: ['INTAKE_OFFICER'] },
  investigator: { roles: ['INVESTIGATOR'] },
  pathumwan: { roles: ['UNIT_OFFICER'], unit: 'DISTRICT-1007' },
  wg3: { roles: ['UNIT_OFFICER'], unit: 'WG-3' },
  confidentiality: { roles: ['CONFIDENTIALITY_OFFICER'] },
  auditor: { roles: ['AUDITOR'] },
};

const DIRECTORY = [
  { code: 'DISTRICT-1007', kind: 'DISTRICT_OFFICE', nameTh: 'สำนักงานเขตปทุมวัน', nameEn: 'Pathum Wan District Office' },
  { code: 'WG-3', kind: 'WORKING_GROUP', nameTh: 'คณะทำงานที่ 3 (เทศกิจ)', nameEn: 'Working group 3 (city law enforcement)' },
  { code: 'CSC-OFFICE', kind: 'INTERNAL_TRACK', nameTh: 'สำนักงาน ก.ก.', nameEn: 'BMA Civil Service Commission office' },
  { code: 'TRIAGE', kind: 'CENTRE', nameTh: 'ศตท.กทม. (คัดแยก)', nameEn: 'Centre (triage)' },
];
const KIND = { DISTRICT_OFFICE: 'UNIT', WORKING_GROUP: 'WORKING_GROUP', INTERNAL_TRACK: 'INTERNAL_TRACK', CENTRE: 'TRIAGE' };
const DISPOSITION = { UNIT: 'FORWARDED_TO_UNIT', WORKING_GROUP: 'FORWARDED_TO_WORKING_GROUP', INTERNAL_TRACK: 'UNDER_VERIFICATION',
  TRIAGE: 'UNDER_VERIFICATION' };
/** The state an internal-track step leaves a case in (the stub does not refuse a step out of order). */
const STEP_STATE = { 'find-credible': 'PRESENTED_TO_DIRECTOR', 'find-not-credible': 'NOT_CREDIBLE',
  'appoint-subcommittee': 'SUBCOMMITTEE_APPOINTED', 'find-grounded': 'GROUNDED', 'find-not-grounded': 'NOT_GROUNDED',
  'record-order': 'ORDER_GIVEN', complete: 'COMPLETED' };
/** Where the stub's "rules" send a line of work when the officer names no destination. */
const BY_LINE = { CITY_LAW_ENFORCEMENT: 'WG-3', PUBLIC_WORKS: 'DISTRICT-1007', REVENUE: 'DISTRICT-1007', ENVIRONMENT: 'DISTRICT-1007', OTHER: 'DISTRICT-1007' };

function destinationOf(code) {
  const unit = DIRECTORY.find((u) => u.code === code);
  return unit && { kind: KIND[unit.kind], code: unit.code, nameTh: unit.nameTh, nameEn: unit.nameEn };
}

function iso(ms) {
  return new Date(ms + 7 * 3600_000).toISOString().replace(/\.\d+Z$/, '+07:00');
}

/** The complainant's "photo": a 1×1 PNG, its bytes checked by the browser test after the officer opened it. */
export const STUB_PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const problem = (status, title, detail, violations) => ({ type: 'about:blank', title, status, detail, ...(violations ? { violations } : {}) });
const substance = (reason) => {
  const letters = [...String(reason ?? '')].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 15 && new Set(letters).size >= 8;
};

/** The stub's cases and queues, made fresh for every run: two complaints wait for triage, one case is Pathum Wan's. */
export function seed(now = Date.now()) {
  const day = 86_400_000;
  const masked = 'ผู้ร้อง [ชื่อบุคคล] โทร [เบอร์โทรศัพท์] แจ้งว่าเจ้าหน้าที่เรียกรับสินบน';
  const triage = [
    // not about corruption at all (a road to mend): the tour closes it as such; first here, so that the main path's
    // two runs, which take the queue's ids in reverse, keep the other two
    { complaintId: 'CMP-STUB-0007', channel: 'TRAFFY_FONDUE', receivedAt: iso(now - day), district: 'บางกะปิ', categories: ['ถนน'],
      description: 'ถนนหน้าซอยเป็นหลุมลึกมาหลายเดือน แจ้งเขตแล้วยังไม่มีใครมาซ่อม อยากรู้ว่างบซ่อมถนนไปไหน', suggestedLineOfWork: 'PUBLIC_WORKS',
      confidence: 0.35, reasonTh: 'การคัดกรองไม่แน่ใจว่าเป็นเรื่องร้องเรียนการทุจริต', reasonEn: 'Screening was unsure it is a corruption complaint',
      screeningDoubt: { signal: 'LEARNED-SIGNAL', score: 0.921, threshold: 0.913,
        reasonTh: 'ไม่มีกฎคัดกรองใดรับเรื่องนี้ แต่แบบจำลองที่เรียนรู้ให้คะแนน 0.921 (เกณฑ์ 0.913)',
        reasonEn: 'No screening rule took it in; the learned signal scored it 0.921 (threshold 0.913)' } },
    { complaintId: 'CMP-STUB-0002', channel: 'WEBSITE', receivedAt: iso(now - 2 * day), district: 'ปทุมวัน', categories: [],
      description: `${masked} จากผู้ค้าหน้าตลาด`, suggestedLineOfWork: 'CITY_LAW_ENFORCEMENT', confidence: 0.41,
      reasonTh: 'พบคำว่า "ผู้ค้า" แต่ความมั่นใจต่ำกว่าเกณฑ์', reasonEn: 'Found "vendors" but below the confidence threshold' },
    { complaintId: 'CMP-STUB-0001', channel: 'LETTER', receivedAt: iso(now - 5 * day), district: 'บางรัก', categories: [],
      description: `${masked} เรื่องใบอนุญาตก่อสร้าง`, suggestedLineOfWork: 'PUBLIC_WORKS', confidence: 0.38,
      reasonTh: 'พบคำว่า "ก่อสร้าง" แต่ความมั่นใจต่ำกว่าเกณฑ์', reasonEn: 'Found "construction" but below the confidence threshold',
      screeningDoubt: { signal: 'LEARNED-SIGNAL', score: 0.962, threshold: 0.913,
        reasonTh: 'ไม่มีกฎคัดกรองใดรับเรื่องนี้ แต่แบบจำลองที่เรียนรู้ให้คะแนน 0.962 (เกณฑ์ 0.913)',
        reasonEn: 'No screening rule took it in; the learned signal scored it 0.962 (threshold 0.913)' } },
  ];
  const caseOf = (n, complaint, extra) => ({
    caseId: `CASE-STUB-000${n}`, complaintId: complaint.complaintId, channel: complaint.channel, receivedAt: complaint.receivedAt,
    district: complaint.district, state: 'UNDER_VERIFICATION', disposition: 'UNDER_VERIFICATION', lineOfWork: 'OTHER',
    destination: destinationOf('TRIAGE'), routing: { ruleId: 'low-confidence', ruleVersion: 1, reasonTh: 'ความมั่นใจต่ำ ส่งคัดแยก',
      reasonEn: 'Low confidence: sent to triage', confidence: complaint.confidence }, deadline: null, caseVersion: 1,
    complaint: { description: complaint.description }, timeline: [{ at: complaint.receivedAt, event: 'RECEIVED' }], ...extra,
  });
  const cases = [
    caseOf(1, triage[2]), caseOf(2, triage[1]),
    caseOf(3, { complaintId: 'CMP-STUB-0003', channel: 'HOTLINE_1555', receivedAt: iso(now - 20 * day), district: 'ปทุมวัน',
      description: masked, confidence: 0.93 }, {
      state: 'FORWARDED_TO_UNIT', disposition: 'FORWARDED_TO_UNIT', lineOfWork: 'PUBLIC_WORKS', destination: destinationOf('DISTRICT-1007'),
      routing: { ruleId: 'district-office', ruleVersion: 3, reasonTh: 'งานโยธาในเขตปทุมวัน ส่งสำนักงานเขต', reasonEn: 'Public works in Pathum Wan: the district office', confidence: 0.93 } }),
    caseOf(4, { complaintId: 'CMP-STUB-0004', channel: 'EXECUTIVE_REFERRAL', receivedAt: iso(now - 25 * day), district: 'ดินแดง',
      description: 'ผู้บริหารส่งเรื่องข้าราชการระดับสูงเรียกรับเงิน', confidence: 0.97 }, {
      state: 'PRELIMINARY_REVIEW', disposition: 'UNDER_VERIFICATION', destination: destinationOf('CSC-OFFICE'),
      deadline: { kind: 'SUBCOMMITTEE_APPOINTMENT', startedAt: iso(now - 24 * day), dueAt: iso(now + 6 * day), status: 'OPEN' }, followUp: null,
      routing: { ruleId: 'senior-official', ruleVersion: 2, reasonTh: 'ผู้ถูกร้องเป็นข้าราชการระดับสูง', reasonEn: 'The accused is a senior official', confidence: 0.97 } }),
  ];
  cases.push(caseOf(5, { complaintId: 'CMP-STUB-0005', channel: 'LETTER', receivedAt: iso(now - 50 * day), district: 'บางกอกน้อย',
    description: 'หนังสือร้องเรียนผู้อำนวยการเขตเรียกรับเงิน', confidence: 0.95 }, {
    state: 'PRELIMINARY_REVIEW', disposition: 'UNDER_VERIFICATION', destination: destinationOf('CSC-OFFICE'),
    deadline: { kind: 'SUBCOMMITTEE_APPOINTMENT', startedAt: iso(now - 45 * day), dueAt: iso(now - 15 * day), status: 'BREACHED' },
    followUp: { since: iso(now - 15 * day), reasons: ['DEADLINE_BREACHED'] } }));
  cases.push(caseOf(6, { complaintId: 'CMP-STUB-0006', channel: 'HOTLINE_1555', receivedAt: iso(now - 200 * day), district: 'ปทุมวัน',
    description: 'เจ้าหน้าที่เทศกิจเรียกเก็บเงินผู้ค้า', confidence: 0.9 }, {
    state: 'COMPLETED', disposition: 'FORWARDED_TO_UNIT', lineOfWork: 'PUBLIC_WORKS', destination: destinationOf('DISTRICT-1007') }));
  cases.push(caseOf(7, triage[0]));
  // Pathum Wan's case: the officer asked, the complainant answered with a photo, nobody has read the answer yet
  const messages = {
    'CASE-STUB-0003': [
      { id: 'M-1', from: 'OFFICER', at: iso(now - 3 * day), text: 'ขอทราบวันและเวลาที่พบเหตุ และมีภาพถ่ายหรือไม่', role: 'UNIT_OFFICER',
        by: 'pathumwan', attachments: [] },
      { id: 'M-2', from: 'COMPLAINANT', at: iso(now - day), text: 'พบเมื่อวันจันทร์ เวลาประมาณ 10 โมง โทร [เบอร์โทรศัพท์] ได้ ส่งภาพมาให้แล้ว',
        unread: true, attachments: [{ id: 'att-0001', contentType: 'image/png', size: 70, href: '/api/cases/CASE-STUB-0003/messages/attachments/att-0001' }] },
    ],
    'CASE-STUB-0006': [{ id: 'M-3', from: 'COMPLAINANT', at: iso(now - 100 * day), text: 'ขอบคุณครับ', attachments: [] }],
  };
  const rules = [
    { ruleId: 'district-office', version: 3, priority: 30, enabled: true, reasonTh: 'ส่งสำนักงานเขต', reasonEn: 'To the district office',
      when: { linesOfWork: ['PUBLIC_WORKS'] }, then: { type: 'RESPONSIBLE_UNIT' } },
  ];
  const versions = { 'district-office': [
    { ruleId: 'district-office', version: 1, priority: 30, enabled: true, when: { linesOfWork: ['PUBLIC_WORKS'] }, then: { type: 'TRIAGE' },
      createdAt: iso(now - 90 * day), createdBy: 'director', changeNote: 'first version' },
    { ruleId: 'district-office', version: 2, priority: 30, enabled: true, when: { linesOfWork: ['PUBLIC_WORKS', 'REVENUE'] }, then: { type: 'RESPONSIBLE_UNIT' },
      createdAt: iso(now - 60 * day), createdBy: 'director', changeNote: 'to the unit' },
    { ruleId: 'district-office', version: 3, priority: 30, enabled: true, when: { linesOfWork: ['PUBLIC_WORKS'] }, then: { type: 'RESPONSIBLE_UNIT' },
      createdAt: iso(now - 30 * day), createdBy: 'director', changeNote: 'revenue goes to its own rule' }] };
  const audit = versions['district-office'].map((v) => ({ id: `A-${v.version}`, ruleId: v.ruleId, fromVersion: v.version - 1,
    toVersion: v.version, changedBy: v.createdBy, changedAt: v.createdAt, changeNote: v.changeNote }));
  const screening = [{ ruleId: 'bribe-terms', version: 1, kind: 'TERM', effect: 'IN_SCOPE', enabled: true,
    groups: [['สินบน', 'เรียกรับ']], reason: 'คำที่บ่งชี้การทุจริต' }];
  return { triage, cases, messages, rules, versions, audit, screening, reveals: [], particulars: {
    'CMP-STUB-0001': { name: 'นางสาวสมหญิง ใจดี', phone: '0812345678', anonymous: false, originalDescription: 'สมหญิง โทร 0812345678 ...' },
    'CMP-STUB-0002': { name: 'นายสมชาย รักชาติ', phone: '0898765432', anonymous: false, originalDescription: 'สมชาย โทร 0898765432 ...' },
  } };
}

export function createStubPlatform({ gatewayPort = 18081, authPort = 19001, dist = process.env.DIST ?? join(here, '..', '..', 'dist-workspace') } = {}) {
  const DIST = resolve(dist);
  const gatewayOrigin = `http://localhost:${gatewayPort}`;
  const authOrigin = `http://localhost:${authPort}`;
  const data = { ...seed(), attachmentsOpened: [] };
  const codes = new Map();
  const tokens = new Map(); // access token -> {sub, roles, unit}
  let registered = 0;

  const send = (res, status, body, headers = {}) => {
    const isText = typeof body === 'string';
    const type = isText ? 'text/plain; charset=utf-8' : (status >= 400 ? 'application/problem+json' : 'application/json');
    res.writeHead(status, { 'Content-Type': type, ...headers });
    res.end(isText ? body : JSON.stringify(body));
  };
  const readBody = (req) => new Promise((ok) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => ok(body));
  });
  const speaks = (who, c) => who.roles.includes('DIRECTOR')
    || (who.roles.includes('INVESTIGATOR') && c.destination?.kind === 'INTERNAL_TRACK')
    || (who.roles.includes('UNIT_OFFICER') && c.destination?.code === who.unit);
  const visible = (who, c) => !who.roles.includes('UNIT_OFFICER') || who.roles.length > 1 || c.destination?.code === who.unit;
  const touch = (c, event, detail, by) => {
    c.caseVersion += 1;
    c.timeline.push({ at: iso(Date.now()), event, detail, by });
  };
  const route = (c, lineOfWork, code, by, event) => {
    if (lineOfWork) c.lineOfWork = lineOfWork;
    c.destination = destinationOf(code);
    c.disposition = DISPOSITION[c.destination.kind];
    c.state = c.disposition;
    touch(c, event, `${c.lineOfWork} → ${code}`, by);
  };

  async function api(req, res, url, who) {
    const path = url.pathname;
    const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : null;
    const is = (...roles) => roles.some((r) => who.roles.includes(r));
    const forbidden = () => send(res, 403, problem(403, 'Forbidden', 'This role may not do this.'));
    let m;
    if (path === '/api/routing/triage') return is('INTAKE_OFFICER', 'DIRECTOR') ? send(res, 200, data.triage) : forbidden();
    if ((m = /^\/api\/routing\/triage\/([^/]+)\/decision$/.exec(path))) {
      if (!is('INTAKE_OFFICER', 'DIRECTOR')) return forbidden();
      const item = data.triage.find((i) => i.complaintId === m[1]);
      if (!item) return send(res, 404, problem(404, 'Not Found', 'No complaint under verification with this id.'));
      const violations = [];
      const notCorruption = body.outcome === 'NOT_CORRUPTION';
      if (body.outcome !== undefined && !['ROUTED', 'NOT_CORRUPTION'].includes(body.outcome)) violations.push({ field: 'outcome', rule: 'type', message: 'ROUTED or NOT_CORRUPTION.' });
      if (notCorruption) {
        for (const f of ['lineOfWork', 'destinationCode']) {
          if (body[f] !== undefined) violations.push({ field: f, rule: 'absent-when-not-corruption', message: 'Not a corruption complaint: none.' });
        }
      } else if (!BY_LINE[body.lineOfWork]) violations.push({ field: 'lineOfWork', rule: 'NotNull', message: 'Give the line of work.' });
      if (!String(body.reason ?? '').trim()) violations.push({ field: 'reason', rule: 'NotBlank', message: 'Say why.' });
      if (body.destinationCode && !destinationOf(body.destinationCode)) violations.push({ field: 'destinationCode', rule: 'known', message: 'No such body in the directory.' });
      if (violations.length) return send(res, 400, problem(400, 'Bad Request', `The request breaks ${violations.length} rule(s).`, violations));
      data.triage = data.triage.filter((i) => i !== item);
      if (notCorruption) {
        const c = data.cases.find((x) => x.complaintId === item.complaintId);
        Object.assign(c, { state: 'NOT_CORRUPTION', disposition: 'COMPLETED', deadline: null });
        touch(c, 'CLOSED_NOT_CORRUPTION', 'OFFICER-NOT-CORRUPTION', who.sub);
        return send(res, 200, { complaintId: item.complaintId, kind: 'NOT_CORRUPTION', disposition: 'COMPLETED' });
      }
      route(data.cases.find((c) => c.complaintId === item.complaintId), body.lineOfWork, body.destinationCode || BY_LINE[body.lineOfWork], who.sub, 'TRIAGE_RESOLVED');
      return send(res, 200, { complaintId: item.complaintId, kind: 'TRIAGE_RESOLVED' });
    }
    if ((m = /^\/api\/routing\/complaints\/([^/]+)\/reroute$/.exec(path))) {
      if (!is('INTAKE_OFFICER', 'DIRECTOR')) return forbidden();
      const c = data.cases.find((x) => x.complaintId === m[1]);
      if (!c) return send(res, 404, problem(404, 'Not Found', 'No such complaint.'));
      if (!destinationOf(body.destinationCode) || !String(body.reason ?? '').trim()) {
        return send(res, 400, problem(400, 'Bad Request', 'The request breaks 1 rule(s).',
          [{ field: destinationOf(body.destinationCode) ? 'reason' : 'destinationCode', rule: 'required', message: 'Give a known destination and a reason.' }]));
      }
      route(c, body.lineOfWork, body.destinationCode, who.sub, 'REROUTED');
      return send(res, 200, { complaintId: c.complaintId, kind: 'REROUTE' });
    }
    if (path === '/api/routing/directory') return send(res, 200, DIRECTORY);
    if (path === '/api/routing/rules') return send(res, 200, data.rules);
    if ((m = /^\/api\/routing\/rules\/([^/]+)\/versions$/.exec(path))) return send(res, 200, data.versions[m[1]] ?? []);
    if (path === '/api/routing/rules/audit') return is('DIRECTOR', 'AUDITOR') ? send(res, 200, data.audit) : forbidden();
    // the director wrote district-office's version in force, and the release ships it otherwise
    if (path === '/api/routing/rules/shipped-defaults') return send(res, 200, { shippedDefaultsDiffering: ['district-office'] });
    if (path === '/api/routing/rules/audit/verify') return send(res, 200, { trail: 'routing-rules', intact: true, entries: data.audit.length, breaks: [] });
    if (path === '/api/intake/screening-rules') return send(res, 200, { revision: 4, rules: data.screening, shippedDefaultsDiffering: [] });
    if ((m = /^\/api\/intake\/screening-rules\/([^/]+)\/versions$/.exec(path))) return send(res, 200, data.screening.filter((r) => r.ruleId === m[1]));
    if (path === '/api/intake/screening-rules/audit') return send(res, 200, []);
    if (path === '/api/intake/screening-rules/audit/verify') return send(res, 200, { trail: 'screening-rules', intact: true, entries: 0, breaks: [] });
    if (path === '/api/intake/complaints' && req.method === 'POST') {
      if (!body.description || !body.externalRef) {
        return send(res, 400, problem(400, 'Bad Request', 'The request breaks 1 rule(s).',
          [{ field: body.description ? 'externalRef' : 'description', rule: 'required', message: 'must not be blank' }]));
      }
      registered += 1;
      return send(res, 202, { complaintId: `CMP-STUB-1${registered}`, trackingCode: `TRK-STUB-${registered}` });
    }
    if ((m = /^\/api\/intake\/complaints\/([^/]+)\/identity\/reveal$/.exec(path))) {
      if (!is('CONFIDENTIALITY_OFFICER')) return forbidden();
      if (!substance(body.reason)) {
        return send(res, 400, problem(400, 'Bad Request', 'The request breaks 1 rule(s).', [{ field: 'reason', rule: 'substance',
          message: 'Say why the particulars are needed, tied to the case: at least 15 letters of real words.' }]));
      }
      const found = data.particulars[m[1]];
      if (!found) return send(res, 404, problem(404, 'Not Found', 'No sealed particulars for this complaint.'));
      data.reveals.unshift({ entryId: `R-${data.reveals.length + 1}`, complaintId: m[1], officerId: who.sub, reason: body.reason, revealedAt: iso(Date.now()) });
      return send(res, 200, found, { 'Cache-Control': 'no-store' });
    }
    if (path === '/api/intake/audit/identity-reveals') return is('AUDITOR') ? send(res, 200, data.reveals) : forbidden();
    if (path === '/api/intake/audit/identity-reveals/verify') return send(res, 200, { trail: 'identity-reveals', intact: true, entries: data.reveals.length, breaks: [] });
    if (path === '/api/cases/audit/verify') return send(res, 200, { trail: 'cases', intact: true, entries: 42, breaks: [] });
    if (path === '/api/cases') {
      const p = url.searchParams;
      const items = data.cases.filter((c) => visible(who, c)
        && (!p.get('complaintId') || c.complaintId === p.get('complaintId'))
        && (!p.get('destination') || c.destination?.code === p.get('destination'))
        && (!p.get('lineOfWork') || c.lineOfWork === p.get('lineOfWork')));
      return send(res, 200, { items, page: 0, size: Number(p.get('size') ?? 20), totalItems: items.length });
    }
    if (path === '/api/cases/progress') {
      const units = [{ code: 'DISTRICT-1007', nameTh: 'สำนักงานเขตปทุมวัน', nameEn: 'Pathum Wan District Office',
        held: data.cases.filter((c) => c.destination?.code === 'DISTRICT-1007').length, onTime: 0, late: 0,
        missing: data.cases.filter((c) => c.destination?.code === 'DISTRICT-1007' && !c.lastProgressAt).map((c) => c.caseId), withoutProgress: [] }];
      return send(res, 200, is('UNIT_OFFICER') ? units.filter((u) => u.code === who.unit) : units);
    }
    if (path === '/api/cases/follow-up') {
      const items = data.cases.filter((c) => c.followUp);
      return is('DIRECTOR') ? send(res, 200, { items, page: 0, size: 50, totalItems: items.length }) : forbidden();
    }
    if (path === '/api/cases/messages/unread') {
      if (!is('DIRECTOR', 'INVESTIGATOR', 'UNIT_OFFICER')) return forbidden();
      const unread = data.cases.filter((c) => speaks(who, c)).map((c) => {
        const replies = (data.messages[c.caseId] ?? []).filter((x) => x.from === 'COMPLAINANT' && x.unread);
        return { caseId: c.caseId, complaintId: c.complaintId, unreadReplies: replies.length, lastReplyAt: replies.at(-1)?.at };
      }).filter((u) => u.unreadReplies > 0);
      return send(res, 200, unread);
    }
    if ((m = /^\/api\/cases\/([^/]+)\/messages(?:\/attachments\/([^/]+))?$/.exec(path))) {
      const c = data.cases.find((x) => x.caseId === m[1]);
      if (!c || !visible(who, c)) return send(res, 404, problem(404, 'Not Found', `No case ${m[1]}.`));
      if (!speaks(who, c)) return send(res, 403, problem(403, 'Forbidden', 'Only the officers holding the case speak with its complainant.'));
      const conversation = data.messages[c.caseId] ??= [];
      if (m[2]) {
        const found = conversation.flatMap((x) => x.attachments).find((a) => a.id === m[2]);
        if (!found) return send(res, 404, problem(404, 'Not Found', `No attachment ${m[2]}.`));
        data.attachmentsOpened.push({ caseId: c.caseId, attachmentId: found.id, by: who.sub });
        res.writeHead(200, { 'Content-Type': found.contentType, 'Content-Disposition': `attachment; filename="attachment-${found.id}.png"`,
          'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': 'sandbox', 'Cache-Control': 'no-store' });
        return res.end(STUB_PHOTO);
      }
      if (req.method === 'POST') {
        const text = String(body.text ?? '').trim();
        if (!text) return send(res, 400, problem(400, 'Bad Request', 'The request breaks 1 rule(s).', [{ field: 'text', rule: 'required', message: 'Write the message.' }]));
        if (c.state === 'COMPLETED') return send(res, 409, problem(409, 'Conflict', 'The case is closed: its conversation has ended.', [{ field: 'text', rule: 'case-open', message: 'The case is closed.' }]));
        const message = { id: `M-${Object.values(data.messages).flat().length + 1}`, from: 'OFFICER', at: iso(Date.now()), text,
          role: who.roles.find((r) => ['DIRECTOR', 'INVESTIGATOR', 'UNIT_OFFICER'].includes(r)), by: who.sub, attachments: [] };
        conversation.push(message);
        touch(c, 'MESSAGE_TO_COMPLAINANT', undefined, who.sub);
        return send(res, 201, message);
      }
      const answer = conversation.map(({ unread, ...x }) => x);
      conversation.filter((x) => x.unread).forEach((x) => { x.unread = false; x.readAt = iso(Date.now()); x.readBy = who.sub; });
      return send(res, 200, answer);
    }
    if ((m = /^\/api\/cases\/([^/]+)(\/progress|\/audit|\/actions\/([a-z-]+))?$/.exec(path))) {
      const c = data.cases.find((x) => x.caseId === m[1]);
      if (!c || !visible(who, c)) return send(res, 404, problem(404, 'Not Found', `No case ${m[1]}.`));
      if (m[2] === '/progress') {
        if (!is('UNIT_OFFICER')) return forbidden();
        if (!String(body.note ?? '').trim()) return send(res, 400, problem(400, 'Bad Request', 'The request breaks 1 rule(s).', [{ field: 'note', rule: 'required', message: 'must not be blank' }]));
        c.lastProgressAt = iso(Date.now());
        touch(c, 'PROGRESS_REPORTED', body.note, who.sub);
        return send(res, 200, c);
      }
      if (m[2] === '/audit') return send(res, 200, c.timeline.map((e, i) => ({ id: `E-${i}`, caseId: c.caseId, at: e.at, actor: e.by ?? 'platform', action: e.event, detail: e.detail })));
      if (m[3]) {
        if (c.destination?.kind !== 'INTERNAL_TRACK') return send(res, 409, problem(409, 'Conflict', `The case's state ${c.state} does not allow ${m[3]}.`));
        touch(c, m[3].toUpperCase().replace(/-/g, '_'), body.note, who.sub);
        c.state = STEP_STATE[m[3]] ?? c.state;
        if (m[3] === 'find-credible') c.internalTrack = { ...c.internalTrack, preliminaryCheck: { result: 'CREDIBLE', at: iso(Date.now()), by: who.sub } };
        return send(res, 200, c);
      }
      return send(res, 200, c);
    }
    return send(res, 404, problem(404, 'Not Found', `No ${path}.`));
  }

  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    + `connect-src 'self' ${authOrigin}; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const gateway = createServer(async (req, res) => {
    const url = new URL(req.url, gatewayOrigin);
    if (url.pathname === '/workspace') return send(res, 302, '', { Location: '/workspace/' });
    if (url.pathname === '/workspace/config.json') return send(res, 200, { issuer: authOrigin, clientId: 'officer-tools' });
    if (url.pathname.startsWith('/workspace/')) {
      const asset = url.pathname.startsWith('/workspace/assets/');
      const file = asset ? normalize(join(DIST, url.pathname.slice('/workspace/'.length))) : join(DIST, 'index.html');
      if (!file.startsWith(DIST)) return send(res, 404, 'not found');
      try {
        const content = await readFile(file);
        res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp });
        return res.end(content);
      } catch {
        return send(res, 404, 'not found');
      }
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, 'not found');
    const who = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!who) return send(res, 401, problem(401, 'Unauthorized', 'Sign in.'));
    return api(req, res, url, who);
  });

  const cors = { 'Access-Control-Allow-Origin': gatewayOrigin, 'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Allow-Methods': 'POST, GET' };
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const auth = createServer(async (req, res) => {
    const url = new URL(req.url, authOrigin);
    if (req.method === 'OPTIONS') return send(res, 204, '', cors);
    if (url.pathname === '/oauth2/authorize') {
      if (url.searchParams.get('scope') !== 'officer' || url.searchParams.get('client_id') !== 'officer-tools'
        || url.searchParams.get('redirect_uri') !== `${gatewayOrigin}/workspace/callback`) return send(res, 400, 'invalid_request');
      const hidden = [...url.searchParams].map(([k, v]) =>
        `<input type="hidden" name="${k}" value="${v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">`).join('');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="en"><title>Please sign in</title><form method="post" action="/login">${hidden}
        <label>Username <input id="username" name="username"></label><label>Password <input id="password" name="password" type="password"></label>
        <button type="submit">Sign in</button></form></html>`);
    }
    if (url.pathname === '/login' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const user = USERS[form.get('username')];
      if (!user || form.get('password') !== `${form.get('username')}-password` || form.get('code_challenge_method') !== 'S256') {
        return send(res, 401, 'bad credentials');
      }
      const code = randomBytes(16).toString('base64url');
      codes.set(code, { challenge: form.get('code_challenge'), redirectUri: form.get('redirect_uri'), sub: form.get('username'), ...user });
      const back = new URL(form.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', form.get('state'));
      return send(res, 302, '', { Location: back.toString() });
    }
    if (url.pathname === '/oauth2/token' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const pending = codes.get(form.get('code'));
      codes.delete(form.get('code'));
      const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
      if (form.get('grant_type') !== 'authorization_code' || !pending || pending.challenge !== challenge
        || pending.redirectUri !== form.get('redirect_uri')) return send(res, 400, { error: 'invalid_grant' }, cors);
      const claims = { sub: pending.sub, roles: pending.roles, unit: pending.unit, scope: ['officer'] };
      const token = `${b64({ alg: 'none' })}.${b64(claims)}.${randomBytes(16).toString('base64url')}`;
      tokens.set(token, claims);
      return send(res, 200, { access_token: token, token_type: 'Bearer', expires_in: 300 }, cors);
    }
    return send(res, 404, 'not found');
  });

  /** The complainant answers on the tracking page: an unread reply and the case's timeline entry (no text, no detail). */
  const complainantReplies = (caseId, text) => {
    const c = data.cases.find((x) => x.caseId === caseId);
    (data.messages[caseId] ??= []).push({ id: `M-${Object.values(data.messages).flat().length + 1}`, from: 'COMPLAINANT',
      at: iso(Date.now()), text, unread: true, attachments: [] });
    touch(c, 'COMPLAINANT_REPLIED');
  };

  return {
    gatewayOrigin, authOrigin, data, complainantReplies,
    start: () => Promise.all([new Promise((ok) => gateway.listen(gatewayPort, ok)), new Promise((ok) => auth.listen(authPort, ok))]),
    stop: () => {
      gateway.closeAllConnections();
      auth.closeAllConnections();
      return Promise.all([new Promise((ok) => gateway.close(ok)), new Promise((ok) => auth.close(ok))]);
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stub = createStubPlatform({ gatewayPort: Number(process.env.GATEWAY_PORT ?? 18081), authPort: Number(process.env.AUTH_PORT ?? 19001) });
  await stub.start();
  process.stderr.write(`stub workspace ${stub.gatewayOrigin}/workspace/ · stub authorization server ${stub.authOrigin}\n`);
}
