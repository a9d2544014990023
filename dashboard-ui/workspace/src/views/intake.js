// The intake officer's work: the triage queue (oldest first, the classifier's suggestion and reasons, the masked text,
// resolved with a line of work and optionally a destination, or closed as not a corruption complaint) and registering a complaint that came on paper, in
// person, by the website or from an executive.
import { CHANNELS, LINES_OF_WORK } from '../../../src/labels.js';
import { bangkokLocalValue, bangkokOffsetDateTime } from '../dates.js';
import { facts, field, h, select } from '../dom.js';
import { formatInstant, nameOf } from '../texts.js';
import { submitting } from './problems.js';

const OFFICER_CHANNELS = CHANNELS.filter((c) => ['LETTER', 'WALK_IN', 'WEBSITE', 'EXECUTIVE_REFERRAL'].includes(c));

function triageForm(item, ctx, onResolved) {
  const { t, lang } = ctx;
  const outlet = h('div', { 'aria-live': 'polite' });
  const line = select(LINES_OF_WORK, (c) => nameOf(lang, c),
    { name: 'lineOfWork', required: true, value: item.suggestedLineOfWork, dataset: { testid: 'triage-line-of-work' } });
  const destination = h('input', { name: 'destinationCode', maxlength: 60, autocomplete: 'off', list: 'directory-codes',
    dataset: { testid: 'triage-destination' } });
  // not a corruption complaint at all: closed where it stands, so neither a line of work nor a destination applies
  const notCorruption = h('input', { type: 'checkbox', name: 'notCorruption', id: `not-corruption-${item.complaintId}`,
    dataset: { testid: 'triage-not-corruption' } });
  notCorruption.addEventListener('change', () => {
    line.disabled = notCorruption.checked;
    destination.disabled = notCorruption.checked;
  });
  const reason = h('textarea', { name: 'reason', required: true, maxlength: 1000, rows: 2, dataset: { testid: 'triage-reason' } });
  const form = h('form', { class: 'triage-form', dataset: { testid: 'triage-form' } },
    h('div', { class: 'field check' }, notCorruption, h('label', { for: notCorruption.id }, t('notCorruption'))),
    field(t('lineOfWork'), line), field(t('destinationCode'), destination), field(t('reason'), reason),
    h('button', { type: 'submit', dataset: { testid: 'triage-resolve' } }, t('resolve')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = notCorruption.checked ? { outcome: 'NOT_CORRUPTION', reason: reason.value.trim() }
      : { lineOfWork: line.value, reason: reason.value.trim() };
    if (!notCorruption.checked && destination.value.trim()) decision.destinationCode = destination.value.trim();
    const done = await submitting(form, outlet, () => ctx.api.resolveTriage(item.complaintId, decision),
      () => resolvedText(ctx, decision));
    if (done) onResolved(item, decision);
  });
  return form;
}

function resolvedText({ t, lang }, decision) {
  return decision.outcome === 'NOT_CORRUPTION' ? t('closedNotCorruption') : t('resolved', { line: nameOf(lang, decision.lineOfWork) });
}

/** The triage queue; one form at a time, inside the row being resolved (the oldest when the page opens). */
export async function renderTriage(main, route, ctx) {
  const { t, lang } = ctx;
  const [queue, directory] = await Promise.all([ctx.api.triageQueue(), ctx.api.directory().catch(() => [])]);
  const items = [...queue].sort((a, b) => new Date(a.receivedAt).getTime() - new Date(b.receivedAt).getTime());
  // the destination's suggestions: every body of the directory by its code, named in the page's language
  const codes = h('datalist', { id: 'directory-codes' }, directory.filter((u) => u.kind !== 'CENTRE')
    .map((u) => h('option', { value: u.code }, (lang === 'th' ? u.nameTh : u.nameEn) ?? u.code)));
  const announce = h('div', { 'aria-live': 'polite', dataset: { testid: 'triage-outcome' } });
  const list = h('ol', { class: 'triage', dataset: { testid: 'triage-queue' } });
  const open = (row, item) => {
    list.querySelectorAll('.triage-form').forEach((f) => f.remove());
    list.querySelectorAll('[aria-expanded]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
    row.querySelector('[aria-expanded]').setAttribute('aria-expanded', 'true');
    row.append(triageForm(item, ctx, async (resolved, decision) => {
      row.remove();
      const found = await ctx.api.cases({ complaintId: resolved.complaintId }).catch(() => null);
      const caseId = found?.items?.[0]?.caseId;
      announce.replaceChildren(h('p', { class: 'done', role: 'status' },
        `${resolved.complaintId}: ${resolvedText(ctx, decision)} `,
        caseId ? h('a', { href: `${ctx.base}cases/${encodeURIComponent(caseId)}`, onclick: (e) => {
          e.preventDefault(); ctx.navigate({ view: 'case', caseId });
        } }, caseId) : null));
      if (!list.children.length) list.replaceWith(h('p', {}, t('triageEmpty')));
    }));
  };
  items.forEach((item) => {
    const row = h('li', { class: 'card', dataset: { testid: 'triage-item', complaintId: item.complaintId } },
      h('h2', {}, item.complaintId),
      facts([
        [t('received'), formatInstant(lang, item.receivedAt)], [t('channel'), nameOf(lang, item.channel)],
        [t('district'), item.district], [t('suggestion'), item.suggestedLineOfWork ? `${nameOf(lang, item.suggestedLineOfWork)}`
          + (item.confidence != null ? ` (${t('confidence')} ${Math.round(item.confidence * 100)}%)` : '') : ''],
        [t('why'), lang === 'th' ? item.reasonTh : item.reasonEn],
      ]),
      item.screeningDoubt ? h('p', { class: 'note', dataset: { testid: 'screening-doubt' } },
        h('strong', {}, `${t('screeningDoubt')}: `), lang === 'th' ? item.screeningDoubt.reasonTh : item.screeningDoubt.reasonEn) : null,
      h('p', { class: 'masked', dataset: { testid: 'triage-text' } }, h('span', { class: 'label' }, `${t('description')}: `), item.description ?? ''),
      h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', onclick: (e) => open(e.target.closest('li'), item) },
        `${t('resolve')} ${item.complaintId}`));
    row.addEventListener('click', (event) => {
      if (!row.querySelector('.triage-form') && !event.target.closest('a, button, input, select, textarea')) open(row, item);
    });
    list.append(row);
  });
  main.replaceChildren(h('h1', {}, t('view.triage')), codes, announce, items.length ? list : h('p', {}, t('triageEmpty')));
  if (items.length) open(list.firstElementChild, items[0]);
}

function group(legend, ...fields) {
  return h('fieldset', {}, h('legend', {}, legend), ...fields);
}

/** The registration form; the particulars leave the page as soon as the platform has accepted them. */
export async function renderRegister(main, route, ctx) {
  const { t, lang } = ctx;
  const input = (name, attributes = {}) => h('input', { name, autocomplete: 'off', ...attributes });
  const outlet = h('div', { 'aria-live': 'polite', dataset: { testid: 'register-outcome' } });
  const controls = {
    channel: select(OFFICER_CHANNELS, (c) => nameOf(lang, c), { name: 'channel', required: true, dataset: { testid: 'register-channel' } }),
    externalRef: input('externalRef', { required: true, maxlength: 100, dataset: { testid: 'register-external-ref' } }),
    receivedAt: input('receivedAt', { type: 'datetime-local', required: true, value: bangkokLocalValue(Date.now()) }),
    description: h('textarea', { name: 'description', required: true, rows: 5, dataset: { testid: 'register-description' } }),
    district: input('district'),
    name: input('complainant.name'), phone: input('complainant.phone', { type: 'tel' }),
    nationalId: input('complainant.nationalId', { inputmode: 'numeric' }), email: input('complainant.email', { type: 'email' }),
    anonymous: input('complainant.anonymous', { type: 'checkbox' }),
    accusedName: input('accused.name'), position: input('accused.position'), positionLevel: input('accused.positionLevel'),
    unit: input('accused.unit'),
  };
  const form = h('form', { dataset: { testid: 'register-form' } },
    field(t('channel'), controls.channel), field(t('externalRef'), controls.externalRef),
    field(t('receivedAt'), controls.receivedAt), field(t('description'), controls.description),
    field(t('district'), controls.district),
    group(t('complainant'), h('p', { class: 'note' }, t('sealedNote')), field(t('name'), controls.name),
      field(t('phone'), controls.phone), field(t('nationalId'), controls.nationalId), field(t('email'), controls.email),
      h('div', { class: 'field check' }, controls.anonymous, h('label', { for: (controls.anonymous.id = 'register-anonymous') }, t('anonymous')))),
    group(t('accused'), field(t('name'), controls.accusedName), field(t('position'), controls.position),
      field(t('positionLevel'), controls.positionLevel), field(t('unit'), controls.unit)),
    h('button', { type: 'submit', dataset: { testid: 'register-submit' } }, t('submit')), outlet);
  const value = (control) => control.value.trim() || undefined;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const complaint = {
      channel: controls.channel.value, externalRef: value(controls.externalRef),
      receivedAt: bangkokOffsetDateTime(controls.receivedAt.value), description: value(controls.description),
      district: value(controls.district),
      complainant: { name: value(controls.name), phone: value(controls.phone), nationalId: value(controls.nationalId),
        email: value(controls.email), anonymous: controls.anonymous.checked },
      accused: { name: value(controls.accusedName), position: value(controls.position),
        positionLevel: value(controls.positionLevel), unit: value(controls.unit) },
    };
    const accepted = await submitting(form, outlet, () => ctx.api.register(complaint),
      (answer) => t('registered', { id: answer.complaintId, code: answer.trackingCode }));
    if (accepted) {
      // sealed by the platform now: nothing of the complainant stays on the page
      [controls.name, controls.phone, controls.nationalId, controls.email, controls.externalRef, controls.description,
        controls.accusedName, controls.position, controls.positionLevel, controls.unit].forEach((c) => { c.value = ''; });
      controls.anonymous.checked = false;
    }
  });
  main.replaceChildren(h('h1', {}, t('view.register')), h('p', {}, t('registerTitle')), form);
}
