// The composer: reply or internal note, drafts per ticket, canned replies, Enter to send.

import { api } from './api.js';
import { el, fill } from './dom.js';
import { CHANNELS, label, languageName, STATES } from './format.js';
import { sameId, WORKING_STATES } from './model.js';
import { state, ui } from './state.js';
import { refreshOpen } from './conversation.js';
import { hideError, showError } from './actions.js';
import { addHistoryEntry, addNote } from './history.js';

export function setMode(mode) {
  state.mode = mode;
  ui.composerForm.dataset.mode = mode;
  ui.modeReply.setAttribute('aria-pressed', String(mode === 'reply'));
  ui.modeNote.setAttribute('aria-pressed', String(mode === 'note'));
  ui.composerLabel.textContent = mode === 'reply' ? 'Reply to customer' : 'Internal note';
  updateComposer();
}

function canReply(item) {
  return Boolean(item && item.mine && WORKING_STATES.includes(item.state));
}

export function updateComposer() {
  const item = state.open?.item;
  const note = state.mode === 'note';
  const allowed = Boolean(item) && (note || canReply(item));
  ui.composer.disabled = !allowed;
  ui.send.disabled = !allowed || state.sending === true;
  ui.send.textContent = note ? 'Add note' : 'Send';
  ui.canned.disabled = !item || !(state.open.canned ?? []).length;
  let hint;
  if (!item) hint = '';
  else if (note) hint = 'Only agents see internal notes. Enter saves, Shift+Enter starts a new line.';
  else if (allowed) hint = `Goes to the customer on ${label(CHANNELS, item.channel)}. Enter sends, Shift+Enter starts a new line.`;
  else if (item.state === 'queued') hint = 'Claim this ticket to reply to the customer. Internal notes are always possible.';
  else if (WORKING_STATES.includes(item.state)) hint = `${item.assignee?.displayName ?? 'Another agent'} has this conversation; only they can reply. Internal notes are always possible.`;
  else hint = `This conversation is ${label(STATES, item.state).toLowerCase()}; the bot answers the customer. Internal notes are still possible.`;
  ui.composerHint.textContent = hint;
  ui.composer.placeholder = note ? 'Write an internal note for other agents…' : allowed ? `Write to ${item.customer?.name || 'the customer'}…` : '';
}

export function saveDraft() {
  if (state.openId === null) return;
  const text = ui.composer.value;
  if (text) state.drafts.set(String(state.openId), text);
  else state.drafts.delete(String(state.openId));
}

export function renderCanned() {
  const canned = state.open?.canned ?? [];
  fill(
    ui.canned,
    el('option', { value: '' }, canned.length ? `Canned replies (${languageName(state.open.item.language)})…` : 'No canned replies'),
    canned.map((c) => el('option', { value: String(c.id), title: c.text }, c.title)),
  );
}

/** The mode buttons, the text box, sending, and the canned-reply select. */
export function wireComposer() {
  ui.modeReply.addEventListener('click', () => {
    setMode('reply');
    if (!ui.composer.disabled) ui.composer.focus();
  });
  ui.modeNote.addEventListener('click', () => {
    setMode('note');
    ui.composer.focus();
  });

  ui.composer.addEventListener('keydown', (event) => {
    // Enter sends; Shift+Enter is a new line; an IME composing Chinese text keeps its Enter.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      ui.composerForm.requestSubmit();
    }
  });

  ui.composer.addEventListener('input', saveDraft);

  ui.composerForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const item = state.open?.item;
    const text = ui.composer.value.trim();
    if (!item || !text || state.sending) return;
    const note = state.mode === 'note';
    hideError();
    state.sending = true;
    updateComposer();
    try {
      const id = encodeURIComponent(item.id);
      if (note) {
        const data = await api('POST', `/handoffs/${id}/notes`, { text });
        if (data?.note && sameId(item.id, state.openId)) addNote(data.note, { own: true });
      } else {
        const data = await api('POST', `/handoffs/${id}/messages`, { text });
        if (data?.entry && sameId(item.id, state.openId)) addHistoryEntry(data.entry, { own: true });
      }
      if (sameId(item.id, state.openId)) {
        ui.composer.value = '';
        saveDraft();
      }
    } catch (error) {
      showError(error.message);
      if (error.status === 409) refreshOpen();
    } finally {
      state.sending = false;
      updateComposer();
      if (!ui.composer.disabled) ui.composer.focus();
    }
  });

  ui.canned.addEventListener('change', () => {
    const chosen = (state.open?.canned ?? []).find((c) => sameId(c.id, ui.canned.value));
    ui.canned.value = '';
    if (!chosen) return;
    setMode('reply');
    const current = ui.composer.value.trim();
    ui.composer.value = current ? `${current}\n${chosen.text}` : chosen.text;
    saveDraft();
    ui.composer.focus();
    ui.composer.setSelectionRange(ui.composer.value.length, ui.composer.value.length);
  });
}
