// The views the console switches between: conversations (the live queue), tickets, and the supervisor panel.

import { show } from './dom.js';
import { state, ui } from './state.js';
import { startSupervisor, stopSupervisor } from './supervisor.js';
import { showTickets } from './tickets.js';

export function setView(view) {
  const chosen = view === 'supervisor' && state.agent?.role !== 'supervisor' ? 'conversations' : view;
  state.view = chosen;
  ui.tabConversations.setAttribute('aria-pressed', String(chosen === 'conversations'));
  ui.tabTickets.setAttribute('aria-pressed', String(chosen === 'tickets'));
  ui.tabSupervisor.setAttribute('aria-pressed', String(chosen === 'supervisor'));
  show(ui.console, chosen === 'conversations');
  show(ui.tickets, chosen === 'tickets');
  show(ui.supervisor, chosen === 'supervisor');
  if (chosen === 'supervisor') startSupervisor();
  else stopSupervisor();
  if (chosen === 'tickets') showTickets();
}

/** The view tabs. */
export function wireViews() {
  ui.tabConversations.addEventListener('click', () => setView('conversations'));
  ui.tabTickets.addEventListener('click', () => setView('tickets'));
  ui.tabSupervisor.addEventListener('click', () => setView('supervisor'));
}
