// The officers' workspace: sign-in, the menu of the signed-in person's roles, and the view the address names.
import './style.css';
import { createApi, SignInRequired } from './api.js';
import { claimsOf } from './claims.js';
import { unreadTotal } from './conversation.js';
import { h } from './dom.js';
import { ApiProblem } from './problem.js';
import { homeFor, mayOpen, parseRoute, pathOf, viewsFor } from './routes.js';
import { finishSignIn, forgetToken, heldToken, startSignIn } from './session.js';
import { text } from './texts.js';
import { renderCase, renderCases, renderInternal, renderReplies } from './views/cases.js';
import { renderRegister, renderTriage } from './views/intake.js';
import { renderFollowUp, renderProgress } from './views/oversight.js';
import { renderAudit, renderReveal, renderRules } from './views/records.js';
import { problemBox } from './views/problems.js';

const BASE = import.meta.env.BASE_URL;
const RENDERERS = {
  triage: renderTriage, register: renderRegister, cases: renderCases, case: renderCase, internal: renderInternal,
  replies: renderReplies, progress: renderProgress, 'follow-up': renderFollowUp, rules: renderRules, reveal: renderReveal, audit: renderAudit,
};

const state = { config: null, lang: localStorage.getItem('workspace.lang') === 'en' ? 'en' : 'th', stop: null, generation: 0 };
const $ = (id) => document.getElementById(id);
const UNREAD_INTERVAL_MS = 60_000;
const t = (key, values) => text(state.lang, key, values);

async function loadConfig() {
  const defaults = { issuer: `${window.location.protocol}//${window.location.hostname}:9000`, clientId: 'officer-tools' };
  try {
    const response = await fetch(`${BASE}config.json`, { cache: 'no-store' });
    return response.ok ? { ...defaults, ...(await response.json()) } : defaults;
  } catch {
    return defaults;
  }
}

function signIn() {
  const here = window.location.pathname + window.location.search;
  $('status').textContent = t('signingIn');
  return startSignIn(state.config, BASE, here);
}

function navigate(route) {
  const path = typeof route === 'string' ? route : pathOf(route, BASE);
  window.history.pushState(null, '', path);
  // keyboard and screen-reader users continue at the new view's content, not at the link they left
  return render().then(() => $('content').focus({ preventScroll: true }));
}

function renderShell(claims) {
  document.documentElement.lang = state.lang;
  document.title = t('appTitle');
  $('app-title').textContent = t('appTitle');
  $('skip-link').textContent = t('skip');
  $('lang-switch').textContent = t('language');
  $('lang-switch').lang = state.lang === 'th' ? 'en' : 'th';
  $('sign-out').textContent = t('signOut');
  $('sign-out').hidden = !claims;
  $('who').textContent = claims
    ? `${t('signedInAs')}: ${claims.subject} · ${claims.roles.map((r) => t(`role.${r}`)).join(', ')}` : '';
  $('menu-title').textContent = t('menu');
  const list = $('menu-list');
  list.replaceChildren();
  $('menu').hidden = !claims;
  if (!claims) return;
  const current = parseRoute(window.location.pathname, BASE);
  viewsFor(claims.roles).forEach((view) => {
    const active = current.view === view || (view === 'cases' && current.view === 'case');
    list.append(h('li', {}, h('a', {
      href: pathOf({ view }, BASE), 'aria-current': active ? 'page' : false, dataset: { view },
      onclick: (event) => { event.preventDefault(); navigate({ view }); },
    }, t(`view.${view}`), view === 'replies' ? h('span', { class: 'badge', dataset: { testid: 'unread-count' }, hidden: true }) : null)));
  });
}

/** The menu's count of unread replies, for the officers who may hold a case's conversation; quiet when it fails. */
async function showUnreadCount() {
  const badge = document.querySelector('[data-testid="unread-count"]');
  if (!badge) return;
  const api = createApi({ token: heldToken, lang: () => state.lang });
  const total = await api.unreadReplies().then(unreadTotal).catch(() => null);
  if (total === null || !badge.isConnected) return;
  badge.hidden = total === 0;
  badge.dataset.count = String(total);
  badge.textContent = ` ${t('unreadBadge', { n: total })}`;
}

/**
 * Draws the view the address names; every failure ends as a message on the page, never a blank page. A view is drawn
 * off the page and put in only if no later render began meanwhile (a language switch or a click while the first view
 * still waits for the API must not be overwritten by it).
 */
async function render() {
  state.stop?.();
  state.stop = null;
  const generation = ++state.generation;
  const token = heldToken();
  const claims = token ? claimsOf(token) : null;
  renderShell(claims);
  const main = $('content');
  if (!token) {
    await signIn();
    return;
  }
  let route = parseRoute(window.location.pathname, BASE);
  if (route.view === 'home' || route.view === 'callback') {
    const home = homeFor(claims.roles);
    if (!home) {
      main.replaceChildren(h('p', { role: 'alert', class: 'problem' }, t('noRole')));
      return;
    }
    route = { view: home };
    window.history.replaceState(null, '', pathOf(route, BASE));
    renderShell(claims);
  }
  if (route.view === 'unknown' || !mayOpen(route, claims.roles)) {
    main.replaceChildren(h('h1', {}, t(route.view === 'unknown' ? 'notFound' : 'notAllowed')));
    return;
  }
  const stops = [];
  const ctx = {
    lang: state.lang, t, claims, roles: claims.roles, base: BASE, navigate,
    api: createApi({ token: heldToken, lang: () => state.lang }),
    onStop: (stop) => { stops.push(stop); },
    repliesRead: () => showUnreadCount(),
  };
  const stopAll = () => stops.forEach((stop) => stop());
  main.replaceChildren(h('p', { class: 'status', role: 'status' }, t('loading')));
  const view = document.createElement('div');
  try {
    await RENDERERS[route.view](view, route, ctx);
  } catch (error) {
    if (error instanceof SignInRequired) {
      stopAll();
      forgetToken();
      await signIn();
      return;
    }
    view.replaceChildren(h('h1', {}, t(`view.${route.view === 'case' ? 'cases' : route.view}`)),
      problemBox(error instanceof ApiProblem ? error.problem : { title: String(error.message ?? error), fields: [] }));
  }
  if (generation !== state.generation) {
    stopAll();
    return;
  }
  state.stop = stopAll;
  main.replaceChildren(...view.childNodes);
  // after the view: a case page just read its replies, so the count is taken once they count as read
  showUnreadCount();
}

async function start() {
  state.config = await loadConfig();
  $('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'th' ? 'en' : 'th';
    localStorage.setItem('workspace.lang', state.lang);
    render();
  });
  $('sign-out').addEventListener('click', () => {
    forgetToken();
    window.location.assign(BASE);
  });
  window.addEventListener('popstate', () => render());
  setInterval(() => { if (heldToken()) showUnreadCount(); }, UNREAD_INTERVAL_MS);
  if (parseRoute(window.location.pathname, BASE).view === 'callback' && window.location.search) {
    try {
      const back = await finishSignIn(state.config, BASE);
      window.history.replaceState(null, '', back);
    } catch (error) {
      renderShell(null);
      $('content').replaceChildren(h('h1', {}, t('signInFailed')), h('p', { role: 'alert', class: 'problem' }, error.message),
        h('button', { type: 'button', onclick: () => signIn() }, t('signIn')));
      return;
    }
  }
  await render();
}

start().catch((error) => {
  $('content').replaceChildren(h('p', { role: 'alert', class: 'problem' }, String(error?.message ?? error)));
});
