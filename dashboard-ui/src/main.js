// The dashboard: a month's figures and charts, the 12-month trend, the deadline board, the units that have not
// reported by the 20th, the director's follow-up list and the text report, kept live by the statistics stream.
import './style.css';
import { cases, followUpList, monthlyReport, monthlyStatistics, NotAvailable, SignInRequired, unitProgress } from './api.js';
import { barChart, doughnutChart, trendChart } from './charts.js';
import { CHANNELS, codeName, DISPOSITIONS, LINES_OF_WORK, monthShort, monthTitle, text } from './labels.js';
import { subscribe } from './live.js';
import { bangkokMonth, isMonth, monthsEndingWith } from './months.js';
import { beginSignIn, completeSignIn, currentToken, signOut } from './session.js';
import { orderedEntries, screenedOutTotal } from './figures.js';
import { followUpRows, unitsNotReported } from './oversight.js';
import { throttle } from './throttle.js';

const TREND_MONTHS = 12;
const REFRESH_THROTTLE_MS = 3_000;
const FOLLOW_UP_SIZE = 50;

const state = {
  config: null,
  lang: sessionStorage.getItem('dashboard.lang') === 'en' ? 'en' : 'th',
  month: null,
  figures: new Map(),
  mode: 'connecting',
};

const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c));
  return node;
}

function thisMonth() {
  return bangkokMonth(new Date());
}

async function loadConfig() {
  const defaults = { issuer: `${window.location.protocol}//${window.location.hostname}:9000`, clientId: 'dashboard-ui' };
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
    return response.ok ? { ...defaults, ...(await response.json()) } : defaults;
  } catch {
    return defaults;
  }
}

function t(key) {
  return text(state.lang, key);
}

function formatInstant(iso) {
  return new Date(iso).toLocaleString(state.lang === 'th' ? 'th-TH' : 'en-GB',
    { timeZone: 'Asia/Bangkok', dateStyle: 'medium', timeStyle: 'short' });
}

function renderStaticText() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
  $('lang-switch').textContent = t('language');
  renderMode();
}

function renderMode() {
  const status = $('live-status');
  status.dataset.mode = state.mode;
  status.textContent = t(state.mode === 'live' ? 'live' : state.mode === 'polling' ? 'polling' : 'connecting');
}

function figureTable(tableId, codes, counts) {
  const body = $(tableId);
  body.replaceChildren(...orderedEntries(codes, counts).map(([code, n]) =>
    el('tr', { 'data-code': code }, el('th', {}, codeName(state.lang, code)), el('td', {}, String(n)))));
}

function renderMonth() {
  const s = state.figures.get(state.month);
  if (!s) return;
  const current = state.month === thisMonth();
  $('month-title').textContent = monthTitle(state.lang, state.month) + (current ? ` (${t('monthToDate')})` : '');
  $('as-of').textContent = `${t('asOf')} ${formatInstant(s.asOf)}`;
  $('received').textContent = String(s.received);
  $('screened-out').textContent = String(screenedOutTotal(s));
  const deadlines = s.deadlines ?? {};
  ['open', 'dueWithin7Days', 'breached', 'metOnTime'].forEach((key) => {
    $(`deadline-${key}`).textContent = String(deadlines[key] ?? 0);
  });
  figureTable('by-channel', CHANNELS, s.byChannel);
  figureTable('by-line-of-work', LINES_OF_WORK, s.byLineOfWork);
  figureTable('by-disposition', DISPOSITIONS, s.byDisposition);
  const channels = orderedEntries(CHANNELS, s.byChannel);
  doughnutChart($('chart-channel'), channels.map(([c]) => codeName(state.lang, c)), channels.map(([, n]) => n));
  const lines = orderedEntries(LINES_OF_WORK, s.byLineOfWork, true);
  barChart($('chart-line-of-work'), lines.map(([c]) => codeName(state.lang, c)), lines.map(([, n]) => n), t('received'));
  const outcomes = orderedEntries(DISPOSITIONS, s.byDisposition);
  doughnutChart($('chart-disposition'), outcomes.map(([c]) => codeName(state.lang, c)), outcomes.map(([, n]) => n));
}

function renderTrend() {
  const months = monthsEndingWith(state.month, TREND_MONTHS);
  trendChart($('chart-trend'), months.map((m) => monthShort(state.lang, m)),
    months.map((m) => state.figures.get(m)?.received ?? null), t('received'));
}

function caseRow(c) {
  const due = c.deadline?.dueAt ? `${t('dueAt')} ${formatInstant(c.deadline.dueAt)}` : '';
  const where = state.lang === 'th' ? c.destination?.nameTh : c.destination?.nameEn;
  return el('li', { 'data-case': c.caseId },
    el('strong', {}, c.caseId), ` ${codeName(state.lang, c.lineOfWork ?? '')} · ${c.district ?? ''} · `,
    `${where ?? ''} ${due}`);
}

async function renderBoard() {
  const lists = [['board-due-soon', { due: 'soon' }], ['board-overdue', { due: 'overdue' }],
    ['board-stale', { stale: 'true' }]];
  await Promise.all(lists.map(async ([id, filter]) => {
    const list = $(id);
    try {
      const page = await cases(filter);
      list.replaceChildren(...(page.items.length ? page.items.map(caseRow) : [el('li', { class: 'none' }, t('noCases'))]));
      list.dataset.total = String(page.totalItems ?? page.items.length);
    } catch (e) {
      if (e instanceof SignInRequired) throw e;
      list.replaceChildren(el('li', { class: 'none' }, t('casesUnavailable')));
    }
  }));
}

function messageRow(body, columns, key) {
  body.replaceChildren(el('tr', {}, el('td', { class: 'none', colspan: String(columns) }, t(key))));
}

/** Reads one oversight board; a part this sign-in may not read (403/404) or cannot reach says so in its table. */
async function loadBoard(body, columns, load) {
  try {
    return await load();
  } catch (e) {
    if (e instanceof SignInRequired) throw e;
    body.dataset.state = e instanceof NotAvailable ? 'not-permitted' : 'failed';
    messageRow(body, columns, e instanceof NotAvailable ? 'notPermitted' : 'loadFailed');
    return null;
  }
}

function idList(ids) {
  return el('span', { class: 'ids' }, ids.join(', '));
}

function countCell(ids, className) {
  const cell = el('td', { class: `count ${className}` }, el('strong', {}, String(ids.length)));
  if (ids.length) cell.append(idList(ids));
  return cell;
}

/** The units that have not reported this month (the progress owed by the 20th of the current Bangkok month). */
async function renderUnits() {
  const body = $('units-not-reported');
  const month = thisMonth();
  $('units-month').textContent = monthTitle(state.lang, month);
  const progress = await loadBoard(body, 4, () => unitProgress(month));
  if (!progress) return;
  const units = unitsNotReported(progress, state.lang);
  body.dataset.state = 'shown';
  if (!units.length) {
    messageRow(body, 4, 'allUnitsReported');
    return;
  }
  body.replaceChildren(...units.map((u) => el('tr', { 'data-unit': u.code },
    el('th', { scope: 'row' }, u.name), el('td', { class: 'count' }, String(u.held)),
    countCell(u.missing, 'missing'), countCell(u.withoutProgress, 'without-progress'))));
}

/** The director's follow-up list: cases breached, stale, without progress or past a measure's review. */
async function renderFollowUp() {
  const body = $('follow-up-list');
  const shown = $('follow-up-shown');
  shown.textContent = '';
  const page = await loadBoard(body, 4, () => followUpList(FOLLOW_UP_SIZE));
  if (!page) return;
  const rows = followUpRows(page, state.lang);
  body.dataset.state = 'shown';
  if (!rows.length) {
    messageRow(body, 4, 'noFollowUp');
    return;
  }
  body.replaceChildren(...rows.map((r) => el('tr', { 'data-case': r.caseId },
    el('th', { scope: 'row' }, r.caseId),
    el('td', { class: 'reasons' }, r.reasons.map((reason) => codeName(state.lang, reason)).join(' · ')),
    el('td', { class: 'since' }, formatInstant(r.since)),
    el('td', {}, r.holder))));
  const total = page.totalItems ?? rows.length;
  if (total > rows.length) {
    shown.textContent = t('shownOf').replace('{shown}', String(rows.length)).replace('{total}', String(total));
  }
}

async function renderOversight() {
  await Promise.all([renderUnits(), renderFollowUp()]);
}

async function renderReport() {
  try {
    $('report').textContent = await monthlyReport(state.month, state.lang);
  } catch (e) {
    if (e instanceof SignInRequired) throw e;
    $('report').textContent = t('loadFailed');
  }
}

async function showMonth(month) {
  state.month = month;
  $('month-picker').value = month;
  $('error').textContent = '';
  try {
    state.figures.set(month, await monthlyStatistics(month));
    renderMonth();
  } catch (e) {
    if (e instanceof SignInRequired) throw e;
    $('error').textContent = t('loadFailed');
  }
  const missing = monthsEndingWith(month, TREND_MONTHS).filter((m) => !state.figures.has(m));
  await Promise.all(missing.map((m) => monthlyStatistics(m).then((s) => state.figures.set(m, s)).catch(() => {})));
  renderTrend();
  await Promise.all([renderBoard(), renderOversight(), renderReport()]);
}

// A busy month sends many events: the report, the case lists and the oversight boards follow at most every few seconds.
const refreshReport = throttle(() => renderReport().catch(handleFailure), REFRESH_THROTTLE_MS);
const refreshBoard = throttle(() => Promise.all([renderBoard(), renderOversight()]).catch(handleFailure),
  REFRESH_THROTTLE_MS);

function onMonthly(statistics) {
  if (!statistics || !isMonth(statistics.month)) return;
  state.figures.set(statistics.month, statistics);
  if (statistics.month === state.month) {
    renderMonth();
    const received = $('received');
    received.classList.remove('changed');
    void received.offsetWidth; // restart the highlight animation
    received.classList.add('changed');
    refreshReport();
  }
  if (monthsEndingWith(state.month, TREND_MONTHS).includes(statistics.month)) renderTrend();
  refreshBoard();
}

function handleFailure(error) {
  if (error instanceof SignInRequired) {
    signOut();
    beginSignIn(state.config, state.month);
    return;
  }
  $('error').textContent = t('loadFailed');
}

function wireControls() {
  const picker = $('month-picker');
  picker.max = thisMonth();
  picker.addEventListener('change', () => {
    if (isMonth(picker.value) && picker.value <= thisMonth()) showMonth(picker.value).catch(handleFailure);
  });
  $('current-month').addEventListener('click', () => showMonth(thisMonth()).catch(handleFailure));
  $('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'th' ? 'en' : 'th';
    sessionStorage.setItem('dashboard.lang', state.lang);
    renderStaticText();
    renderMonth();
    renderTrend();
    renderBoard().catch(handleFailure);
    renderOversight().catch(handleFailure);
    renderReport().catch(handleFailure);
  });
  $('sign-out').addEventListener('click', () => {
    signOut();
    window.location.assign(`${state.config.issuer}/logout`);
  });
}

async function start() {
  renderStaticText();
  state.config = await loadConfig();
  let returnedMonth;
  try {
    returnedMonth = await completeSignIn(state.config);
  } catch (e) {
    $('error').textContent = `${t('signInFailed')}: ${e.message}`;
    $('app').hidden = true;
    const again = el('button', { type: 'button' }, t('signIn'));
    again.addEventListener('click', () => beginSignIn(state.config, null));
    $('error').append(' ', again);
    return;
  }
  if (!currentToken()) {
    $('error').textContent = t('signingIn');
    await beginSignIn(state.config, state.month);
    return;
  }
  $('app').hidden = false;
  wireControls();
  await showMonth(isMonth(returnedMonth) ? returnedMonth : thisMonth());
  subscribe({
    token: currentToken,
    onMonthly,
    onMode: (mode) => { state.mode = mode; renderMode(); },
    poll: () => monthlyStatistics(state.month),
  });
}

start().catch(handleFailure);
