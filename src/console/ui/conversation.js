// One open handoff: opening it, fetching it again when it changes, and its header.

import { api } from './api.js';
import { el, fill, show } from './dom.js';
import { CATEGORIES, CHANNELS, label, languageName, PRIORITIES, STATES } from './format.js';
import { isVip, sameId, WORKING_STATES } from './model.js';
import { state, ui } from './state.js';
import { setView } from './views.js';
import { renderQueue } from './queue.js';
import { hideError, renderActions, showError } from './actions.js';
import { renderHistory } from './history.js';
import { renderCanned, saveDraft, setMode, updateComposer } from './composer.js';
import { renderContext } from './context.js';

export async function openHandoff(id) {
  if (state.openId !== null && !sameId(id, state.openId)) saveDraft();
  const switching = !sameId(id, state.openId);
  state.openId = id;
  state.unread.delete(String(id));
  history.replaceState(null, '', `#h=${encodeURIComponent(id)}`);
  if (state.view !== 'conversations') setView('conversations');
  renderQueue();
  if (switching) {
    hideError();
    show(ui.resolveForm, false);
    ui.resolveReason.value = '';
    ui.composer.value = state.drafts.get(String(id)) ?? '';
    setMode('reply');
  }
  await refreshOpen({ scrollToEnd: switching });
  if (switching && !ui.composer.disabled) ui.composer.focus({ preventScroll: true });
}

let refreshing = null;
/** Fetches the open handoff again and redraws it (coalescing calls that arrive while one runs). */
export async function refreshOpen({ scrollToEnd = false } = {}) {
  const id = state.openId;
  if (id === null) return;
  if (refreshing) {
    refreshing.again = true;
    return refreshing.promise;
  }
  const run = { again: false, promise: null };
  refreshing = run;
  run.promise = (async () => {
    try {
      do {
        run.again = false;
        let data;
        try {
          data = await api('GET', `/handoffs/${encodeURIComponent(id)}`);
        } catch (error) {
          if (sameId(id, state.openId)) showLoadError(error);
          return;
        }
        if (!sameId(id, state.openId)) return;
        data.item.since = performance.now();
        const first = !state.open || !sameId(state.open.item.id, id);
        state.open = data;
        renderConversation({ scrollToEnd: scrollToEnd || first });
        renderContext();
      } while (run.again && sameId(id, state.openId));
    } finally {
      refreshing = null;
    }
  })();
  return run.promise;
}

function showLoadError(error) {
  state.open = null;
  show(ui.convEmpty, true);
  show(ui.conv, false);
  fill(ui.convEmpty, el('p', { class: 'empty-title' }, 'This conversation cannot be opened'));
  showError(error.message);
  fill(ui.contextBody, el('p', { class: 'muted' }, 'Nothing to show.'));
}

export function closeConversation() {
  state.open = null;
  state.openId = null;
  show(ui.conv, false);
  show(ui.convEmpty, true);
  fill(ui.convEmpty, el('p', { class: 'empty-title' }, 'No conversation open'), el('p', {}, 'Pick a ticket from the queue on the left.'));
  fill(ui.history);
  ui.composer.value = '';
  fill(ui.contextBody, el('p', { class: 'muted' }, 'Open a ticket to see what the bot knows.'));
}

function renderConversation({ scrollToEnd }) {
  const { item } = state.open;
  show(ui.convEmpty, false);
  show(ui.conv, true);
  const customer = item.customer ?? {};
  fill(ui.convTitle, el('span', { class: 'ticket' }, item.ticketNumber), ' ', item.subject || label(CATEGORIES, item.category));
  fill(
    ui.convSub,
    el('span', { class: `state state-${item.state}`, 'data-testid': 'conv-state' }, label(STATES, item.state)),
    el('span', { class: `prio prio-${item.priority}` }, label(PRIORITIES, item.priority)),
    el('span', {}, customer.name || 'Anonymous customer'),
    isVip(customer.tier) ? el('span', { class: 'vip' }, 'VIP') : null,
    el('span', { class: `chan chan-${item.channel}` }, label(CHANNELS, item.channel)),
    el('span', { class: 'lang', title: languageName(item.language) }, languageName(item.language)),
    item.state === 'queued'
      ? el('span', { class: 'muted' }, item.position > 0 ? `#${item.position} in ${item.queue}` : item.queue)
      : item.assignee && WORKING_STATES.includes(item.state)
        ? el('span', { class: item.mine ? 'assignee mine' : 'assignee' }, item.mine ? 'Assigned to me' : `Assigned to ${item.assignee.displayName}`)
        : null,
  );
  renderActions();
  renderHistory(scrollToEnd);
  renderCanned();
  updateComposer();
}
