// The platform's API through the gateway with the signed-in officer's token. Every answer that is not a success
// becomes an ApiProblem carrying the problem+json as the page shows it.
import { ApiProblem, describeProblem } from './problem.js';

/** Raised when there is no usable token: the workspace signs in again, coming back to the same address. */
export class SignInRequired extends Error {}

/** The API of one sign-in: `token()` gives the current access token, `lang()` the page's language for messages. */
export function createApi({ token, lang }) {
  async function call(method, path, body, { noStore = false, asBlob = false } = {}) {
    const bearer = token();
    if (!bearer) throw new SignInRequired();
    const headers = { Authorization: `Bearer ${bearer}`, Accept: asBlob ? '*/*' : 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: noStore ? 'no-store' : 'default',
    });
    if (response.status === 401) throw new SignInRequired();
    if (asBlob && response.ok) return response.blob();
    const textBody = await response.text();
    let parsed = null;
    try {
      parsed = textBody ? JSON.parse(textBody) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) throw new ApiProblem(describeProblem(response.status, parsed, lang()));
    return parsed;
  }
  const query = (params) => {
    const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
    return entries.length ? `?${new URLSearchParams(entries)}` : '';
  };
  const id = encodeURIComponent;
  return {
    triageQueue: () => call('GET', '/api/routing/triage'),
    resolveTriage: (complaintId, decision) => call('POST', `/api/routing/triage/${id(complaintId)}/decision`, decision),
    reroute: (complaintId, request) => call('POST', `/api/routing/complaints/${id(complaintId)}/reroute`, request),
    decisions: (complaintId) => call('GET', `/api/routing/complaints/${id(complaintId)}/decisions`),
    directory: () => call('GET', '/api/routing/directory'),
    routingRules: () => call('GET', '/api/routing/rules'),
    routingRuleVersions: (ruleId) => call('GET', `/api/routing/rules/${id(ruleId)}/versions`),
    routingRulesAudit: () => call('GET', '/api/routing/rules/audit'),
    routingShippedDefaults: () => call('GET', '/api/routing/rules/shipped-defaults'),
    verifyRoutingRulesAudit: () => call('GET', '/api/routing/rules/audit/verify'),
    screeningRules: () => call('GET', '/api/intake/screening-rules'),
    screeningRuleVersions: (ruleId) => call('GET', `/api/intake/screening-rules/${id(ruleId)}/versions`),
    screeningRulesAudit: () => call('GET', '/api/intake/screening-rules/audit'),
    verifyScreeningRulesAudit: () => call('GET', '/api/intake/screening-rules/audit/verify'),
    register: (complaint) => call('POST', '/api/intake/complaints', complaint),
    revealIdentity: (complaintId, reason) =>
      call('POST', `/api/intake/complaints/${id(complaintId)}/identity/reveal`, { reason }, { noStore: true }),
    identityReveals: () => call('GET', `/api/intake/audit/identity-reveals${query({ limit: 50 })}`),
    verifyIdentityReveals: () => call('GET', '/api/intake/audit/identity-reveals/verify'),
    cases: (filter) => call('GET', `/api/cases${query(filter)}`),
    caseById: (caseId) => call('GET', `/api/cases/${id(caseId)}`),
    caseAudit: (caseId) => call('GET', `/api/cases/${id(caseId)}/audit`),
    verifyCaseAudits: () => call('GET', '/api/cases/audit/verify'),
    fileProgress: (caseId, note) => call('POST', `/api/cases/${id(caseId)}/progress`, { note }),
    act: (caseId, action, details) => call('POST', `/api/cases/${id(caseId)}/actions/${id(action)}`, details),
    progress: (month) => call('GET', `/api/cases/progress${query({ month })}`),
    messages: (caseId) => call('GET', `/api/cases/${id(caseId)}/messages`),
    writeMessage: (caseId, text) => call('POST', `/api/cases/${id(caseId)}/messages`, { text }),
    /** An attachment's content, read with the token and never kept by the browser's cache. */
    attachment: (caseId, attachmentId) =>
      call('GET', `/api/cases/${id(caseId)}/messages/attachments/${id(attachmentId)}`, undefined, { noStore: true, asBlob: true }),
    unreadReplies: () => call('GET', '/api/cases/messages/unread'),
    followUp: () => call('GET', `/api/cases/follow-up${query({ page: 0, size: 50 })}`),
  };
}
