// The supervisor panel: queue depth, agents and SLA breaches, refreshed every few seconds while it shows.

import { api } from './api.js';
import { el, fill, show } from './dom.js';
import { CATEGORIES, duration, label, PRIORITIES } from './format.js';
import { slaEl } from './countdown.js';
import { state, ui } from './state.js';
import { openHandoff } from './conversation.js';
import { capacityCell } from './availability.js';
import { refreshCharts } from './charts.js';

const SUPERVISOR_REFRESH_MS = 5000;

export function startSupervisor() {
  stopSupervisor();
  refreshSupervisor();
  state.supTimer = setInterval(refreshSupervisor, SUPERVISOR_REFRESH_MS);
}

export function stopSupervisor() {
  clearInterval(state.supTimer);
  state.supTimer = null;
  state.chartsAt = null;
}

/** Loads the supervisor figures; queue events ask at most once a second. */
export async function refreshSupervisor(fromEvent = false) {
  if (fromEvent && performance.now() - state.supLast < 1000) return;
  state.supLast = performance.now();
  try {
    const data = await api('GET', '/supervisor');
    if (state.view !== 'supervisor') return;
    show(ui.supError, false);
    renderSupervisor(data);
    // The charts change by the day: drawn when the panel opens and about once a minute.
    if (!fromEvent && performance.now() - (state.chartsAt ?? -Infinity) > 60_000) {
      state.chartsAt = performance.now();
      refreshCharts();
    }
  } catch (error) {
    ui.supError.textContent = error.message;
    show(ui.supError, true);
  }
}

function renderSupervisor(data) {
  const queues = data.queues ?? [];
  const agents = data.agents ?? [];
  const breaches = data.breaches ?? [];
  const since = performance.now();
  const waiting = queues.reduce((sum, q) => sum + (q.waiting ?? 0), 0);
  const longest = queues.reduce((max, q) => Math.max(max, q.longestWaitSeconds ?? 0), 0);
  const online = agents.filter((a) => a.online).length;
  const tile = (name, value, level) => el('div', { class: 'tile', dataset: { level: level ?? '' } }, el('span', { class: 'tile-value' }, value), el('span', { class: 'tile-name' }, name));
  fill(
    ui.supTiles,
    tile('Waiting', String(waiting)),
    tile('Longest wait', waiting ? duration(longest) : '—', longest > 15 * 60 ? 'warn' : ''),
    tile('SLA breaches', String(breaches.length), breaches.length ? 'breached' : ''),
    tile('Agents online', `${online} / ${agents.length}`),
    tile('Handled today', String(data.handledToday ?? 0)),
    tile('Average handle time', data.averageHandleMinutes === null || data.averageHandleMinutes === undefined ? '—' : `${data.averageHandleMinutes < 10 ? Number(data.averageHandleMinutes).toFixed(1) : Math.round(data.averageHandleMinutes)} min`),
  );
  fill(
    ui.supQueues,
    ...(queues.length
      ? queues.map((q) =>
          el(
            'tr',
            { dataset: { queue: q.queue } },
            el('th', { scope: 'row' }, q.queue),
            el('td', { class: 'num' }, String(q.waiting ?? 0)),
            el('td', { class: 'num' }, q.waiting ? duration(q.longestWaitSeconds ?? 0) : '—'),
            el('td', { class: q.breached ? 'num is-breached' : 'num' }, String(q.breached ?? 0)),
          ),
        )
      : [emptyRow(4, 'No queues.')]),
  );
  const maxLoad = Math.max(1, ...agents.map((a) => (a.assigned ?? 0) + (a.active ?? 0)));
  fill(
    ui.supAgents,
    ...(agents.length
      ? agents.map((a) =>
          el(
            'tr',
            { dataset: { agentId: String(a.id) } },
            el(
              'th',
              { scope: 'row' },
              a.displayName,
              a.role === 'supervisor' ? el('span', { class: 'role-tag' }, 'supervisor') : null,
              loadBar(((a.assigned ?? 0) + (a.active ?? 0)) / maxLoad),
            ),
            el('td', {}, el('span', { class: a.online ? 'presence online' : 'presence' }, a.online ? 'Online' : 'Offline')),
            capacityCell(a, () => refreshSupervisor()),
            el('td', { class: 'num' }, String(a.assigned ?? 0)),
            el('td', { class: 'num' }, String(a.active ?? 0)),
          ),
        )
      : [emptyRow(5, 'No agents.')]),
  );
  fill(
    ui.supBreaches,
    ...(breaches.length
      ? breaches.map((b) =>
          el(
            'tr',
            { class: 'clickable', dataset: { ticket: b.ticketNumber }, onclick: () => openHandoff(b.id) },
            el('th', { scope: 'row' }, el('button', { type: 'button', class: 'linkish' }, b.ticketNumber)),
            el('td', {}, b.subject || label(CATEGORIES, b.category)),
            el('td', {}, b.queue),
            el('td', {}, el('span', { class: `prio prio-${b.priority}` }, label(PRIORITIES, b.priority))),
            el('td', {}, b.assignee ? b.assignee.displayName : el('span', { class: 'muted' }, 'Unassigned')),
            el('td', { class: 'num' }, slaEl(b.slaSecondsLeft, since, true)),
          ),
        )
      : [emptyRow(6, 'No SLA breaches.')]),
  );
  const undeliverable = data.undeliverable ?? [];
  fill(
    ui.supUndeliverable,
    ...(undeliverable.length
      ? undeliverable.map((u) =>
          el(
            'tr',
            { dataset: { conversation: u.conversationId } },
            el('th', { scope: 'row' }, u.conversationId),
            el('td', {}, u.channel),
            el('td', {}, u.text),
            el('td', {}, u.reason),
            el('td', { class: 'num' }, String(u.attempts)),
            el('td', {}, u.at ? new Date(u.at).toLocaleString() : ''),
          ),
        )
      : [emptyRow(6, 'Every message was delivered.')]),
  );
  ui.supUpdated.textContent = `Updated ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
}

/** A bar as wide as the share; set through CSSOM so a strict style-src still allows it. */
function loadBar(share) {
  const bar = el('span', { class: 'load-bar' });
  bar.style.width = `${Math.round(share * 100)}%`;
  return el('span', { class: 'load', 'aria-hidden': 'true' }, bar);
}

function emptyRow(span, text) {
  return el('tr', {}, el('td', { colspan: String(span), class: 'muted empty-row' }, text));
}
