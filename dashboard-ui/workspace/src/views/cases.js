// Cases: the list with the case API's filters and a search, one case's page (details, routing explanation, deadline,
// where the internal track stands, timeline, the conversation with the complainant and the actions the signed-in
// roles may take), the investigator's internal-track list and the cases whose complainant replied unread.
import { DISPOSITIONS, LINES_OF_WORK } from '../../../src/labels.js';
import { latestReplyFirst } from '../conversation.js';
import { daysLeft, oldestDeadlineFirst } from '../deadlines.js';
import { facts, field, h, select } from '../dom.js';
import { codeLabel, formatInstant, nameOf } from '../texts.js';
import { caseActions } from './caseActions.js';
import { conversationSection } from './conversation.js';

const PAGE_SIZE = 20;
const LIVE_INTERVAL_MS = 10_000;
const INTERNAL_TRACK_FALLBACK = 'CSC-OFFICE';

function caseLink(ctx, caseId) {
  return h('a', { href: `${ctx.base}cases/${encodeURIComponent(caseId)}`, dataset: { testid: 'case-link', caseId },
    onclick: (e) => { e.preventDefault(); ctx.navigate({ view: 'case', caseId }); } }, caseId);
}

export function destinationName(lang, destination) {
  if (!destination) return '';
  return (lang === 'th' ? destination.nameTh : destination.nameEn) || destination.code || destination.kind;
}

/** "เหลือ 5 วัน" / "5 days left", "overdue", or the deadline's status when it is met. */
export function deadlineText(ctx, deadline, now = Date.now()) {
  if (!deadline) return ctx.t('noDeadline');
  if (deadline.status !== 'OPEN') return ctx.t(`deadline.${deadline.status}`);
  const days = daysLeft(deadline, now);
  if (days === 0) return ctx.t('dueToday');
  return days > 0 ? ctx.t('daysLeftText', { n: days }) : ctx.t('daysOverText', { n: -days });
}

function casesTable(ctx, items, { withDaysLeft = false } = {}) {
  const { t, lang } = ctx;
  if (!items.length) return h('p', {}, t('noCases'));
  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('view.cases') },
    h('table', { dataset: { testid: 'cases-table' } },
      h('thead', {}, h('tr', {}, [t('caseId'), t('received'), t('lineOfWork'), t('destination'), t('disposition'),
        t('deadline')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, items.map((c) => h('tr', { dataset: { testid: 'case-row', caseId: c.caseId } },
        h('th', { scope: 'row' }, caseLink(ctx, c.caseId)), h('td', {}, formatInstant(lang, c.receivedAt)),
        h('td', {}, nameOf(lang, c.lineOfWork)), h('td', {}, destinationName(lang, c.destination)),
        h('td', {}, nameOf(lang, c.disposition)),
        h('td', { dataset: { testid: withDaysLeft ? 'days-left' : 'deadline', dueAt: c.deadline?.dueAt ?? '',
          status: c.deadline?.status ?? '' } }, deadlineText(ctx, c.deadline)))))));
}

/** The case list with filters, a search box (a case id opens it, anything else searches complaint ids) and pages. */
export async function renderCases(main, route, ctx) {
  const { t, lang } = ctx;
  const params = new URLSearchParams(window.location.search);
  const filter = Object.fromEntries(['complaintId', 'disposition', 'destination', 'district', 'lineOfWork', 'due', 'stale', 'state']
    .filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const controls = {
    search: h('input', { name: 'search', type: 'search', value: filter.complaintId ?? '', dataset: { testid: 'case-search' } }),
    lineOfWork: select(LINES_OF_WORK, (c) => nameOf(lang, c), { name: 'lineOfWork', blank: t('any'), value: filter.lineOfWork }),
    disposition: select(DISPOSITIONS, (c) => nameOf(lang, c), { name: 'disposition', blank: t('any'), value: filter.disposition }),
    due: select(['soon', 'overdue'], (c) => t(c === 'soon' ? 'dueSoon' : 'overdue'), { name: 'due', blank: t('any'), value: filter.due }),
    destination: h('input', { name: 'destination', value: filter.destination ?? '' }),
    district: h('input', { name: 'district', value: filter.district ?? '' }),
    stale: h('input', { name: 'stale', type: 'checkbox', id: 'filter-stale', checked: filter.stale === 'true' }),
  };
  const form = h('form', { class: 'filters', role: 'search', dataset: { testid: 'case-filters' } },
    field(t('search'), controls.search), field(t('lineOfWork'), controls.lineOfWork),
    field(t('disposition'), controls.disposition), field(t('due'), controls.due),
    field(t('destination'), controls.destination), field(t('district'), controls.district),
    h('div', { class: 'field check' }, controls.stale, h('label', { for: 'filter-stale' }, t('stale'))),
    h('button', { type: 'submit' }, t('apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wanted = controls.search.value.trim();
    if (/^CASE-/i.test(wanted)) {
      ctx.navigate({ view: 'case', caseId: wanted });
      return;
    }
    const next = new URLSearchParams(Object.entries({
      complaintId: wanted, lineOfWork: controls.lineOfWork.value, disposition: controls.disposition.value,
      due: controls.due.value, destination: controls.destination.value.trim(), district: controls.district.value.trim(),
      stale: controls.stale.checked ? 'true' : '',
    }).filter(([, v]) => v));
    ctx.navigate(`${ctx.base}cases${next.size ? `?${next}` : ''}`);
  });
  const result = await ctx.api.cases({ ...filter, page, size: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil((result.totalItems ?? result.items.length) / PAGE_SIZE));
  const pageLink = (to, label) => {
    const next = new URLSearchParams(params);
    next.set('page', String(to));
    return h('a', { href: `${ctx.base}cases?${next}`, onclick: (e) => { e.preventDefault(); ctx.navigate(`${ctx.base}cases?${next}`); } }, label);
  };
  main.replaceChildren(h('h1', {}, t('view.cases')), form, casesTable(ctx, result.items),
    h('nav', { class: 'pages', 'aria-label': t('pageOf', { page: page + 1, pages }) },
      page > 0 ? pageLink(page - 1, t('previous')) : null, h('span', {}, t('pageOf', { page: page + 1, pages })),
      page + 1 < pages ? pageLink(page + 1, t('next')) : null));
}

/** The internal track's cases (the ก.ก. office), the oldest deadline first, with the days left. */
export async function renderInternal(main, route, ctx) {
  const directory = await ctx.api.directory().catch(() => []);
  const codes = directory.filter((unit) => unit.kind === 'INTERNAL_TRACK').map((unit) => unit.code);
  const pages = await Promise.all((codes.length ? codes : [INTERNAL_TRACK_FALLBACK])
    .map((destination) => ctx.api.cases({ destination, size: 100 })));
  const items = oldestDeadlineFirst(pages.flatMap((p) => p.items));
  main.replaceChildren(h('h1', {}, ctx.t('view.internal')),
    items.length ? casesTable(ctx, items, { withDaysLeft: true }) : h('p', {}, ctx.t('internalEmpty')));
}

/** Where the internal track stands: the check's and the finding's results, ศปท.กทม.'s order, the interim measures. */
function trackSection(ctx, item) {
  const { t, lang } = ctx;
  const track = item.internalTrack ?? {};
  const step = (s) => (s ? `${codeLabel(lang, 'result', s.result)} (${formatInstant(lang, s.at)})` : '');
  const rows = [[t('preliminaryCheck'), step(track.preliminaryCheck)], [t('finding'), step(track.finding)],
    [t('order'), track.order ? codeLabel(lang, 'order', track.order.order) : ''],
    [t('measures'), (item.interimMeasures ?? []).map((m) => codeLabel(lang, 'measure', m.kind)).join(' · ')]];
  const known = rows.filter(([, value]) => value);
  if (!known.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'case-track' }, h('h2', { id: 'case-track' }, t('trackStanding')),
    h('div', { dataset: { testid: 'track-facts' } }, facts(known)));
}

function caseDetails(ctx, item) {
  const { t, lang } = ctx;
  const routing = item.routing ?? {};
  return h('div', { class: 'case-details' },
    h('section', { class: 'card', 'aria-labelledby': 'case-summary' }, h('h2', { id: 'case-summary' }, t('complaint')),
      facts([
        [t('complaintId'), item.complaintId], [t('received'), formatInstant(lang, item.receivedAt)],
        [t('channel'), nameOf(lang, item.channel)], [t('district'), item.district],
        [t('lineOfWork'), h('span', { dataset: { testid: 'case-line-of-work', code: item.lineOfWork ?? '' } }, nameOf(lang, item.lineOfWork))],
        [t('destination'), h('span', { dataset: { testid: 'case-destination', code: item.destination?.code ?? '' } }, destinationName(lang, item.destination))],
        [t('disposition'), nameOf(lang, item.disposition)], [t('state'), h('span', { dataset: { testid: 'case-state', code: item.state ?? '' } }, codeLabel(lang, 'state', item.state))],
        [t('accusedPosition'), [item.complaint?.accusedPosition, item.complaint?.accusedPositionLevel].filter(Boolean).join(' · ')],
        [t('lastProgress'), formatInstant(lang, item.lastProgressAt)],
      ]),
      item.complaint?.description ? h('p', { class: 'masked' }, item.complaint.description) : null),
    h('section', { class: 'card', 'aria-labelledby': 'case-routing' }, h('h2', { id: 'case-routing' }, t('routing')),
      h('p', { dataset: { testid: 'routing-reason' } }, (lang === 'th' ? routing.reasonTh : routing.reasonEn) ?? ''),
      facts([[t('rule'), routing.ruleId ? `${routing.ruleId} (${t('version')} ${routing.ruleVersion})` : ''],
        [t('confidence'), routing.confidence != null ? `${Math.round(routing.confidence * 100)}%` : '']])),
    h('section', { class: 'card', 'aria-labelledby': 'case-deadline' }, h('h2', { id: 'case-deadline' }, t('deadline')),
      h('p', { dataset: { testid: 'case-deadline', status: item.deadline?.status ?? 'NONE' } }, deadlineText(ctx, item.deadline)),
      item.deadline ? facts([[t('dueAt'), formatInstant(lang, item.deadline.dueAt)],
        [t('startedAt'), formatInstant(lang, item.deadline.startedAt)]]) : null),
    trackSection(ctx, item),
    h('section', { class: 'card', 'aria-labelledby': 'case-timeline' }, h('h2', { id: 'case-timeline' }, t('timeline')),
      h('ol', { class: 'timeline', dataset: { testid: 'timeline' } }, (item.timeline ?? []).map((entry) => h('li', {},
        h('time', { datetime: entry.at }, formatInstant(lang, entry.at)), ' ', h('strong', {}, entry.event),
        entry.detail ? ` — ${entry.detail}` : '', entry.by ? ` (${entry.by})` : '')))));
}

/** One case; its version checked every few seconds so that a change made by someone else shows in place. */
export async function renderCase(main, route, ctx) {
  const { t } = ctx;
  let item = await ctx.api.caseById(route.caseId);
  const notice = h('div', { 'aria-live': 'polite', dataset: { testid: 'live-notice' } });
  let details = caseDetails(ctx, item);
  const refresh = (fresh) => {
    item = fresh;
    const next = caseDetails(ctx, fresh);
    details.replaceWith(next);
    details = next;
  };
  const conversation = conversationSection(ctx, () => item, refresh);
  main.replaceChildren(
    h('p', {}, h('a', { href: `${ctx.base}cases`, onclick: (e) => { e.preventDefault(); ctx.navigate({ view: 'cases' }); } }, t('backToList'))),
    h('h1', { dataset: { testid: 'case-title' } }, `${t('caseId')} ${item.caseId}`), notice, details, conversation.node,
    ...caseActions(ctx, () => item, refresh));
  // the list answers the case's version without the audited read of the whole case: read it only when it changed
  const timer = setInterval(async () => {
    const listed = await ctx.api.cases({ complaintId: item.complaintId }).catch(() => null);
    const version = listed?.items?.find((c) => c.caseId === item.caseId)?.caseVersion;
    const fresh = version !== undefined && version !== item.caseVersion
      ? await ctx.api.caseById(route.caseId).catch(() => null) : null;
    if (fresh && fresh.caseVersion !== item.caseVersion) {
      refresh(fresh);
      conversation.reload(); // a reply that arrived shows in the conversation as on the timeline
      notice.replaceChildren(h('p', { class: 'note' }, t('updatedLive')));
    }
  }, LIVE_INTERVAL_MS);
  ctx.onStop(() => clearInterval(timer));
}

/** The cases the officer may speak on whose complainant replied and no holder has read it, the latest reply first. */
export async function renderReplies(main, route, ctx) {
  const { t, lang } = ctx;
  const unread = latestReplyFirst(await ctx.api.unreadReplies());
  main.replaceChildren(h('h1', {}, t('view.replies')), unread.length
    ? h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('view.replies') },
      h('table', { dataset: { testid: 'unread-table' } },
        h('thead', {}, h('tr', {}, [t('caseId'), t('complaintId'), t('unreadReplies'), t('lastReplyAt')].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, unread.map((c) => h('tr', { dataset: { testid: 'unread-row', caseId: c.caseId } },
          h('th', { scope: 'row' }, caseLink(ctx, c.caseId)), h('td', {}, c.complaintId),
          h('td', { dataset: { testid: 'unread-replies' } }, String(c.unreadReplies)),
          h('td', {}, h('time', { datetime: c.lastReplyAt }, formatInstant(lang, c.lastReplyAt))))))))
    : h('p', { dataset: { testid: 'no-unread' } }, t('noUnread')));
}
