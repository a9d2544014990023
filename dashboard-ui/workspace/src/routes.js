// The workspace's addresses under its base (/workspace/): each one a view, so that any of them can be bookmarked,
// reloaded or opened from a link, before or after signing in.

/** The views and who may open them (roles of the token's `roles` claim). */
export const VIEWS = {
  triage: ['INTAKE_OFFICER', 'DIRECTOR'],
  register: ['INTAKE_OFFICER'],
  cases: ['DIRECTOR', 'INTAKE_OFFICER', 'UNIT_OFFICER', 'INVESTIGATOR', 'CONFIDENTIALITY_OFFICER', 'AUDITOR'],
  replies: ['DIRECTOR', 'INVESTIGATOR', 'UNIT_OFFICER'],
  internal: ['INVESTIGATOR', 'DIRECTOR'],
  progress: ['UNIT_OFFICER', 'DIRECTOR'],
  'follow-up': ['DIRECTOR'],
  rules: ['DIRECTOR', 'AUDITOR', 'INTAKE_OFFICER'],
  reveal: ['CONFIDENTIALITY_OFFICER'],
  audit: ['AUDITOR', 'DIRECTOR'],
};

/** Where each role starts its day; a person with several roles starts at the first of theirs listed here. */
const HOME = [['INTAKE_OFFICER', 'triage'], ['DIRECTOR', 'cases'], ['INVESTIGATOR', 'internal'], ['UNIT_OFFICER', 'progress'],
  ['CONFIDENTIALITY_OFFICER', 'reveal'], ['AUDITOR', 'audit']];

const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/**
 * The view an address names: {view: 'cases', caseId} for `cases/{caseId}`, {view: 'callback'} for the sign-in's
 * return, {view: 'home'} for the base itself, {view: 'unknown'} otherwise.
 */
export function parseRoute(pathname, base = '/workspace/') {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/workspace\/?/, '');
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: 'home' };
  if (parts.length === 1 && parts[0] === 'callback') return { view: 'callback' };
  if (parts[0] === 'cases' && parts.length === 2 && CASE_ID.test(parts[1])) return { view: 'case', caseId: parts[1] };
  if (parts.length === 1 && Object.hasOwn(VIEWS, parts[0])) return { view: parts[0] };
  return { view: 'unknown' };
}

/** The address of a view (the inverse of parseRoute). */
export function pathOf(route, base = '/workspace/') {
  if (route.view === 'home') return base;
  if (route.view === 'case') return `${base}cases/${encodeURIComponent(route.caseId)}`;
  return `${base}${route.view}`;
}

/** The views a person with these roles may open, in the menu's order. */
export function viewsFor(roles) {
  return Object.entries(VIEWS).filter(([, allowed]) => allowed.some((r) => roles.includes(r))).map(([view]) => view);
}

/** Whether these roles may open the route (a case page: any officer role, the case API narrows it). */
export function mayOpen(route, roles) {
  if (route.view === 'case') return VIEWS.cases.some((r) => roles.includes(r));
  if (route.view === 'home') return true;
  return (VIEWS[route.view] ?? []).some((r) => roles.includes(r));
}

/** Where the base address takes a person with these roles. */
export function homeFor(roles) {
  return HOME.find(([role]) => roles.includes(role))?.[1] ?? null;
}
