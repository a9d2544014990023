// Signing in to the workspace: authorization code with PKCE for the public client `officer-tools`, scope `officer`,
// coming back to /workspace/callback and then to the address the officer first asked for (a deep link survives).
// The access token lives in this tab's sessionStorage only.
import { authorizeUrl, codeChallenge, randomToken, tokenRequestBody } from '../../src/pkce.js';

const TOKEN_KEY = 'workspace.token';
const PENDING_KEY = 'workspace.pendingSignIn';

/** The workspace's registered return address. */
export function callbackUri(base) {
  return `${window.location.origin}${base}callback`;
}

/** The access token if one is held and not about to expire. */
export function heldToken() {
  const held = JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null');
  return held && held.expiresAt - 30_000 > Date.now() ? held.accessToken : null;
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Sends the browser to sign in, remembering where to come back to (`returnTo`, a path of the workspace). */
export async function startSignIn(config, base, returnTo) {
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, returnTo }));
  window.location.assign(authorizeUrl({
    issuer: config.issuer, clientId: config.clientId, redirectUri: callbackUri(base), state,
    challenge: await codeChallenge(verifier), scope: 'officer',
  }));
}

/**
 * Completes the sign-in the callback address carries: exchanges the code (the verifier and state checked) and
 * answers the path to return to. Throws with the authorization server's message when it refused.
 */
export async function finishSignIn(config, base) {
  const params = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
  sessionStorage.removeItem(PENDING_KEY);
  if (params.has('error')) throw new Error(params.get('error_description') ?? params.get('error'));
  if (!pending || pending.state !== params.get('state') || !params.has('code')) {
    if (heldToken()) return base; // the callback reloaded after an earlier sign-in
    throw new Error('state mismatch');
  }
  const response = await fetch(`${config.issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody({ clientId: config.clientId, redirectUri: callbackUri(base), code: params.get('code'),
      verifier: pending.verifier }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const token = await response.json();
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify({
    accessToken: token.access_token, expiresAt: Date.now() + (token.expires_in ?? 300) * 1000,
  }));
  return safeReturn(pending.returnTo, base);
}

/** Only a path inside the workspace, never another site or the callback itself. */
export function safeReturn(returnTo, base) {
  return typeof returnTo === 'string' && returnTo.startsWith(base) && !returnTo.startsWith('//')
    && !returnTo.startsWith(`${base}callback`) ? returnTo : base;
}
