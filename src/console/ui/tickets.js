// The tickets view beside the live queue: filters, a search by any key, and the list (src/console/API.md "Tickets").

import { api } from './api.js';
import { el, fill, show } from './dom.js';
import { CATEGORIES, duration, label, PRIORITIES, QUEUES, SLA_STATUSES, TICKET_STATES, zonedTimeEl } from './format.js';
import { state, ui } from './state.js';
import { openTicket } from './ticketDetail.js';

let wired = false;

/** Shows the tickets view: the list as the filters say, and the ticket named in the address if any. */
export function showTickets() {
  if (!wired) wireTickets();
  loadTickets();
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('t');
  if (fromHash) openTicket(fromHash);
}

function wireTickets() {
  wired = true;
  ui.ticketFilters.addEventListener('submit', (event) => {
    event.preventDefault();
    loadTickets();
  });
  ui.ticketFilters.addEventListener('change', (event) => {
    if (event.target !== ui.ticketSearch) loadTickets();
  });
}

/** The list's query from the filters; a search looks through every state. */
function query() {
  const form = new FormData(ui.ticketFilters);
  const params = new URLSearchParams();
  const q = String(form.get('q') ?? '').trim();
  for (const [key, value] of form) {
    if (key === 'state' && q) continue;
    if (value) params.set(key, String(value));
  }
  return params;
}

export async function loadTickets() {
  try {
    const { items } = await api('GET', `/tickets?${query()}`);
    show(ui.ticketsError, false);
    renderTickets(items);
  } catch (error) {
    ui.ticketsError.textContent = error.message;
    show(ui.ticketsError, true);
  }
}

export function renderTickets(items) {
  ui.ticketsCount.textContent = `${items.length} ticket${items.length === 1 ? '' : 's'}`;
  fill(
    ui.ticketRows,
    items.length ? items.map(ticketRow) : el('tr', {}, el('td', { colspan: '7', class: 'muted' }, 'No ticket matches.')),
  );
}

/** One row; a click opens the ticket. */
export function ticketRow(item) {
  const open = () => openTicket(item.number);
  return el(
    'tr',
    { class: `clickable${state.ticket?.item.number === item.number ? ' is-open' : ''}`, 'data-testid': 'ticket-row', dataset: { number: item.number }, tabindex: '0', onclick: open, onkeydown: (e) => e.key === 'Enter' && open() },
    el('th', { scope: 'row' }, el('div', { class: 'ticket' }, item.number), el('div', { class: 'muted' }, 'opened ', zonedTimeEl(item.createdAt))),
    el('td', {}, el('div', {}, item.subject), el('div', { class: 'muted' }, label(CATEGORIES, item.category))),
    el('td', {}, item.customer.name ?? 'Guest', item.customer.accountNumber ? el('div', { class: 'muted' }, item.customer.accountNumber) : null),
    el('td', {}, el('div', {}, el('span', { class: `state state-${item.state}` }, label(TICKET_STATES, item.state))), el('div', { class: 'muted' }, label(QUEUES, item.queue), ' queue')),
    el('td', {}, el('span', { class: `prio prio-${item.priority}` }, label(PRIORITIES, item.priority))),
    el('td', {}, slaEl(item.sla)),
    el('td', {}, item.assignee ? item.assignee.displayName : el('span', { class: 'muted' }, 'nobody')),
  );
}

/** The SLA as a status, with what is left (or how late) and the deadline with its date and zone. */
export function slaEl(sla) {
  const left = sla.status === 'done' ? '' : sla.secondsLeft < 0 ? ` · ${duration(sla.secondsLeft)} late` : ` · ${duration(sla.secondsLeft)} left`;
  return el('span', { class: `sla-status sla-${sla.status}`, title: `due ${new Date(sla.due).toString()}` }, label(SLA_STATUSES, sla.status), left);
}
