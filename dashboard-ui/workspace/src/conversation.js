// The conversation with the complainant as officers read it: who may speak on a case (a mirror of the platform's own
// rule, only to shape the page: the platform decides), the messages oldest first, attachments by kind and size, and
// the unread replies latest first.

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };
const KINDS = { 'image/jpeg': 'photo', 'image/png': 'photo', 'application/pdf': 'document' };

/**
 * Whether these claims may read and write the case's conversation: the director on any case, an investigator on a
 * case of the internal track, a unit officer on a case their own unit or working group holds.
 */
export function maySpeakOn(claims, item) {
  const roles = claims?.roles ?? [];
  if (roles.includes('DIRECTOR')) return true;
  if (roles.includes('INVESTIGATOR') && item?.destination?.kind === 'INTERNAL_TRACK') return true;
  return roles.includes('UNIT_OFFICER') && Boolean(claims.unit) && item?.destination?.code === claims.unit;
}

/** The roles that may hold a case's conversation at all (the unread replies' view). */
export const SPEAKING_ROLES = ['DIRECTOR', 'INVESTIGATOR', 'UNIT_OFFICER'];

const byTime = (key) => (a, b) => Date.parse(a[key]) - Date.parse(b[key]);

/** The messages oldest first (the platform answers them so; a copy is sorted, never the given list). */
export function oldestFirst(messages) {
  return [...(messages ?? [])].sort(byTime('at'));
}

/** The unread replies' cases, the latest reply first. */
export function latestReplyFirst(unread) {
  return [...(unread ?? [])].sort((a, b) => byTime('lastReplyAt')(b, a));
}

/** How many replies wait unread over all the listed cases. */
export function unreadTotal(unread) {
  return (unread ?? []).reduce((sum, c) => sum + (Number(c.unreadReplies) || 0), 0);
}

/** 'photo' or 'document' for an attachment's content type; 'file' for anything else. */
export function attachmentKind(contentType) {
  return KINDS[contentType] ?? 'file';
}

/** The name an attachment is saved under: `attachment-<id>.<ext>`, never the complainant's own file name. */
export function attachmentFileName(attachment) {
  const extension = EXTENSIONS[attachment.contentType] ?? 'bin';
  return `attachment-${String(attachment.id).replace(/[^A-Za-z0-9-]/g, '')}.${extension}`;
}

/** A size as people read it: bytes, KB or MB (1024-based, one decimal under 10). */
export function readableSize(bytes) {
  const n = Number(bytes) || 0;
  if (n < 1024) return `${n} B`;
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, 'KB'] : [n / (1024 * 1024), 'MB'];
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}
