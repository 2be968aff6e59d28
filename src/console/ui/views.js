// The two views a supervisor switches between: conversations and the supervisor panel.

import { show } from './dom.js';
import { state, ui } from './state.js';
import { startSupervisor, stopSupervisor } from './supervisor.js';

export function setView(view) {
  const supervisor = view === 'supervisor' && state.agent?.role === 'supervisor';
  state.view = supervisor ? 'supervisor' : 'conversations';
  ui.tabConversations.setAttribute('aria-pressed', String(!supervisor));
  ui.tabSupervisor.setAttribute('aria-pressed', String(supervisor));
  show(ui.console, !supervisor);
  show(ui.supervisor, supervisor);
  if (supervisor) startSupervisor();
  else stopSupervisor();
}

/** The view tabs. */
export function wireViews() {
  ui.tabConversations.addEventListener('click', () => setView('conversations'));
  ui.tabSupervisor.addEventListener('click', () => setView('supervisor'));
}
