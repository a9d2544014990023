// The monthly progress reports owed by the 20th (a unit officer sees their own unit; the director every unit) with
// the cases still missing a report, and the director's follow-up list.
import { bangkokMonth } from '../../../src/months.js';
import { h } from '../dom.js';
import { formatInstant, nameOf } from '../texts.js';

function caseLinks(ctx, caseIds, testid) {
  if (!caseIds?.length) return '—';
  return h('ul', { class: 'inline', dataset: { testid } }, caseIds.map((caseId) => h('li', {},
    h('a', { href: `${ctx.base}cases/${encodeURIComponent(caseId)}`, dataset: { caseId },
      onclick: (e) => { e.preventDefault(); ctx.navigate({ view: 'case', caseId }); } }, caseId))));
}

export async function renderProgress(main, route, ctx) {
  const { t, lang } = ctx;
  const month = bangkokMonth(new Date());
  const dueDate = new Date(`${month}-20T23:59:59+07:00`).toLocaleDateString(lang === 'th' ? 'th-TH' : 'en-GB',
    { timeZone: 'Asia/Bangkok', dateStyle: 'long' });
  const units = await ctx.api.progress(month);
  const table = units.length ? h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('view.progress') },
    h('table', { dataset: { testid: 'progress-table' } },
      h('thead', {}, h('tr', {}, [t('unit'), t('held'), t('onTime'), t('late'), t('missing'), t('withoutProgress')]
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, units.map((u) => h('tr', { dataset: { testid: 'progress-unit', code: u.code } },
        h('th', { scope: 'row' }, (lang === 'th' ? u.nameTh : u.nameEn) ?? u.code), h('td', {}, String(u.held)),
        h('td', {}, String(u.onTime)), h('td', {}, String(u.late)), h('td', {}, caseLinks(ctx, u.missing, 'progress-missing')),
        h('td', {}, caseLinks(ctx, u.withoutProgress, 'progress-without'))))))) : h('p', {}, t('nothingOwed'));
  main.replaceChildren(h('h1', {}, t('view.progress')), h('p', { dataset: { testid: 'progress-due' } }, t('dueBy20', { date: dueDate })), table);
}

export async function renderFollowUp(main, route, ctx) {
  const { t, lang } = ctx;
  const page = await ctx.api.followUp();
  const items = page.items ?? [];
  main.replaceChildren(h('h1', {}, t('view.follow-up')), items.length
    ? h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('view.follow-up') }, h('table', { dataset: { testid: 'follow-up-table' } },
      h('thead', {}, h('tr', {}, [t('caseId'), t('reasons'), t('since'), t('destination')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, items.map((c) => h('tr', {},
        h('th', { scope: 'row' }, caseLinks(ctx, [c.caseId], 'follow-up-case')),
        h('td', {}, (c.followUp?.reasons ?? []).map((r) => nameOf(lang, r)).join(', ')),
        h('td', {}, formatInstant(lang, c.followUp?.since)),
        h('td', {}, (lang === 'th' ? c.destination?.nameTh : c.destination?.nameEn) ?? c.destination?.code ?? ''))))))
    : h('p', {}, t('followUpEmpty')));
}
