// The conversation with the complainant on a case page: the messages oldest first, attachments opened with the token,
// the form to write.
import { attachmentFileName, attachmentKind, maySpeakOn, oldestFirst, readableSize } from '../conversation.js';
import { field, h } from '../dom.js';
import { formatInstant } from '../texts.js';
import { problemBox, submitting } from './problems.js';

const MAX_TEXT = 2000;
// long enough for the browser to have started the download from the blob, short enough not to keep it around
const BLOB_LIFETIME_MS = 30_000;

/** Fetches the attachment with the token (no-store) and hands it to the browser as a download from a blob URL. */
async function openAttachment(ctx, caseId, attachment, outlet) {
  outlet.replaceChildren();
  try {
    const blob = await ctx.api.attachment(caseId, attachment.id);
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: attachmentFileName(attachment), hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
  } catch (error) {
    outlet.replaceChildren(problemBox(error.problem ?? { title: String(error?.message ?? error), fields: [] }));
  }
}

function messageItem(ctx, caseId, message) {
  const { t, lang } = ctx;
  const officer = message.from === 'OFFICER';
  const who = officer
    ? [message.by, message.role ? t(`role.${message.role}`) : null].filter(Boolean).join(' · ') || t('from.OFFICER')
    : t('from.COMPLAINANT');
  const outlet = h('div', { 'aria-live': 'polite' });
  const attachments = message.attachments ?? [];
  return h('li', { class: `message ${officer ? 'from-officer' : 'from-complainant'}`, dataset: { testid: 'message', from: message.from } },
    h('p', { class: 'message-head' }, h('strong', {}, who), ' · ', h('time', { datetime: message.at }, formatInstant(lang, message.at))),
    message.text ? h('p', { class: 'message-text' }, message.text) : null,
    attachments.length ? h('ul', { class: 'attachments' }, attachments.map((a) => h('li', {},
      h('a', { href: `#attachment-${a.id}`, dataset: { testid: 'message-attachment', attachmentId: a.id },
        onclick: (event) => { event.preventDefault(); openAttachment(ctx, caseId, a, outlet); } },
      `${t(`attachment.${attachmentKind(a.contentType)}`)} (${readableSize(a.size)})`)))) : null,
    outlet,
    message.readAt ? h('p', { class: 'note', dataset: { testid: 'message-read' } },
      t('readBy', { at: formatInstant(lang, message.readAt), by: message.readBy ?? '' })) : null);
}

/**
 * The case's conversation for an officer who may speak on it (nothing otherwise): the messages, then the form to write
 * to the complainant. `reload()` reads the messages again (a reply that arrived since).
 */
export function conversationSection(ctx, current, refresh) {
  const { t } = ctx;
  if (!maySpeakOn(ctx.claims, current())) return { node: null, reload: () => {} };
  const list = h('div', { dataset: { testid: 'conversation' } }, h('p', { class: 'status' }, t('loading')));
  const reload = () => ctx.api.messages(current().caseId).then((messages) => {
    list.replaceChildren(messages.length
      ? h('ol', { class: 'messages' }, oldestFirst(messages).map((m) => messageItem(ctx, current().caseId, m)))
      : h('p', {}, t('noMessages')));
    ctx.repliesRead?.(); // reading the conversation counted its replies as read: the menu's count follows
  })
    .catch((error) => list.replaceChildren(problemBox(error.problem ?? { title: String(error?.message ?? error), fields: [] })));
  const message = h('textarea', { name: 'text', required: true, maxlength: MAX_TEXT, rows: 3, dataset: { testid: 'message-text' } });
  const outlet = h('div', { 'aria-live': 'polite', dataset: { testid: 'message-result' } });
  const form = h('form', {}, field(t('messageToComplainant'), message, t('messageHint')),
    h('button', { type: 'submit', dataset: { testid: 'message-send' } }, t('send')), outlet);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sent = await submitting(form, outlet, () => ctx.api.writeMessage(current().caseId, message.value.trim()), () => t('messageSent'));
    if (sent) {
      message.value = '';
      await reload();
      refresh(await ctx.api.caseById(current().caseId));
    }
  });
  reload();
  return {
    node: h('section', { class: 'card', 'aria-labelledby': 'conversation-title' },
      h('h2', { id: 'conversation-title' }, t('conversation')), list, form),
    reload,
  };
}
