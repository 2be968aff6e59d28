// The live stream (GET /agent/api/stream): queue, activity, note and handoff events; reconnects with backoff.

import { api, API } from './api.js';
import { sameId } from './model.js';
import { state, ui } from './state.js';
import { signedOut } from './session.js';
import { renderQueue, setQueue } from './queue.js';
import { refreshOpen } from './conversation.js';
import { addHistoryEntry, addNote } from './history.js';

export function connectStream() {
  closeStream();
  setLive('connecting');
  const stream = new EventSource(API + '/stream');
  state.stream = stream;
  stream.addEventListener('open', () => {
    state.streamDelay = 1000;
    setLive('live');
  });
  stream.addEventListener('queue', (event) => {
    const data = parseEvent(event);
    if (data && Array.isArray(data.items)) setQueue(data.items);
  });
  stream.addEventListener('activity', (event) => {
    const data = parseEvent(event);
    if (data) onActivity(data);
  });
  // Not in API.md yet: a note another agent adds, if the server sends it ({ handoffId, note }).
  stream.addEventListener('note', (event) => {
    const data = parseEvent(event);
    if (data?.note && sameId(data.handoffId, state.openId) && state.open) addNote(data.note);
  });
  stream.addEventListener('handoff', (event) => {
    const data = parseEvent(event);
    if (data) onHandoffChange(data);
  });
  stream.addEventListener('error', () => {
    if (state.stream !== stream) return;
    if (stream.readyState !== EventSource.CLOSED) {
      setLive('reconnecting');
      return;
    }
    // The browser gave up (e.g. the server answered 401): check the session, then try again later.
    setLive('offline');
    state.streamRetry = setTimeout(async () => {
      try {
        await api('GET', '/session');
        if (state.agent) connectStream();
      } catch (error) {
        if (error.status === 401) signedOut('Your session has ended. Please sign in again.');
        else if (state.agent) connectStream();
      }
    }, state.streamDelay);
    state.streamDelay = Math.min(state.streamDelay * 2, 30000);
  });
}

export function closeStream() {
  clearTimeout(state.streamRetry);
  if (state.stream) state.stream.close();
  state.stream = null;
}

function parseEvent(event) {
  try {
    return JSON.parse(event.data);
  } catch {
    return null;
  }
}

function setLive(status) {
  ui.live.dataset.state = status;
  ui.live.textContent = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline — retrying' }[status];
}

function onActivity({ handoffId, entry }) {
  if (!entry) return;
  if (sameId(handoffId, state.openId) && state.open) {
    addHistoryEntry(entry);
    return;
  }
  const item = state.items.find((i) => sameId(i.id, handoffId));
  if (item && item.mine && entry.author === 'customer') {
    state.unread.add(String(handoffId));
    renderQueue();
  }
}

function onHandoffChange({ id, state: handoffState, assignee }) {
  const item = state.items.find((i) => sameId(i.id, id));
  if (item) {
    item.state = handoffState;
    item.assignee = assignee ?? null;
    item.mine = Boolean(assignee && state.agent && sameId(assignee.id, state.agent.id));
    renderQueue();
  }
  if (sameId(id, state.openId)) refreshOpen();
}
