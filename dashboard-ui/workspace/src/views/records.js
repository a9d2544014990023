// Rules with their versions, a diff between versions and the audit of who changed what; the confidentiality
// officer's reveal (the answer shown once, never stored, never cached); the auditor's trails with chain verification.
import { facts, field, h } from '../dom.js';
import { ruleDiff } from '../ruleDiff.js';
import { differingDefaults } from '../shippedDefaults.js';
import { formatInstant } from '../texts.js';
import { problemBox, submitting } from './problems.js';

function table(ctx, label, testid, headings, rows) {
  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': label },
    h('table', { dataset: { testid } }, h('thead', {}, h('tr', {}, headings.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows)));
}

function versionsOf(ctx, ruleId, load) {
  const { t } = ctx;
  const holder = h('div', { class: 'versions' });
  const button = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', onclick: async () => {
    if (button.getAttribute('aria-expanded') === 'true') {
      holder.replaceChildren();
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    try {
      const versions = await load(ruleId);
      holder.replaceChildren(h('ol', { dataset: { testid: 'rule-versions' } }, versions.map((v, i) => h('li', {},
        h('strong', {}, `${t('version')} ${v.version}`), ` — ${formatInstant(ctx.lang, v.createdAt)} ${v.createdBy ?? ''} ${v.changeNote ?? ''}`,
        i > 0 ? h('ul', { class: 'diff' }, ruleDiff(versions[i - 1], v).map((d) => h('li', {}, h('code', {}, d.path), ': ',
          h('del', {}, d.before || '∅'), ' → ', h('ins', {}, d.after || '∅')))) : null))));
    } catch (error) {
      holder.replaceChildren(problemBox(error.problem ?? { title: error.message, fields: [] }));
    }
  } }, `${t('showVersions')} ${ruleId}`);
  return h('div', {}, button, holder);
}

function verifyButton(ctx, verify, testid) {
  const outlet = h('span', { 'aria-live': 'polite', dataset: { testid } });
  return h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: async () => {
    try {
      const result = await verify();
      outlet.dataset.intact = String(result.intact);
      const breaks = (result.breaks ?? []).map((b) => Object.values(b).join(' ')).join('; ');
      outlet.textContent = ` ${result.intact ? ctx.t('intact') : ctx.t('broken')} · ${result.entries} ${ctx.t('entries')}`
        + (result.notChained ? ` · ${ctx.t('notChained', { n: result.notChained })}` : '') + (breaks ? ` · ${breaks}` : '');
    } catch (error) {
      outlet.replaceChildren(problemBox(error.problem ?? { title: error.message, fields: [] }));
    }
  } }, ctx.t('verify')), outlet);
}

function auditTable(ctx, label, testid, audit) {
  const { t, lang } = ctx;
  if (audit.refused) return problemBox(audit.refused.problem ?? { title: audit.refused.message, fields: [] });
  return table(ctx, label, testid, [t('at'), t('rule'), t('version'), t('changedBy'), t('note')],
    audit.map((a) => h('tr', {}, h('td', {}, formatInstant(lang, a.changedAt)), h('th', { scope: 'row' }, a.ruleId),
      h('td', {}, `${a.fromVersion ?? 0} → ${a.toVersion}`), h('td', {}, a.changedBy ?? ''), h('td', {}, a.changeNote ?? ''))));
}

const refusedAs = (error) => ({ refused: error });

/** Above a rule table: how many of its rules the director wrote while the release ships otherwise, and what to do. */
function differingSummary(ctx, testid, answer, differing) {
  if (answer.refused) return problemBox(answer.refused.problem ?? { title: answer.refused.message, fields: [] });
  return h('div', { dataset: { testid, count: String(differing.count) } },
    h('p', {}, ctx.t('shippedDefaultsDiffering', { n: differing.count })),
    differing.count ? h('p', { class: 'note' }, ctx.t('takeShippedDefault')) : null);
}

/** Beside a rule's version in force: marked when the release ships that rule otherwise. */
function differsMarker(ctx, differing, ruleId) {
  return differing.differs(ruleId)
    ? h('strong', { class: 'shipped-differs', dataset: { testid: 'shipped-default-differs' } }, ctx.t('shippedDefaultDiffers'))
    : null;
}

/**
 * Routing rules and screening rules in force, each rule's versions with what changed between them, the audit of who
 * changed which rule and why, and the verification of each audit chain.
 */
export async function renderRules(main, route, ctx) {
  const { t, lang } = ctx;
  const [rules, audit, screening, screeningAudit, routingDefaults] = await Promise.all([ctx.api.routingRules(),
    ctx.api.routingRulesAudit().catch(refusedAs), ctx.api.screeningRules().catch(refusedAs),
    ctx.api.screeningRulesAudit().catch(refusedAs), ctx.api.routingShippedDefaults().catch(refusedAs)]);
  const screeningRules = screening.refused ? [] : screening.rules ?? [];
  const routingDiffering = differingDefaults(rules, routingDefaults.shippedDefaultsDiffering);
  const screeningDiffering = differingDefaults(screeningRules, screening.shippedDefaultsDiffering);
  main.replaceChildren(h('h1', {}, t('view.rules')), h('h2', {}, t('routingRules')),
    differingSummary(ctx, 'routing-defaults-differing', routingDefaults, routingDiffering),
    table(ctx, t('routingRules'), 'rules-table', [t('rule'), t('version'), t('priority'), t('enabled'), t('why'), t('versions')],
      rules.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.ruleId),
        h('td', {}, String(r.version), differsMarker(ctx, routingDiffering, r.ruleId)),
        h('td', {}, String(r.priority ?? '')), h('td', {}, r.enabled ? t('enabled') : t('disabled')),
        h('td', {}, (lang === 'th' ? r.reasonTh : r.reasonEn) ?? ''),
        h('td', {}, versionsOf(ctx, r.ruleId, ctx.api.routingRuleVersions))))),
    h('h3', {}, t('rulesAudit')), auditTable(ctx, t('rulesAudit'), 'rules-audit', audit),
    audit.refused ? null : verifyButton(ctx, ctx.api.verifyRoutingRulesAudit, 'rules-audit-verify'),
    h('h2', {}, t('screeningRules')),
    screening.refused ? problemBox(screening.refused.problem ?? { title: screening.refused.message, fields: [] })
      : h('div', {}, differingSummary(ctx, 'screening-defaults-differing', screening, screeningDiffering),
        table(ctx, t('screeningRules'), 'screening-rules-table', [t('rule'), t('version'), t('enabled'), t('why'), t('versions')],
        screeningRules.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.ruleId),
          h('td', {}, String(r.version), differsMarker(ctx, screeningDiffering, r.ruleId)),
          h('td', {}, r.enabled ? t('enabled') : t('disabled')), h('td', {}, `${r.kind ?? ''} ${r.effect ?? ''} ${r.reason ?? r.description ?? ''}`),
          h('td', {}, versionsOf(ctx, r.ruleId, ctx.api.screeningRuleVersions)))))),
    h('h3', {}, t('rulesAudit')), auditTable(ctx, t('rulesAudit'), 'screening-rules-audit', screeningAudit),
    screeningAudit.refused ? null : verifyButton(ctx, ctx.api.verifyScreeningRulesAudit, 'screening-rules-audit-verify'));
}

/**
 * The reveal form. The answer is drawn once into the page and kept nowhere else: not in storage, not in the
 * browser's cache (the request is no-store), gone when the officer hides it, leaves or reloads.
 */
export function revealForm(ctx, complaintId) {
  const { t } = ctx;
  const complaint = h('input', { name: 'complaintId', required: true, value: complaintId ?? '', autocomplete: 'off', dataset: { testid: 'reveal-complaint-id' } });
  const reason = h('textarea', { name: 'reason', required: true, rows: 3, maxlength: 1000, dataset: { testid: 'reveal-reason' } });
  const outlet = h('div', { 'aria-live': 'polite', dataset: { testid: 'reveal-result' } });
  const form = h('form', { autocomplete: 'off' }, field(t('complaintId'), complaint), field(t('revealReason'), reason),
    h('button', { type: 'submit', dataset: { testid: 'reveal-submit' } }, t('revealSubmit')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const revealed = await submitting(form, outlet, () => ctx.api.revealIdentity(complaint.value.trim(), reason.value.trim()), () => []);
    if (!revealed) return;
    reason.value = '';
    const hide = h('button', { type: 'button', class: 'secondary', onclick: () => outlet.replaceChildren() }, t('hide'));
    outlet.replaceChildren(h('div', { class: 'revealed card', dataset: { testid: 'revealed-identity' } },
      h('p', { class: 'note' }, t('revealOnce')),
      facts([[t('name'), revealed.name], [t('phone'), revealed.phone], [t('nationalId'), revealed.nationalId],
        [t('email'), revealed.email], [t('anonymous'), revealed.anonymous ? '✓' : ''],
        [t('originalDescription'), revealed.originalDescription]]), hide));
    hide.focus();
  });
  return form;
}

export async function renderReveal(main, route, ctx) {
  main.replaceChildren(h('h1', {}, ctx.t('revealTitle')), revealForm(ctx, new URLSearchParams(window.location.search).get('complaintId')));
}

export async function renderAudit(main, route, ctx) {
  const { t, lang } = ctx;
  const reveals = await ctx.api.identityReveals();
  main.replaceChildren(h('h1', {}, t('auditTitle')), h('h2', {}, t('identityReveals')),
    table(ctx, t('identityReveals'), 'identity-reveals', [t('at'), t('complaintId'), t('officer'), t('reason')],
      reveals.map((r) => h('tr', { dataset: { testid: 'identity-reveal', complaintId: r.complaintId } },
        h('td', {}, formatInstant(lang, r.revealedAt)), h('th', { scope: 'row' }, r.complaintId), h('td', {}, r.officerId ?? ''),
        h('td', {}, r.reason ?? '')))),
    verifyButton(ctx, ctx.api.verifyIdentityReveals, 'identity-reveals-verify'),
    h('h2', {}, t('caseAudits')), verifyButton(ctx, ctx.api.verifyCaseAudits, 'case-audits-verify'));
}
