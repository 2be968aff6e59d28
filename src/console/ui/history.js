// The conversation's history: messages and internal notes in time order, cards, attachments, delivery status.

import { el, fill, safeUrl } from './dom.js';
import { plain, timeEl } from './format.js';
import { sameId } from './model.js';
import { state, ui } from './state.js';

export function renderHistory(scrollToEnd) {
  const { history: entries, notes } = state.open;
  const keepBottom = scrollToEnd || nearBottom();
  const previousTop = ui.history.scrollTop;
  state.seqs.clear();
  state.noteIds.clear();
  fill(ui.history);
  for (const entry of entries ?? []) addHistoryEntry(entry, { scroll: false });
  for (const note of notes ?? []) addNote(note, { scroll: false });
  if (!ui.history.children.length) ui.history.append(el('li', { class: 'history-empty' }, 'No messages yet.'));
  if (keepBottom) scrollHistoryToEnd();
  else ui.history.scrollTop = previousTop;
}

function nearBottom() {
  const h = ui.history;
  return h.scrollHeight - h.scrollTop - h.clientHeight < 80;
}

function scrollHistoryToEnd() {
  ui.history.scrollTop = ui.history.scrollHeight;
}

const AUTHOR_NAMES = { customer: 'Customer', bot: 'Assistant', agent: 'Agent', system: 'System' };

export function addHistoryEntry(entry, { scroll = true, own = false } = {}) {
  if (entry.seq !== undefined && entry.seq !== null) {
    if (state.seqs.has(entry.seq)) return;
    state.seqs.add(entry.seq);
  }
  const author = AUTHOR_NAMES[entry.author] ? entry.author : 'system';
  const stick = scroll && (own || nearBottom());
  let node;
  if (author === 'system') {
    node = el(
      'li',
      { class: 'entry from-system', 'data-testid': 'history-entry', dataset: { author, seq: String(entry.seq ?? '') } },
      el('span', { class: 'system-text' }, entry.text || ''),
      ' ',
      timeEl(entry.at),
    );
  } else {
    const name = entry.name || (author === 'customer' ? state.open?.item.customer?.name : null) || AUTHOR_NAMES[author];
    node = el(
      'li',
      { class: `entry from-${author}`, 'data-testid': 'history-entry', dataset: { author, seq: String(entry.seq ?? '') } },
      el(
        'div',
        { class: 'entry-meta' },
        el('span', { class: 'who' }, name),
        author === 'agent' ? el('span', { class: 'role-tag' }, 'agent') : author === 'bot' ? el('span', { class: 'role-tag' }, 'bot') : null,
        // A clicked choice shows its label; the value it sent (a tracking number) is one hover away.
        entry.picked ? el('span', { class: 'role-tag', title: `sent: ${entry.picked}` }, 'choice') : null,
        timeEl(entry.at),
      ),
      el(
        'div',
        { class: 'bubble' },
        entry.text ? el('p', { class: 'text' }, entry.text) : null,
        // Only the bot's cards are drawn: one in a customer's message could pass for ours.
        entry.card && author !== 'customer' ? cardEl(entry.card) : null,
        entry.attachments?.length ? attachmentsEl(entry.attachments, author === 'customer') : null,
      ),
      entry.delivery ? deliveryEl(entry.delivery) : null,
    );
  }
  placeInTimeline(node, entry.at, 0, Number(entry.seq) || 0);
  if (stick) scrollHistoryToEnd();
}

/** What the customer's platform said of a message (WhatsApp, WeChat): held, sent, delivered, read, failed. */
const DELIVERY = {
  queued_outside_window: "Held: the channel's window for free messages is closed (WhatsApp: 24 hours; WeChat: 48 hours, 5 messages); it goes out when the customer writes again",
  released: 'Sent after the customer wrote again',
  accepted: 'Accepted by the platform',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  played: 'Played',
  failed: 'Not delivered',
};

function deliveryEl(delivery) {
  const text = DELIVERY[delivery.status] ?? delivery.status;
  const failed = delivery.status === 'failed' || delivery.status === 'queued_outside_window';
  return el('span', { class: `delivery${failed ? ' delivery-problem' : ''}`, 'data-testid': 'delivery' }, delivery.error ? `${text} (${delivery.error})` : text);
}

export function addNote(note, { scroll = true, own = false } = {}) {
  // Tolerates a stored note record ({ agentId, createdAt }) as well as the API's Note.
  const at = note.at ?? note.createdAt;
  const author = note.agent?.displayName ?? state.agents.find((a) => sameId(a.id, note.agentId))?.displayName ?? 'Agent';
  if (note.id !== undefined && note.id !== null) {
    if (state.noteIds.has(String(note.id))) return;
    state.noteIds.add(String(note.id));
  }
  const stick = scroll && (own || nearBottom());
  const node = el(
    'li',
    { class: 'note', 'data-testid': 'note-entry', dataset: { noteId: String(note.id ?? '') } },
    el(
      'div',
      { class: 'note-head' },
      el('span', { class: 'note-label' }, 'Internal note — not sent to the customer'),
      el('span', { class: 'who' }, author),
      timeEl(at),
    ),
    el('p', { class: 'text' }, note.text || ''),
  );
  placeInTimeline(node, at, 1, 0);
  if (stick) scrollHistoryToEnd();
}

/** Keeps the history in time order: messages and notes interleave by their timestamps. */
function placeInTimeline(node, at, kind, seq) {
  ui.history.querySelector('.history-empty')?.remove();
  const key = [Date.parse(at) || Date.now(), kind, seq];
  node.dataset.sort = key.join(':');
  let after = ui.history.lastElementChild;
  while (after && compareKeys(after.dataset.sort.split(':').map(Number), key) > 0) after = after.previousElementSibling;
  if (after) after.after(node);
  else ui.history.prepend(node);
}

function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function cardEl(card) {
  return el(
    'table',
    { class: 'facts' },
    card.title ? el('caption', {}, card.title) : null,
    el(
      'tbody',
      {},
      (card.facts ?? []).map((fact) => el('tr', {}, el('th', { scope: 'row' }, fact.label ?? ''), el('td', {}, plain(fact.value)))),
    ),
  );
}

/**
 * Files and links. A customer's are never links: whoever writes can attach any URL under any name
 * ("Invoice.pdf"), so it shows as text with the host it leads to, for the agent to judge.
 */
export function attachmentsEl(attachments, fromCustomer) {
  return el(
    'ul',
    { class: 'attachments' },
    attachments.map((file) => {
      const href = fromCustomer ? null : safeUrl(file.url);
      const name = file.name || 'attachment';
      return el(
        'li',
        { 'data-testid': 'attachment' },
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, name) : el('span', {}, name),
        file.contentType ? el('span', { class: 'muted' }, ` ${file.contentType}`) : null,
        fromCustomer && file.host ? customerLinkEl(file) : null,
      );
    }),
  );
}

function customerLinkEl(file) {
  return el(
    'span',
    { class: 'customer-link', 'data-testid': 'customer-link' },
    ' — link to ',
    el('strong', { class: 'link-host' }, file.host),
    ': ',
    el('code', { class: 'link-text' }, file.url),
  );
}
