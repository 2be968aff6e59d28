// The queue list: waiting and in-progress tickets, kept as the stream last sent them.

import { el, fill } from './dom.js';
import { CATEGORIES, CHANNELS, label, languageName, PRIORITIES, STATES, TIERS } from './format.js';
import { isVip, sameId } from './model.js';
import { slaEl, waitEl } from './countdown.js';
import { state, ui } from './state.js';
import { openHandoff, refreshOpen } from './conversation.js';
import { refreshSupervisor } from './supervisor.js';

export function setQueue(items) {
  const since = performance.now();
  state.items = items.map((item) => ({ ...item, since }));
  // A live handoff that left the queue has nothing unread any more.
  for (const id of state.unread) if (!state.items.some((i) => String(i.id) === id)) state.unread.delete(id);
  renderQueue();
  if (state.open) {
    const fresh = state.items.find((i) => sameId(i.id, state.openId));
    if (fresh && (fresh.state !== state.open.item.state || !sameId(fresh.assignee?.id, state.open.item.assignee?.id))) refreshOpen();
  }
  if (state.view === 'supervisor') refreshSupervisor(true);
}

export function renderQueue() {
  const waiting = state.items.filter((i) => i.state === 'queued' || i.state === 'requested');
  const working = state.items.filter((i) => !waiting.includes(i));
  // My own conversations first among those in progress; otherwise the server's order.
  working.sort((a, b) => Number(b.mine) - Number(a.mine));
  ui.queueCount.textContent = `${waiting.length} waiting`;
  document.title = `${waiting.length ? `(${waiting.length}) ` : ''}Agent console · Carrier Assist`;

  const focusedTicket = document.activeElement?.closest?.('[data-testid="queue-item"]')?.dataset.ticket;
  const groups = [];
  groups.push(queueGroup('Waiting', waiting, 'Nobody is waiting. New requests appear here at once.'));
  if (working.length || state.items.length) groups.push(queueGroup('In progress', working, 'No conversation is being handled.'));
  fill(ui.queueList, ...groups);
  if (focusedTicket) ui.queueList.querySelector(`[data-ticket="${CSS.escape(focusedTicket)}"] button`)?.focus();
}

function queueGroup(title, items, emptyText) {
  return el(
    'section',
    { class: 'queue-group', 'aria-label': title },
    el('h3', { class: 'queue-group-title' }, title, el('span', { class: 'count' }, String(items.length))),
    items.length ? el('ul', { class: 'queue-items' }, items.map(queueItem)) : el('p', { class: 'queue-empty' }, emptyText),
  );
}

function queueItem(item) {
  const waiting = item.state === 'queued' || item.state === 'requested';
  const isOpen = sameId(item.id, state.openId);
  const classes = ['qi', `qi-${item.priority}`];
  if (item.mine) classes.push('is-mine');
  if (isOpen) classes.push('is-open');
  if (item.breached) classes.push('is-breached');
  const customer = item.customer ?? {};
  const unread = state.unread.has(String(item.id));
  return el(
    'li',
    { class: classes.join(' '), 'data-testid': 'queue-item', dataset: { ticket: item.ticketNumber, state: item.state, id: String(item.id) } },
    el(
      'button',
      { type: 'button', class: 'qi-btn', 'aria-current': isOpen ? 'true' : null, onclick: () => openHandoff(item.id) },
      el(
        'span',
        { class: 'qi-row qi-top' },
        el('span', { class: `prio prio-${item.priority}` }, label(PRIORITIES, item.priority)),
        el('span', { class: 'ticket' }, item.ticketNumber),
        unread ? el('span', { class: 'unread', title: 'New customer message' }, 'New message') : null,
        slaEl(item.slaSecondsLeft, item.since, true),
      ),
      el('span', { class: 'qi-subject' }, item.subject || label(CATEGORIES, item.category)),
      el(
        'span',
        { class: 'qi-row qi-customer' },
        el('span', { class: 'customer-name' }, customer.name || 'Anonymous customer'),
        customer.accountNumber ? el('span', { class: 'muted' }, customer.accountNumber) : null,
        isVip(customer.tier) ? el('span', { class: 'vip', title: label(TIERS, customer.tier) }, 'VIP') : null,
      ),
      el(
        'span',
        { class: 'qi-row qi-meta' },
        el('span', { class: `chan chan-${item.channel}` }, label(CHANNELS, item.channel)),
        el('span', { class: 'lang', title: languageName(item.language) }, String(item.language || '?').toUpperCase()),
        el('span', { class: 'muted' }, label(CATEGORIES, item.category)),
      ),
      el(
        'span',
        { class: 'qi-row qi-bottom' },
        waiting
          ? [item.position > 0 ? el('span', { class: 'position' }, `#${item.position} in ${item.queue}`) : el('span', { class: 'muted' }, item.queue), waitEl(item.waitingSeconds, item.since)]
          : [
              el('span', { class: `state state-${item.state}` }, label(STATES, item.state)),
              item.mine
                ? el('span', { class: 'assignee mine' }, 'Mine')
                : el('span', { class: 'assignee' }, item.assignee ? item.assignee.displayName : 'Unassigned'),
            ],
      ),
    ),
  );
}
