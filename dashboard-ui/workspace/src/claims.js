// What the workspace reads from its own access token: who signed in, their roles and, for a unit or working-group
// officer, their unit. Only to shape the screens: the platform checks every request itself.

function decodeSegment(segment) {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** {subject, roles, unit} of a JWT access token; no roles if it cannot be read. */
export function claimsOf(token) {
  try {
    const payload = decodeSegment(String(token).split('.')[1] ?? '');
    const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
    return { subject: payload.sub ?? '', roles, unit: payload.unit ?? null };
  } catch {
    return { subject: '', roles: [], unit: null };
  }
}
