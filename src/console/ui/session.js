// Signing in and out: resuming a session on load, the sign-in form, and what a session starts and ends.

import { loadAvailability } from './availability.js';
import { api, whenSessionEnds } from './api.js';
import { show } from './dom.js';
import { label, ROLES } from './format.js';
import { state, ui } from './state.js';
import { closeStream, connectStream } from './stream.js';
import { renderQueue, setQueue } from './queue.js';
import { closeConversation, openHandoff } from './conversation.js';
import { loadAgents } from './actions.js';
import { setView } from './views.js';
import { stopSupervisor } from './supervisor.js';

export async function resume() {
  try {
    const session = await api('GET', '/session');
    startSession(session);
  } catch (error) {
    // A console without any agent yet says how an administrator creates the first.
    showSignin(error.status === 401 ? (error.body?.setup ?? '') : error.message);
  } finally {
    ui.body.classList.remove('is-loading');
  }
}

function showSignin(message) {
  show(ui.signinPage, true);
  show(ui.console, false);
  show(ui.supervisor, false);
  show(ui.tickets, false);
  show(ui.tabs, false);
  show(ui.whoami, false);
  ui.loginError.textContent = message || '';
  show(ui.loginError, Boolean(message));
  ui.loginPassword.value = '';
  ui.loginSubmit.disabled = false;
  (ui.loginUsername.value ? ui.loginPassword : ui.loginUsername).focus();
}

function startSession({ agent, csrfToken }) {
  state.agent = agent;
  state.csrf = csrfToken;
  show(ui.signinPage, false);
  show(ui.whoami, true);
  show(ui.tabs, true);
  ui.agentName.textContent = agent.displayName || agent.username;
  ui.agentRole.textContent = label(ROLES, agent.role);
  ui.agentRole.dataset.role = agent.role;
  show(ui.tabSupervisor, agent.role === 'supervisor');
  setView('conversations');
  renderQueue();
  api('GET', '/queue')
    .then((data) => state.items.length === 0 && setQueue(data.items))
    .catch(() => {});
  connectStream();
  loadAgents();
  loadAvailability();
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('h');
  if (fromHash) openHandoff(fromHash);
}

export function signedOut(message) {
  closeStream();
  stopSupervisor();
  Object.assign(state, { agent: null, csrf: null, items: [], openId: null, open: null, agents: [], ticket: null });
  show(ui.ticketDetail, false);
  state.unread.clear();
  state.drafts.clear();
  closeConversation();
  history.replaceState(null, '', location.pathname + location.search);
  document.title = 'Agent console · Carrier Assist';
  showSignin(message);
}

/** The sign-in form, the sign-out button, and signing out when the API says the session ended. */
export function wireSession() {
  whenSessionEnds(signedOut);

  ui.loginForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = ui.loginUsername.value.trim();
    const password = ui.loginPassword.value;
    if (!username || !password) {
      ui.loginError.textContent = 'Enter your username and password.';
      show(ui.loginError, true);
      return;
    }
    show(ui.loginError, false);
    ui.loginSubmit.disabled = true;
    ui.loginSubmit.textContent = 'Signing in…';
    try {
      const session = await api('POST', '/session', { username, password });
      ui.loginPassword.value = '';
      startSession(session);
    } catch (error) {
      ui.loginError.textContent = error.message;
      show(ui.loginError, true);
      ui.loginPassword.select();
    } finally {
      ui.loginSubmit.disabled = false;
      ui.loginSubmit.textContent = 'Sign in';
    }
  });

  ui.signout.addEventListener('click', async () => {
    ui.signout.disabled = true;
    try {
      await api('DELETE', '/session');
    } catch {
      // Signed out here either way; the cookie expires on its own.
    } finally {
      ui.signout.disabled = false;
      signedOut('');
    }
  });
}
