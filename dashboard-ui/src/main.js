// The dashboard: a month's figures and charts, the 12-month trend, the deadline board and the text report,
// kept live by the statistics stream.
import './style.css';
import { cases, monthlyReport, monthlyStatistics, SignInRequired } from './api.js';
import { barChart, doughnutChart, trendChart } from './charts.js';
import { CHANNELS, codeName, DISPOSITIONS, LINES_OF_WORK, monthShort, monthTitle, text } from './labels.js';
import { subscribe } from './live.js';
import { bangkokMonth, isMonth, monthsEndingWith } from './months.js';
import { beginSignIn, completeSignIn, currentToken, signOut } from './session.js';
import { orderedEntries, screenedOutTotal } from './figures.js';
import { throttle } from './throttle.js';

const TREND_MONTHS = 12;
const REFRESH_THROTTLE_MS = 3_000;

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
  await Promise.all([renderBoard(), renderReport()]);
}

// A busy month sends many events: the report and the case lists follow at most every few seconds.
const refreshReport = throttle(() => renderReport().catch(handleFailure), REFRESH_THROTTLE_MS);
const refreshBoard = throttle(() => renderBoard().catch(handleFailure), REFRESH_THROTTLE_MS);

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
