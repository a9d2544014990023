// Sign-in state: the access token lives in this tab's sessionStorage only (never localStorage, never a cookie).
import { authorizeUrl, codeChallenge, randomToken, tokenRequestBody } from './pkce.js';

const TOKEN_KEY = 'dashboard.token';
const PENDING_KEY = 'dashboard.pendingSignIn';

/** Where the authorization server sends the browser back: the dashboard's own address (registered there). */
export function redirectUri() {
  return `${window.location.origin}${import.meta.env.BASE_URL}`;
}

/** The access token if one is held and not about to expire. */
export function currentToken() {
  const held = JSON.parse(sessionStorage.getItem(TOKEN_KEY) ?? 'null');
  return held && held.expiresAt - 30_000 > Date.now() ? held.accessToken : null;
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Sends the browser to the authorization server's sign-in; remembers the verifier and the month on screen. */
export async function beginSignIn(config, month) {
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, month }));
  window.location.assign(authorizeUrl({
    issuer: config.issuer, clientId: config.clientId, redirectUri: redirectUri(), state,
    challenge: await codeChallenge(verifier),
  }));
}

/**
 * Completes a sign-in when the address carries the authorization server's answer; returns the month that was on
 * screen before, undefined when there was nothing to complete. Throws when the answer is an error or forged.
 */
export async function completeSignIn(config) {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') && !params.has('error')) {
    return undefined;
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
  sessionStorage.removeItem(PENDING_KEY);
  window.history.replaceState(null, '', redirectUri());
  if (params.has('error')) {
    throw new Error(params.get('error_description') ?? params.get('error'));
  }
  if (!pending || pending.state !== params.get('state')) {
    if (currentToken()) {
      return null; // the answer of an earlier sign-in, reloaded: the token it gave is still held
    }
    throw new Error('state mismatch');
  }
  const response = await fetch(`${config.issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody({ clientId: config.clientId, redirectUri: redirectUri(), code: params.get('code'),
      verifier: pending.verifier }),
  });
  if (!response.ok) {
    throw new Error(`token endpoint answered ${response.status}`);
  }
  const token = await response.json();
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify({
    accessToken: token.access_token, expiresAt: Date.now() + (token.expires_in ?? 300) * 1000,
  }));
  return pending.month ?? null;
}
