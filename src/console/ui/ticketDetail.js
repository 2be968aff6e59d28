// One ticket in the tickets view: its facts and SLA, the actions, the timeline (with the parcel's scans),
// the conversation and the customer's other tickets. Resolving while the customer's last message is
// unanswered asks first (the server's 409 carries that message).

import { api } from './api.js';
import { el, fill, show } from './dom.js';
import { attachmentsEl } from './history.js';
import { CATEGORIES, CHANNELS, dateTimeZone, label, languageName, PRIORITIES, QUEUES, TICKET_STATES, zonedTimeEl } from './format.js';
import { state, ui } from './state.js';
import { loadTickets, slaEl, ticketRow } from './tickets.js';

const DONE = ['resolved', 'closed'];
const REQUESTS = { invoice: 'the commercial invoice', documents: 'documents', address: 'a new address' };

export async function openTicket(number) {
  history.replaceState(null, '', `#t=${encodeURIComponent(number)}`);
  try {
    state.ticket = await api('GET', `/tickets/${encodeURIComponent(number)}`);
    renderTicket();
  } catch (error) {
    state.ticket = null;
    fill(ui.ticketDetail, el('p', { class: 'action-error', role: 'alert' }, error.message));
    show(ui.ticketDetail, true);
  }
}

/** Runs an action on the open ticket, then shows it (and the list) again; a refusal shows its reason. */
async function act(path, body, onRefused) {
  const { number } = state.ticket.item;
  try {
    await api('POST', `/tickets/${encodeURIComponent(number)}${path}`, body);
  } catch (error) {
    if (onRefused?.(error)) return;
    showActionError(error.message);
    return;
  }
  await openTicket(number);
  loadTickets();
}

function showActionError(message) {
  const node = ui.ticketDetail.querySelector('.ticket-action-error');
  node.textContent = message;
  show(node, true);
}

function renderTicket() {
  const { item, timeline, conversation, otherTickets, notes, attachments, requests } = state.ticket;
  const done = DONE.includes(item.state);
  fill(
    ui.ticketDetail,
    el('div', { class: 'ticket-head' },
      el('h2', { 'data-testid': 'ticket-title' }, `${item.number} · ${item.subject}`),
      el('p', { class: 'conv-sub' },
        el('span', { class: `state state-${item.state}`, 'data-testid': 'ticket-state', dataset: { state: item.state } }, label(TICKET_STATES, item.state)),
        el('span', { class: `prio prio-${item.priority}` }, label(PRIORITIES, item.priority)),
        el('span', { class: 'chip' }, `${label(QUEUES, item.queue)} queue`),
        el('span', { class: 'chip' }, label(CATEGORIES, item.category)),
        item.channel ? el('span', { class: `chan chan-${item.channel}` }, label(CHANNELS, item.channel)) : null,
        item.language ? el('span', { class: 'lang' }, languageName(item.language)) : null,
      ),
    ),
    el('dl', { class: 'kv ticket-facts' },
      el('dt', {}, 'Customer'), el('dd', {}, [item.customer.name ?? 'Guest', item.customer.email, item.customer.phone, item.customer.accountNumber].filter(Boolean).join(' · ')),
      el('dt', {}, 'Parcels'), el('dd', {}, item.trackingNumbers.join(', ') || '—'),
      el('dt', {}, 'Owner'), el('dd', { 'data-testid': 'ticket-owner' }, item.assignee ? item.assignee.displayName : 'nobody'),
      el('dt', {}, 'Opened'), el('dd', {}, zonedTimeEl(item.createdAt)),
      el('dt', {}, 'First answer due'), el('dd', {}, dateTimeZone(item.sla.firstResponseDue), item.firstResponseAt ? ` (answered ${dateTimeZone(item.firstResponseAt)})` : ''),
      el('dt', {}, 'Resolution due'), el('dd', {}, dateTimeZone(item.sla.resolutionDue)),
      el('dt', {}, 'SLA'), el('dd', {}, slaEl(item.sla)),
    ),
    el('p', { class: 'action-error ticket-action-error', 'data-testid': 'ticket-action-error', role: 'alert', hidden: true }),
    actions(item, done, requests),
    el('div', { class: 'ticket-columns' },
      el('section', { class: 'card' }, el('h3', {}, 'Timeline'), el('ol', { class: 'timeline', 'data-testid': 'ticket-timeline' }, timeline.map(timelineEntry))),
      el('section', { class: 'card' },
        el('h3', {}, 'Conversation'),
        el('ol', { class: 'plain-list', 'data-testid': 'ticket-conversation' }, conversation.map((m) =>
          el('li', { class: `line from-${m.author}` }, el('span', { class: 'who' }, m.name), ' ', zonedTimeEl(m.at), el('div', {}, m.text),
            // A file the customer sent while people had the conversation is here (the bot keeps its own on the ticket's Files).
            m.attachments?.length ? attachmentsEl(m.attachments, m.author === 'customer') : null))),
        notes.length ? [el('h3', {}, 'Notes'), el('ul', { class: 'plain-list' }, notes.map((n) => el('li', { class: 'note' }, el('span', { class: 'who' }, n.agent.displayName), ' ', zonedTimeEl(n.at), el('div', {}, n.text))))] : null,
        attachments.length ? [el('h3', {}, 'Files'), el('ul', { class: 'plain-list' }, attachments.map((a) => el('li', {}, a.name ?? a.contentType, ' ', zonedTimeEl(a.at))))] : null,
        el('h3', {}, "Customer's other tickets"),
        otherTickets.length
          ? el('table', { class: 'table', 'data-testid': 'other-tickets' }, el('tbody', {}, otherTickets.map(ticketRow)))
          : el('p', { class: 'muted' }, 'None.'),
      ),
    ),
  );
  show(ui.ticketDetail, true);
}

function timelineEntry(e) {
  const where = e.kind === 'carrier' && e.detail.city ? ` (${e.detail.city}, ${e.detail.country})` : '';
  const reason = typeof e.detail.reason === 'string' ? ` — ${e.detail.reason}` : '';
  return el('li', { class: `tl tl-${e.kind}`, dataset: { kind: e.kind } }, zonedTimeEl(e.at), ' ', el('span', { class: 'who' }, e.name), ' ', `${e.text}${where}${reason}`);
}

/** The action bar: take, reply, ask for something, note, queue and priority, resolve (with its warning), reopen. */
function actions(item, done, requests) {
  const text = el('textarea', { rows: '3', 'data-testid': 'ticket-text', 'aria-label': 'Message or note' });
  const kind = el('select', { 'data-testid': 'request-kind', 'aria-label': 'Ask the customer for' },
    el('option', { value: '' }, 'Ask the customer for…'),
    Object.entries(REQUESTS).map(([k, what]) => el('option', { value: k }, what)));
  // Picking what to ask for puts the request, in the customer's language, in the box to edit.
  kind.addEventListener('change', () => {
    if (kind.value) text.value = requests[kind.value];
  });
  const reason = el('input', { 'data-testid': 'ticket-resolve-reason', placeholder: 'Why is it resolved?', list: 'resolve-reasons' });
  const warning = el('div', { class: 'resolve-warning', 'data-testid': 'resolve-warning', role: 'alert', hidden: true });
  const resolve = (confirmed) =>
    act('/resolve', { reason: reason.value, confirmed }, (error) => {
      if (error.status !== 409 || !error.body?.unanswered) return false;
      const u = error.body.unanswered;
      fill(warning,
        el('p', {}, `The customer's last message has no answer yet (${dateTimeZone(u.at)}): “${u.text}”.`),
        el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'resolve-anyway', onclick: () => resolve(true) }, 'Resolve anyway'),
        el('button', { type: 'button', class: 'btn btn-quiet', onclick: () => show(warning, false) }, 'Cancel'));
      show(warning, true);
      return true;
    });
  const select = (name, values, current, path) =>
    el('select', { 'aria-label': name, 'data-testid': `ticket-${name}`, onchange: (e) => act(path, { [name]: e.target.value }) },
      Object.entries(values).map(([v, l]) => el('option', { value: v, selected: v === current }, l)));
  return el('div', { class: 'ticket-actions', role: 'group', 'aria-label': 'Ticket actions' },
    el('div', { class: 'actions' },
      item.mine ? null : el('button', { type: 'button', class: 'btn', 'data-testid': 'ticket-take', onclick: () => act('/assign', {}) }, 'Assign to me'),
      assignTo(item),
      select('queue', QUEUES, item.queue, '/queue'),
      select('priority', PRIORITIES, item.priority, '/priority'),
      done ? null : el('button', { type: 'button', class: 'btn', 'data-testid': 'ticket-wait-carrier', disabled: item.state === 'waiting_on_carrier', onclick: () => act('/wait-on-carrier', { reason: text.value || 'Waiting on the carrier' }) }, 'Wait on carrier'),
      done ? el('button', { type: 'button', class: 'btn', 'data-testid': 'ticket-reopen', onclick: () => act('/reopen', { reason: reason.value || 'Reopened' }) }, 'Reopen') : null,
    ),
    el('div', { class: 'ticket-compose' },
      text,
      el('div', { class: 'actions' },
        kind,
        el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'ticket-ask', disabled: done, onclick: () => kind.value && act('/requests', { kind: kind.value, text: text.value }) }, 'Ask and wait'),
        el('button', { type: 'button', class: 'btn', 'data-testid': 'ticket-reply', disabled: done, onclick: () => act('/messages', { text: text.value }) }, 'Reply to customer'),
        el('button', { type: 'button', class: 'btn', 'data-testid': 'ticket-note', onclick: () => act('/notes', { text: text.value }) }, 'Add note'),
      ),
    ),
    done ? null : el('div', { class: 'actions ticket-resolve' },
      reason,
      el('button', { type: 'button', class: 'btn', 'data-testid': 'ticket-resolve', onclick: () => resolve(false) }, 'Resolve'),
    ),
    warning,
  );
}

/** Give the ticket to another agent who works its queue (the server decides who may). */
function assignTo(item) {
  const others = state.agents.filter((a) => a.id !== item.assignee?.id && (a.role === 'supervisor' || a.queues.includes(item.queue)));
  if (!others.length) return null;
  return el('select', { 'aria-label': 'Assign to', 'data-testid': 'ticket-assign-to', onchange: (e) => e.target.value && act('/assign', { agentId: e.target.value }) },
    el('option', { value: '' }, 'Assign to…'),
    others.map((a) => el('option', { value: a.id }, a.displayName)));
}
