// The complainant's tracking page: Thai first, English on request; the code is kept in memory only while the page
// is open (never in the URL, the history, cookies or storage).
import './style.css';
import { readMessages, Refused, reply } from './api.js';
import { checkFiles, describeRefusal, formatDateTime, normaliseCode, sender } from './format.js';
import { TEXT } from './texts.js';

const $ = (id) => document.getElementById(id);
let lang = 'th';
let code = null;
let status = null;
let conversation = null;
/** What the page said about the last reply, in the language of the moment. */
let replyNote = null;

function noteReply(note) {
  replyNote = note;
  $('reply-result').textContent = note ? note() : '';
}

function showTexts() {
  document.documentElement.lang = lang;
  document.title = `${TEXT[lang].title} — ${lang === 'th' ? 'ศตท.กทม.' : 'BMA'}`;
  document.querySelectorAll('[data-text]').forEach((element) => {
    element.textContent = TEXT[lang][element.dataset.text];
  });
  $('lang-switch').textContent = TEXT[lang].switchTo;
  $('reply-result').textContent = replyNote ? replyNote() : '';
  if (status) {
    showStatus();
  }
  if (conversation) {
    showConversation();
  }
}

function showError(message) {
  $('error').textContent = message ?? '';
}

function showStatus() {
  $('status').textContent = lang === 'th' ? status.statusTh : status.statusEn;
  $('status').dataset.status = status.status;
  $('received-at').textContent = formatDateTime(lang, status.receivedAt);
  $('last-updated-at').textContent = formatDateTime(lang, status.lastUpdatedAt);
}

function messageItem(message) {
  const item = document.createElement('li');
  item.dataset.testid = 'message';
  item.dataset.from = message.from;
  item.className = message.from === 'COMPLAINANT' ? 'mine' : 'theirs';
  const head = document.createElement('p');
  head.className = 'meta';
  head.textContent = `${sender(lang, message)} · ${formatDateTime(lang, message.at)}`;
  item.append(head);
  if (message.text) {
    const body = document.createElement('p');
    body.className = 'text';
    body.textContent = message.text;
    item.append(body);
  }
  (message.attachments ?? []).forEach((attachment) => {
    const note = document.createElement('p');
    note.className = 'attachment';
    note.dataset.testid = 'message-attachment';
    note.textContent = `${TEXT[lang].attached}: ${attachment.contentType}, ${Math.ceil(attachment.size / 1024)} KB`;
    item.append(note);
  });
  return item;
}

function showConversation() {
  $('messages').replaceChildren(...conversation.messages.map(messageItem));
  $('no-messages').hidden = conversation.messages.length > 0;
  $('reply-form').hidden = !conversation.open;
  $('closed').hidden = conversation.open;
}

function refusal(error) {
  if (error instanceof Refused) {
    return describeRefusal(lang, error.status, error.retryAfter, error.problem);
  }
  return TEXT[lang].failed;
}

async function follow(event) {
  event.preventDefault();
  showError(null);
  const typed = normaliseCode($('track-code').value);
  if (!typed) {
    showError(TEXT[lang].needCode);
    return;
  }
  try {
    conversation = await readMessages(typed);
    status = conversation;
    code = typed;
    showStatus();
    showConversation();
    $('result').hidden = false;
  } catch (error) {
    code = null;
    status = null;
    conversation = null;
    $('result').hidden = true;
    showError(refusal(error));
  }
}

async function send(event) {
  event.preventDefault();
  noteReply(null);
  const text = $('reply-text').value.trim();
  const files = [...$('reply-attachment').files];
  if (!text && files.length === 0) {
    noteReply(() => TEXT[lang].needText);
    return;
  }
  if (checkFiles(lang, files)) {
    noteReply(() => checkFiles(lang, files));
    return;
  }
  $('reply-send').disabled = true;
  try {
    conversation = await reply(code, text, files);
    status = conversation;
    showStatus();
    $('reply-text').value = '';
    $('reply-attachment').value = '';
    showConversation();
    noteReply(() => TEXT[lang].sent);
  } catch (error) {
    noteReply(() => refusal(error));
  } finally {
    $('reply-send').disabled = false;
  }
}

$('track-form').addEventListener('submit', follow);
$('reply-form').addEventListener('submit', send);
$('lang-switch').addEventListener('click', () => {
  lang = lang === 'th' ? 'en' : 'th';
  showTexts();
});
// the page keeps nothing when it is left: neither the code nor the conversation may come back from the back-forward
// cache on a shared phone
window.addEventListener('pagehide', () => {
  $('track-code').value = '';
  $('reply-text').value = '';
  $('result').hidden = true;
  $('messages').replaceChildren();
  code = null;
  status = null;
  conversation = null;
  noteReply(null);
});
showTexts();
