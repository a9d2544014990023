// The OAuth2 authorization-code flow with PKCE (RFC 7636) for a public client: no secret, a fresh verifier per sign-in.

function base64Url(bytes) {
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random URL-safe string of 43 characters (32 random bytes): a code verifier or a state. */
export function randomToken() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier: BASE64URL(SHA-256(verifier)). */
export async function codeChallenge(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/**
 * The authorization endpoint's address for one sign-in. The dashboard asks only for the `dashboard` scope: its token
 * then carries just the signed-in person's statistics-reading roles, and the platform lets it read and nothing else.
 * The officers' workspace asks for `officer`: every role the person holds.
 */
export function authorizeUrl({ issuer, clientId, redirectUri, state, challenge, scope = 'dashboard' }) {
  const query = new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope,
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  return `${issuer}/oauth2/authorize?${query}`;
}

/** The token request's form body exchanging an authorization code. */
export function tokenRequestBody({ clientId, redirectUri, code, verifier }) {
  return new URLSearchParams({
    grant_type: 'authorization_code', client_id: clientId, redirect_uri: redirectUri, code, code_verifier: verifier,
  });
}
