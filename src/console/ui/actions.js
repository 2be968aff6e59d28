// Ticket actions on the open handoff: claim, transfer, resolve, hand back, release; and the action error line.

import { api } from './api.js';
import { el, fill, show } from './dom.js';
import { sameId, WORKING_STATES } from './model.js';
import { state, ui } from './state.js';
import { refreshOpen } from './conversation.js';

function canAct(item) {
  return WORKING_STATES.includes(item.state) && (item.mine || state.agent?.role === 'supervisor');
}

export function renderActions() {
  const { item } = state.open;
  const acting = canAct(item);
  show(ui.claim, item.state === 'queued');
  ui.claim.disabled = state.busy;
  ui.transferSelect.disabled = !acting || state.busy;
  ui.transfer.disabled = !acting || state.busy || !ui.transferSelect.value;
  ui.resolve.disabled = !acting || state.busy;
  ui.handback.disabled = !acting || state.busy;
  ui.release.disabled = !acting || state.busy;
  if (!acting) show(ui.resolveForm, false);
  renderTransferTargets();
}

function renderTransferTargets() {
  const item = state.open?.item;
  const chosen = ui.transferSelect.value;
  const others = state.agents.filter((a) => !state.agent || !sameId(a.id, state.agent.id));
  const inQueue = (a) => !item || a.role === 'supervisor' || (a.queues ?? []).includes(item.queue);
  const option = (a) =>
    el(
      'option',
      { value: String(a.id), selected: sameId(a.id, chosen) ? true : null },
      `${a.displayName} — ${a.online ? 'online' : 'offline'}, ${a.load ?? 0} open`,
    );
  const eligible = others.filter(inQueue);
  const rest = others.filter((a) => !inQueue(a));
  fill(
    ui.transferSelect,
    el('option', { value: '' }, others.length ? 'Transfer to…' : 'No other agents'),
    eligible.map(option),
    rest.length ? el('optgroup', { label: item ? `Not in the ${item.queue} queue` : 'Other queues' }, rest.map(option)) : null,
  );
}

export async function loadAgents() {
  try {
    const data = await api('GET', '/agents');
    state.agents = Array.isArray(data.agents) ? data.agents : [];
    if (state.open) renderActions();
  } catch {
    // Transfer targets stay empty; the select says so.
  }
}

export function showError(message) {
  ui.actionError.textContent = message;
  show(ui.actionError, true);
}

export function hideError() {
  ui.actionError.textContent = '';
  show(ui.actionError, false);
}

/** Runs one ticket action: buttons wait, errors show plainly, the view refreshes either way. */
async function act(run) {
  if (!state.open || state.busy) return;
  hideError();
  state.busy = true;
  renderActions();
  try {
    await run(state.open.item.id);
  } catch (error) {
    showError(error.message);
  } finally {
    state.busy = false;
    if (state.open) renderActions();
    await refreshOpen();
  }
}

function submitResolve() {
  const reason = ui.resolveReason.value.trim();
  if (!reason) {
    showError('Say why the ticket is resolved.');
    ui.resolveReason.focus();
    return;
  }
  act(async (id) => {
    await api('POST', `/handoffs/${encodeURIComponent(id)}/resolve`, { reason });
    ui.resolveReason.value = '';
    show(ui.resolveForm, false);
  });
}

/** The action buttons, the transfer select and the resolve form. */
export function wireActions() {
  ui.claim.addEventListener('click', () =>
    act(async (id) => {
      await api('POST', `/handoffs/${encodeURIComponent(id)}/claim`);
      ui.composer.focus();
    }),
  );

  ui.transferSelect.addEventListener('change', () => {
    if (state.open) ui.transfer.disabled = !canAct(state.open.item) || state.busy || !ui.transferSelect.value;
  });
  ui.transferSelect.addEventListener('focus', loadAgents);

  ui.transfer.addEventListener('click', () => {
    const target = state.agents.find((a) => sameId(a.id, ui.transferSelect.value));
    if (!target) {
      showError('Choose the agent to transfer to.');
      ui.transferSelect.focus();
      return;
    }
    act(async (id) => {
      await api('POST', `/handoffs/${encodeURIComponent(id)}/transfer`, { agentId: target.id });
      ui.transferSelect.value = '';
    });
  });

  ui.resolve.addEventListener('click', () => {
    // First click asks for the reason; a click with a reason given resolves.
    if (ui.resolveForm.hidden) {
      show(ui.resolveForm, true);
      ui.resolveReason.focus();
    } else if (ui.resolveReason.value.trim()) {
      submitResolve();
    } else {
      ui.resolveReason.focus();
    }
  });

  ui.resolveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    submitResolve();
  });

  ui.resolveCancel.addEventListener('click', () => {
    show(ui.resolveForm, false);
    ui.resolve.focus();
  });

  ui.resolveForm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') ui.resolveCancel.click();
  });

  ui.handback.addEventListener('click', () =>
    act(async (id) => {
      await api('POST', `/handoffs/${encodeURIComponent(id)}/handback`);
    }),
  );

  ui.release.addEventListener('click', () =>
    act(async (id) => {
      await api('POST', `/handoffs/${encodeURIComponent(id)}/release`);
    }),
  );
}
