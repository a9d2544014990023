import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorizeUrl, codeChallenge, randomToken, tokenRequestBody } from './pkce.js';

test('the S256 challenge of RFC 7636 appendix B', async () => {
  assert.equal(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
    'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
});

test('verifiers are 43 URL-safe characters and differ each time', () => {
  const a = randomToken();
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, randomToken());
});

test('the authorization request asks for a code with an S256 challenge for the registered redirect', () => {
  const url = new URL(authorizeUrl({ issuer: 'http://localhost:9000', clientId: 'dashboard-ui',
    redirectUri: 'http://localhost:8080/dashboard/', state: 's1', challenge: 'c1' }));
  assert.equal(url.origin + url.pathname, 'http://localhost:9000/oauth2/authorize');
  assert.equal(url.searchParams.get('response_type'), 'code');
  assert.equal(url.searchParams.get('client_id'), 'dashboard-ui');
  assert.equal(url.searchParams.get('redirect_uri'), 'http://localhost:8080/dashboard/');
  assert.equal(url.searchParams.get('code_challenge'), 'c1');
  assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
  assert.equal(url.searchParams.get('state'), 's1');
});

test('the token request carries the verifier and no secret', () => {
  const body = tokenRequestBody({ clientId: 'dashboard-ui', redirectUri: 'r', code: 'abc', verifier: 'v' });
  assert.equal(body.get('grant_type'), 'authorization_code');
  assert.equal(body.get('code_verifier'), 'v');
  assert.equal(body.get('code'), 'abc');
  assert.equal(body.has('client_secret'), false);
});
