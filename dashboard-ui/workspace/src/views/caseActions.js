// What the signed-in roles may do on a case page: file the monthly progress report (unit officers), reroute with a
// reason (director, intake officer), record the internal track's steps (director, investigator), note a follow-up
// (director), reveal the complainant's identity (confidentiality officer) and read the case's audit trail.
import { LINES_OF_WORK } from '../../../src/labels.js';
import { bangkokOffsetDateTime } from '../dates.js';
import { field, h, select } from '../dom.js';
import { codeLabel, formatInstant, nameOf } from '../texts.js';
import { revealForm } from './records.js';
import { submitting } from './problems.js';

const STEPS = ['find-credible', 'find-not-credible', 'appoint-subcommittee', 'find-grounded', 'find-not-grounded',
  'record-order', 'complete', 'record-interim-measure'];
const ORDERS = ['DISCIPLINARY_INQUIRY', 'CRIMINAL_REFERRAL_NACC', 'CRIMINAL_REFERRAL_PACC', 'CRIMINAL_REFERRAL_POLICE',
  'ADMINISTRATIVE_MEASURE', 'NO_ACTION'];
const MEASURES = ['TRANSFER_TO_OTHER_DUTY', 'SUSPENSION'];

const has = (ctx, ...roles) => roles.some((r) => ctx.roles.includes(r));

function section(id, title, ...children) {
  return h('section', { class: 'card action', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function progressSection(ctx, current, refresh) {
  const { t } = ctx;
  const note = h('textarea', { name: 'note', required: true, maxlength: 4000, rows: 4, dataset: { testid: 'progress-note' } });
  const outlet = h('div', { 'aria-live': 'polite' });
  const form = h('form', {}, field(t('progressNote'), note),
    h('button', { type: 'submit', dataset: { testid: 'progress-submit' } }, t('progressSubmit')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitting(form, outlet, () => ctx.api.fileProgress(current().caseId, note.value.trim()),
      () => t('progressFiled'));
    if (done) {
      note.value = '';
      refresh(await ctx.api.caseById(current().caseId));
    }
  });
  return section('progress-title', t('progressTitle'), form);
}

function rerouteSection(ctx, current, refresh, directory) {
  const { t, lang } = ctx;
  const destination = directory.length
    ? select(directory.map((u) => u.code), (code) => {
      const unit = directory.find((u) => u.code === code);
      return `${(lang === 'th' ? unit.nameTh : unit.nameEn) ?? code} (${code})`;
    }, { name: 'destinationCode', required: true, blank: '—', dataset: { testid: 'reroute-destination' } })
    : h('input', { name: 'destinationCode', required: true, dataset: { testid: 'reroute-destination' } });
  const line = select(LINES_OF_WORK, (c) => nameOf(lang, c), { name: 'lineOfWork', blank: t('keepLine'), dataset: { testid: 'reroute-line-of-work' } });
  const reason = h('textarea', { name: 'reason', required: true, maxlength: 1000, rows: 2, dataset: { testid: 'reroute-reason' } });
  const outlet = h('div', { 'aria-live': 'polite' });
  const form = h('form', {}, field(t('rerouteTo'), destination), field(t('lineOfWork'), line), field(t('reason'), reason),
    h('button', { type: 'submit', dataset: { testid: 'reroute-submit' } }, t('reroute')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = { destinationCode: destination.value.trim(), reason: reason.value.trim() };
    if (line.value) request.lineOfWork = line.value;
    const done = await submitting(form, outlet, () => ctx.api.reroute(current().complaintId, request), () => t('rerouted'));
    if (done) {
      reason.value = '';
      refresh(await ctx.api.caseById(current().caseId));
    }
  });
  return section('reroute-title', t('reroute'), form);
}

function stepsSection(ctx, current, refresh) {
  const { t, lang } = ctx;
  const steps = has(ctx, 'DIRECTOR') ? STEPS : STEPS.filter((s) => s !== 'appoint-subcommittee');
  const action = select(steps, (s) => codeLabel(lang, 'step', s), { name: 'action', dataset: { testid: 'step-action' } });
  const members = h('textarea', { name: 'members', rows: 3 });
  const order = select(ORDERS, (o) => codeLabel(lang, 'order', o), { name: 'order', blank: '—' });
  const measure = select(MEASURES, (m) => codeLabel(lang, 'measure', m), { name: 'measure', blank: '—' });
  const orderedBy = h('input', { name: 'orderedBy' });
  const orderedAt = h('input', { name: 'orderedAt', type: 'datetime-local' });
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 2000, dataset: { testid: 'step-note' } });
  const outlet = h('div', { 'aria-live': 'polite' });
  const form = h('form', {}, field(t('action'), action), field(t('members'), members), field(t('order'), order),
    field(t('measure'), measure), field(t('orderedBy'), orderedBy), field(t('orderedAt'), orderedAt), field(t('note'), note),
    h('button', { type: 'submit', dataset: { testid: 'step-submit' } }, t('record')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const details = Object.fromEntries(Object.entries({
      members: members.value.split('\n').map((m) => m.trim()).filter(Boolean),
      order: order.value, measure: measure.value, orderedBy: orderedBy.value.trim(),
      orderedAt: bangkokOffsetDateTime(orderedAt.value), note: note.value.trim(),
    }).filter(([, v]) => (Array.isArray(v) ? v.length : v)));
    const done = await submitting(form, outlet, () => ctx.api.act(current().caseId, action.value, details), () => t('stepRecorded'));
    if (done) refresh(done);
  });
  return section('steps-title', t('steps'), form);
}

function followUpNoteSection(ctx, current, refresh) {
  const { t } = ctx;
  const note = h('textarea', { name: 'note', required: true, rows: 2, maxlength: 2000 });
  const outlet = h('div', { 'aria-live': 'polite' });
  const form = h('form', {}, field(t('note'), note), h('button', { type: 'submit' }, t('record')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await submitting(form, outlet,
      () => ctx.api.act(current().caseId, 'record-follow-up', { note: note.value.trim() }), () => t('stepRecorded'));
    if (done) refresh(done);
  });
  return section('follow-up-title', t('view.follow-up'), form);
}

function auditSection(ctx, current) {
  const { t, lang } = ctx;
  const body = h('div', {}, h('p', { class: 'status' }, t('loading')));
  ctx.api.caseAudit(current().caseId).then((entries) => body.replaceChildren(h('ol', { class: 'timeline', dataset: { testid: 'case-audit' } },
    entries.map((e) => h('li', {}, h('time', { datetime: e.at }, formatInstant(lang, e.at)), ` ${e.action} — ${e.actor}`,
      e.detail ? ` — ${e.detail}` : ''))))).catch((error) => body.replaceChildren(h('p', { class: 'problem' }, error.message)));
  return section('case-audit-title', t('caseAudit'), body);
}

/** The action sections for these roles on this case (`current()` is the case as last read). */
export function caseActions(ctx, current, refresh) {
  const item = current();
  const sections = [];
  if (has(ctx, 'UNIT_OFFICER')) sections.push(progressSection(ctx, current, refresh));
  if (has(ctx, 'DIRECTOR', 'INTAKE_OFFICER')) {
    const slot = h('div', {});
    ctx.api.directory().catch(() => []).then((directory) => slot.replaceWith(rerouteSection(ctx, current, refresh,
      directory.filter((u) => u.kind !== 'CENTRE'))));
    sections.push(slot);
  }
  if (has(ctx, 'DIRECTOR', 'INVESTIGATOR') && item.destination?.kind === 'INTERNAL_TRACK') {
    sections.push(stepsSection(ctx, current, refresh));
  }
  if (has(ctx, 'DIRECTOR') && item.followUp) sections.push(followUpNoteSection(ctx, current, refresh));
  if (has(ctx, 'CONFIDENTIALITY_OFFICER')) {
    sections.push(section('reveal-title', ctx.t('revealTitle'), revealForm(ctx, item.complaintId)));
  }
  if (has(ctx, 'AUDITOR', 'DIRECTOR')) sections.push(auditSection(ctx, current));
  return sections;
}
