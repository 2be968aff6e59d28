// The agent console: a script-only client of /agent/api (src/console/API.md).
// Everything from the API is untrusted (customers type it): it reaches the page through textContent only.

const API = '/agent/api';
const LIVE_STATES = ['requested', 'queued', 'assigned', 'active'];
const WORKING_STATES = ['assigned', 'active'];
/** Below this many seconds an SLA countdown turns amber. */
const SLA_WARN_SECONDS = 5 * 60;
const SUPERVISOR_REFRESH_MS = 5000;

const CHANNELS = { webchat: 'Web chat', whatsapp: 'WhatsApp', wechat: 'WeChat' };
const CATEGORIES = {
  lost_delayed: 'Lost or delayed',
  damage: 'Damage',
  customs: 'Customs',
  delivery_change: 'Delivery change',
  billing_dispute: 'Billing dispute',
  complaint: 'Complaint',
  general: 'General',
};
const STATES = {
  requested: 'Requested',
  queued: 'Waiting',
  assigned: 'Assigned',
  active: 'Active',
  resolved: 'Resolved',
  returned: 'Back with the bot',
  abandoned: 'Customer left',
};
const PRIORITIES = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };
const TIERS = { enterprise_vip: 'Enterprise VIP', standard: 'Standard' };
const ROLES = { agent: 'Agent', supervisor: 'Supervisor' };
const CONTEXT_TITLES = {
  reason: 'Why it was handed over',
  who: 'Who',
  what: 'What it is about',
  tried: 'What the bot tried',
  sentiment: 'Sentiment',
  language: 'Language',
  sla: 'Service levels',
  transcript: 'Transcript the bot saw (redacted)',
};

const $ = (id) => document.getElementById(id);
const ui = {
  body: document.body,
  tabs: $('tabs'),
  tabConversations: $('tab-conversations'),
  tabSupervisor: $('tab-supervisor'),
  whoami: $('whoami'),
  live: $('live'),
  agentName: $('agent-name'),
  agentRole: $('agent-role'),
  signout: $('signout'),
  signinPage: $('signin-page'),
  loginForm: $('login-form'),
  loginUsername: $('login-username'),
  loginPassword: $('login-password'),
  loginSubmit: $('login-submit'),
  loginError: $('login-error'),
  console: $('console'),
  queueCount: $('queue-count'),
  queueList: $('queue-list'),
  convEmpty: $('conv-empty'),
  conv: $('conv'),
  convTitle: $('conv-title'),
  convSub: $('conv-sub'),
  claim: $('claim'),
  transferSelect: $('transfer-select'),
  transfer: $('transfer'),
  resolve: $('resolve'),
  resolveForm: $('resolve-form'),
  resolveReason: $('resolve-reason'),
  resolveCancel: $('resolve-cancel'),
  handback: $('handback'),
  release: $('release'),
  actionError: $('action-error'),
  history: $('history'),
  composerForm: $('composer-form'),
  composer: $('composer'),
  composerLabel: $('composer-label'),
  composerHint: $('composer-hint'),
  modeReply: $('mode-reply'),
  modeNote: $('mode-note'),
  canned: $('canned-select'),
  send: $('send'),
  contextBody: $('context-body'),
  supervisor: $('supervisor-panel'),
  supUpdated: $('sup-updated'),
  supError: $('sup-error'),
  supTiles: $('sup-tiles'),
  supQueues: $('sup-queues').tBodies[0],
  supAgents: $('sup-agents').tBodies[0],
  supBreaches: $('sup-breaches').tBodies[0],
};

const state = {
  agent: null,
  csrf: null,
  /** The queue as last sent, and when it arrived (countdowns tick from there). */
  items: [],
  openId: null,
  /** The open handoff's GET /handoffs/:id answer. */
  open: null,
  seqs: new Set(),
  noteIds: new Set(),
  mode: 'reply',
  drafts: new Map(),
  agents: [],
  unread: new Set(),
  stream: null,
  streamRetry: null,
  streamDelay: 1000,
  view: 'conversations',
  supTimer: null,
  supLast: 0,
  busy: false,
  sending: false,
};

// ---------------------------------------------------------------------------------------------
// Small helpers

class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** Calls the console API; a non-2xx answer throws with the server's `error` text. */
async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (method !== 'GET') {
    if (state.csrf) headers['X-CSRF-Token'] = state.csrf;
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
    }
  }
  let res;
  try {
    res = await fetch(API + path, init);
  } catch {
    throw new ApiError(0, 'Cannot reach the server. Check the connection and try again.', null);
  }
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const message = data && typeof data.error === 'string' && data.error ? data.error : `The server answered ${res.status} ${res.statusText}.`;
    // Session routes answer 401 as part of signing in; anywhere else it means the session ended.
    if (res.status === 401 && path !== '/session' && state.agent) signedOut('Your session has ended. Please sign in again.');
    throw new ApiError(res.status, message, data);
  }
  return data;
}

/** Builds an element; strings become text nodes, never markup. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return appendAll(node, children);
}

/** Replaces a node's content: nested lists flatten, null and false leave nothing, strings stay text. */
function fill(node, ...children) {
  node.replaceChildren();
  return appendAll(node, children);
}

function appendAll(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const pad = (n) => String(n).padStart(2, '0');

/** 4:05, 1h 02m, 2d 3h. */
function duration(seconds) {
  const s = Math.max(0, Math.floor(Math.abs(seconds)));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${pad(m)}m`;
  return `${m}:${pad(s % 60)}`;
}

function clockTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  const sameDay = date.toDateString() === new Date().toDateString();
  const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return sameDay ? time : `${date.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`;
}

function timeEl(iso, className = 'time') {
  return el('time', { class: className, datetime: iso, title: new Date(iso).toLocaleString() }, clockTime(iso));
}

let languageNames = null;
try {
  languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
} catch {
  languageNames = null;
}
function languageName(code) {
  if (!code) return 'Unknown language';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

const label = (map, key) => map[key] ?? humanize(String(key ?? ''));

/** camelCase or snake_case key -> "Sentence case". */
function humanize(key) {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : '';
}

/** Only http(s) and same-site links become clickable. */
function safeUrl(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const sameId = (a, b) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);
const isVip = (tier) => tier === 'enterprise_vip' || tier === 'vip';

function show(node, visible) {
  node.hidden = !visible;
}

// ---------------------------------------------------------------------------------------------
// Countdowns: every ticking element carries its base value and when that value was true.

/** An element that counts down SLA seconds (negative when breached) from `seconds` at `since` (performance.now()). */
function slaEl(seconds, since, compact = false) {
  const node = el('span', { class: 'sla', dataset: { tick: 'sla', base: String(seconds), since: String(since), compact: compact ? '1' : '' } });
  paintTick(node, performance.now());
  return node;
}

/** An element that counts up waiting seconds. */
function waitEl(seconds, since) {
  const node = el('span', { class: 'wait', dataset: { tick: 'wait', base: String(seconds), since: String(since) } });
  paintTick(node, performance.now());
  return node;
}

/** An element that counts down to an ISO deadline on this machine's clock. */
function dueEl(iso) {
  const node = el('span', { class: 'sla', dataset: { tick: 'due', due: iso } });
  paintTick(node, performance.now());
  return node;
}

function paintTick(node, now) {
  const kind = node.dataset.tick;
  if (kind === 'wait') {
    const seconds = Number(node.dataset.base) + (now - Number(node.dataset.since)) / 1000;
    node.textContent = `waiting ${duration(seconds)}`;
    return;
  }
  const left =
    kind === 'due'
      ? (Date.parse(node.dataset.due) - Date.now()) / 1000
      : Number(node.dataset.base) - (now - Number(node.dataset.since)) / 1000;
  if (!Number.isFinite(left)) {
    node.textContent = '';
    return;
  }
  const level = left < 0 ? 'breached' : left < SLA_WARN_SECONDS ? 'warn' : 'ok';
  if (node.dataset.level !== level) node.dataset.level = level;
  const compact = node.dataset.compact === '1';
  node.textContent = left < 0 ? (compact ? `SLA breached ${duration(left)}` : `SLA breached ${duration(left)} ago`) : compact ? `SLA ${duration(left)}` : `${duration(left)} left`;
}

function tick() {
  const now = performance.now();
  for (const node of document.querySelectorAll('[data-tick]')) paintTick(node, now);
}

// ---------------------------------------------------------------------------------------------
// Sign-in and session

async function resume() {
  try {
    const session = await api('GET', '/session');
    startSession(session);
  } catch (error) {
    showSignin(error.status === 401 ? '' : error.message);
  } finally {
    ui.body.classList.remove('is-loading');
  }
}

function showSignin(message) {
  show(ui.signinPage, true);
  show(ui.console, false);
  show(ui.supervisor, false);
  show(ui.tabs, false);
  show(ui.whoami, false);
  ui.loginError.textContent = message || '';
  show(ui.loginError, Boolean(message));
  ui.loginPassword.value = '';
  ui.loginSubmit.disabled = false;
  (ui.loginUsername.value ? ui.loginPassword : ui.loginUsername).focus();
}

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
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('h');
  if (fromHash) openHandoff(fromHash);
}

function signedOut(message) {
  closeStream();
  stopSupervisor();
  Object.assign(state, { agent: null, csrf: null, items: [], openId: null, open: null, agents: [] });
  state.unread.clear();
  state.drafts.clear();
  closeConversation();
  history.replaceState(null, '', location.pathname + location.search);
  document.title = 'Agent console · Carrier Assist';
  showSignin(message);
}

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

// ---------------------------------------------------------------------------------------------
// Live stream

function connectStream() {
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

function closeStream() {
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

// ---------------------------------------------------------------------------------------------
// Queue

function setQueue(items) {
  const since = performance.now();
  state.items = items.map((item) => ({ ...item, since }));
  // A live handoff that left the queue has nothing unread any more.
  for (const id of state.unread) if (!state.items.some((i) => String(i.id) === id)) state.unread.delete(id);
  renderQueue();
  if (state.open) {
    const fresh = state.items.find((i) => sameId(i.id, state.openId));
    if (fresh && (fresh.state !== state.open.item.state || !sameId(fresh.assignee?.id, state.open.item.assignee?.id))) refreshOpen();
  }
  if (state.view === 'supervisor') refreshSupervisor(true);
}

function renderQueue() {
  const waiting = state.items.filter((i) => i.state === 'queued' || i.state === 'requested');
  const working = state.items.filter((i) => !waiting.includes(i));
  // My own conversations first among those in progress; otherwise the server's order.
  working.sort((a, b) => Number(b.mine) - Number(a.mine));
  ui.queueCount.textContent = `${waiting.length} waiting`;
  document.title = `${waiting.length ? `(${waiting.length}) ` : ''}Agent console · Carrier Assist`;

  const focusedTicket = document.activeElement?.closest?.('[data-testid="queue-item"]')?.dataset.ticket;
  const groups = [];
  groups.push(queueGroup('Waiting', waiting, 'Nobody is waiting. New requests appear here at once.'));
  if (working.length || state.items.length) groups.push(queueGroup('In progress', working, 'No conversation is being handled.'));
  fill(ui.queueList, ...groups);
  if (focusedTicket) ui.queueList.querySelector(`[data-ticket="${CSS.escape(focusedTicket)}"] button`)?.focus();
}

function queueGroup(title, items, emptyText) {
  return el(
    'section',
    { class: 'queue-group', 'aria-label': title },
    el('h3', { class: 'queue-group-title' }, title, el('span', { class: 'count' }, String(items.length))),
    items.length ? el('ul', { class: 'queue-items' }, items.map(queueItem)) : el('p', { class: 'queue-empty' }, emptyText),
  );
}

function queueItem(item) {
  const waiting = item.state === 'queued' || item.state === 'requested';
  const isOpen = sameId(item.id, state.openId);
  const classes = ['qi', `qi-${item.priority}`];
  if (item.mine) classes.push('is-mine');
  if (isOpen) classes.push('is-open');
  if (item.breached) classes.push('is-breached');
  const customer = item.customer ?? {};
  const unread = state.unread.has(String(item.id));
  return el(
    'li',
    { class: classes.join(' '), 'data-testid': 'queue-item', dataset: { ticket: item.ticketNumber, state: item.state, id: String(item.id) } },
    el(
      'button',
      { type: 'button', class: 'qi-btn', 'aria-current': isOpen ? 'true' : null, onclick: () => openHandoff(item.id) },
      el(
        'span',
        { class: 'qi-row qi-top' },
        el('span', { class: `prio prio-${item.priority}` }, label(PRIORITIES, item.priority)),
        el('span', { class: 'ticket' }, item.ticketNumber),
        unread ? el('span', { class: 'unread', title: 'New customer message' }, 'New message') : null,
        slaEl(item.slaSecondsLeft, item.since, true),
      ),
      el('span', { class: 'qi-subject' }, item.subject || label(CATEGORIES, item.category)),
      el(
        'span',
        { class: 'qi-row qi-customer' },
        el('span', { class: 'customer-name' }, customer.name || 'Anonymous customer'),
        customer.accountNumber ? el('span', { class: 'muted' }, customer.accountNumber) : null,
        isVip(customer.tier) ? el('span', { class: 'vip', title: label(TIERS, customer.tier) }, 'VIP') : null,
      ),
      el(
        'span',
        { class: 'qi-row qi-meta' },
        el('span', { class: `chan chan-${item.channel}` }, label(CHANNELS, item.channel)),
        el('span', { class: 'lang', title: languageName(item.language) }, String(item.language || '?').toUpperCase()),
        el('span', { class: 'muted' }, label(CATEGORIES, item.category)),
      ),
      el(
        'span',
        { class: 'qi-row qi-bottom' },
        waiting
          ? [item.position > 0 ? el('span', { class: 'position' }, `#${item.position} in ${item.queue}`) : el('span', { class: 'muted' }, item.queue), waitEl(item.waitingSeconds, item.since)]
          : [
              el('span', { class: `state state-${item.state}` }, label(STATES, item.state)),
              item.mine
                ? el('span', { class: 'assignee mine' }, 'Mine')
                : el('span', { class: 'assignee' }, item.assignee ? item.assignee.displayName : 'Unassigned'),
            ],
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// One handoff

async function openHandoff(id) {
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
async function refreshOpen({ scrollToEnd = false } = {}) {
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

function closeConversation() {
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

function canAct(item) {
  return WORKING_STATES.includes(item.state) && (item.mine || state.agent?.role === 'supervisor');
}

function renderActions() {
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

async function loadAgents() {
  try {
    const data = await api('GET', '/agents');
    state.agents = Array.isArray(data.agents) ? data.agents : [];
    if (state.open) renderActions();
  } catch {
    // Transfer targets stay empty; the select says so.
  }
}

// --- History -------------------------------------------------------------------------------

function renderHistory(scrollToEnd) {
  const { history: entries, notes } = state.open;
  const keepBottom = scrollToEnd || nearBottom();
  const previousTop = ui.history.scrollTop;
  state.seqs.clear();
  state.noteIds.clear();
  fill(ui.history);
  for (const entry of entries ?? []) addHistoryEntry(entry, { scroll: false });
  for (const note of notes ?? []) addNote(note, { scroll: false });
  if (!ui.history.children.length) ui.history.append(el('li', { class: 'history-empty' }, 'No messages yet.'));
  if (keepBottom) scrollHistoryToEnd();
  else ui.history.scrollTop = previousTop;
}

function nearBottom() {
  const h = ui.history;
  return h.scrollHeight - h.scrollTop - h.clientHeight < 80;
}

function scrollHistoryToEnd() {
  ui.history.scrollTop = ui.history.scrollHeight;
}

const AUTHOR_NAMES = { customer: 'Customer', bot: 'Assistant', agent: 'Agent', system: 'System' };

function addHistoryEntry(entry, { scroll = true, own = false } = {}) {
  if (entry.seq !== undefined && entry.seq !== null) {
    if (state.seqs.has(entry.seq)) return;
    state.seqs.add(entry.seq);
  }
  const author = AUTHOR_NAMES[entry.author] ? entry.author : 'system';
  const stick = scroll && (own || nearBottom());
  let node;
  if (author === 'system') {
    node = el(
      'li',
      { class: 'entry from-system', 'data-testid': 'history-entry', dataset: { author, seq: String(entry.seq ?? '') } },
      el('span', { class: 'system-text' }, entry.text || ''),
      ' ',
      timeEl(entry.at),
    );
  } else {
    const name = entry.name || (author === 'customer' ? state.open?.item.customer?.name : null) || AUTHOR_NAMES[author];
    node = el(
      'li',
      { class: `entry from-${author}`, 'data-testid': 'history-entry', dataset: { author, seq: String(entry.seq ?? '') } },
      el(
        'div',
        { class: 'entry-meta' },
        el('span', { class: 'who' }, name),
        author === 'agent' ? el('span', { class: 'role-tag' }, 'agent') : author === 'bot' ? el('span', { class: 'role-tag' }, 'bot') : null,
        timeEl(entry.at),
      ),
      el(
        'div',
        { class: 'bubble' },
        entry.text ? el('p', { class: 'text' }, entry.text) : null,
        entry.card ? cardEl(entry.card) : null,
        entry.attachments?.length ? attachmentsEl(entry.attachments) : null,
      ),
      entry.delivery ? deliveryEl(entry.delivery) : null,
    );
  }
  placeInTimeline(node, entry.at, 0, Number(entry.seq) || 0);
  if (stick) scrollHistoryToEnd();
}

/** What the customer's platform said of a message (WhatsApp, WeChat): held, sent, delivered, read, failed. */
const DELIVERY = {
  queued_outside_window: "Held: the customer's 24-hour WhatsApp window is closed; it goes out when they write again",
  released: 'Sent after the customer wrote again',
  accepted: 'Accepted by the platform',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  played: 'Played',
  failed: 'Not delivered',
};

function deliveryEl(delivery) {
  const text = DELIVERY[delivery.status] ?? delivery.status;
  const failed = delivery.status === 'failed' || delivery.status === 'queued_outside_window';
  return el('span', { class: `delivery${failed ? ' delivery-problem' : ''}`, 'data-testid': 'delivery' }, delivery.error ? `${text} (${delivery.error})` : text);
}

function addNote(note, { scroll = true, own = false } = {}) {
  // Tolerates a stored note record ({ agentId, createdAt }) as well as the API's Note.
  const at = note.at ?? note.createdAt;
  const author = note.agent?.displayName ?? state.agents.find((a) => sameId(a.id, note.agentId))?.displayName ?? 'Agent';
  if (note.id !== undefined && note.id !== null) {
    if (state.noteIds.has(String(note.id))) return;
    state.noteIds.add(String(note.id));
  }
  const stick = scroll && (own || nearBottom());
  const node = el(
    'li',
    { class: 'note', 'data-testid': 'note-entry', dataset: { noteId: String(note.id ?? '') } },
    el(
      'div',
      { class: 'note-head' },
      el('span', { class: 'note-label' }, 'Internal note — not sent to the customer'),
      el('span', { class: 'who' }, author),
      timeEl(at),
    ),
    el('p', { class: 'text' }, note.text || ''),
  );
  placeInTimeline(node, at, 1, 0);
  if (stick) scrollHistoryToEnd();
}

/** Keeps the history in time order: messages and notes interleave by their timestamps. */
function placeInTimeline(node, at, kind, seq) {
  ui.history.querySelector('.history-empty')?.remove();
  const key = [Date.parse(at) || Date.now(), kind, seq];
  node.dataset.sort = key.join(':');
  let after = ui.history.lastElementChild;
  while (after && compareKeys(after.dataset.sort.split(':').map(Number), key) > 0) after = after.previousElementSibling;
  if (after) after.after(node);
  else ui.history.prepend(node);
}

function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function cardEl(card) {
  return el(
    'table',
    { class: 'facts' },
    card.title ? el('caption', {}, card.title) : null,
    el(
      'tbody',
      {},
      (card.facts ?? []).map((fact) => el('tr', {}, el('th', { scope: 'row' }, fact.label ?? ''), el('td', {}, plain(fact.value)))),
    ),
  );
}

function attachmentsEl(attachments) {
  return el(
    'ul',
    { class: 'attachments' },
    attachments.map((file) => {
      const href = safeUrl(file.url);
      const name = file.name || 'attachment';
      return el(
        'li',
        {},
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, name) : el('span', {}, name),
        file.contentType ? el('span', { class: 'muted' }, ` ${file.contentType}`) : null,
      );
    }),
  );
}

// --- Actions -------------------------------------------------------------------------------

function showError(message) {
  ui.actionError.textContent = message;
  show(ui.actionError, true);
}

function hideError() {
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

// --- Composer ------------------------------------------------------------------------------

function setMode(mode) {
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

function updateComposer() {
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

function saveDraft() {
  if (state.openId === null) return;
  const text = ui.composer.value;
  if (text) state.drafts.set(String(state.openId), text);
  else state.drafts.delete(String(state.openId));
}

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

function renderCanned() {
  const canned = state.open?.canned ?? [];
  fill(
    ui.canned,
    el('option', { value: '' }, canned.length ? `Canned replies (${languageName(state.open.item.language)})…` : 'No canned replies'),
    canned.map((c) => el('option', { value: String(c.id), title: c.text }, c.title)),
  );
}

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

// ---------------------------------------------------------------------------------------------
// Context panel

function renderContext() {
  const { item, context, audit } = state.open;
  const packet = context && typeof context === 'object' ? context : {};
  const sections = [];
  const section = (key, title, ...body) => el('section', { class: `ctx-section ctx-${key}` }, el('h3', {}, title), ...body);

  if (!isEmpty(packet.reason)) sections.push(section('reason', CONTEXT_TITLES.reason, reasonEl(packet.reason)));
  sections.push(section('who', CONTEXT_TITLES.who, whoEl(item, packet.who)));
  if (!isEmpty(packet.what)) sections.push(section('what', CONTEXT_TITLES.what, whatEl(packet.what)));
  const parcels = Array.isArray(state.open.shipments) ? state.open.shipments : [];
  if (parcels.length) sections.push(section('parcels', `The customer's parcels (${parcels.length})`, parcelsEl(parcels)));
  if (!isEmpty(packet.tried)) sections.push(section('tried', CONTEXT_TITLES.tried, triedEl(packet.tried)));
  if (!isEmpty(packet.sentiment)) sections.push(section('sentiment', CONTEXT_TITLES.sentiment, sentimentEl(packet.sentiment)));
  sections.push(section('deadlines', 'SLA deadlines', deadlinesEl(item, packet.sla)));

  // Anything the packet carries that this page does not know yet still shows.
  const known = new Set(['reason', 'who', 'what', 'tried', 'sentiment', 'sla', 'language', 'ticket', 'transcript']);
  for (const [key, value] of Object.entries(packet)) {
    if (known.has(key) || isEmpty(value)) continue;
    sections.push(section(key, CONTEXT_TITLES[key] ?? humanize(key), valueEl(value, 0, key)));
  }

  if (!isEmpty(packet.transcript)) {
    sections.push(el('details', { class: 'ctx-section ctx-transcript' }, el('summary', {}, CONTEXT_TITLES.transcript), transcriptEl(packet.transcript)));
  }

  sections.push(
    el(
      'details',
      { class: 'ctx-section ctx-audit', 'data-testid': 'audit-trail' },
      el('summary', {}, `Audit trail (${(audit ?? []).length})`),
      el(
        'ol',
        { class: 'audit' },
        (audit ?? []).map((a) =>
          el(
            'li',
            {},
            timeEl(a.at),
            ' ',
            el('strong', {}, `${a.from ? label(STATES, a.from) : '—'} → ${label(STATES, a.to)}`),
            ' ',
            el('span', { class: 'muted' }, actorName(a.actor)),
            isEmpty(a.detail) ? null : el('div', { class: 'audit-detail' }, inline(a.detail)),
          ),
        ),
      ),
    ),
  );

  const openDetails = new Set([...ui.contextBody.querySelectorAll('details[open]')].map((d) => d.className));
  fill(ui.contextBody, ...sections);
  for (const d of ui.contextBody.querySelectorAll('details')) if (openDetails.has(d.className)) d.open = true;
}

const REASONS = {
  requested: 'The customer asked for a person',
  complaint: 'Complaint',
  not_understood: 'The bot did not understand',
  policy: 'Policy: needs a person',
};

/** Each renderer below reads one part of the packet (src/escalation/contextPacket.ts) and leaves out what is empty. */
function reasonEl(reason) {
  if (typeof reason !== 'object') return el('p', { class: 'ctx-lead' }, plain(reason));
  return [el('p', { class: 'ctx-lead' }, label(REASONS, reason.kind)), reason.detail ? el('p', { class: 'ctx-detail' }, reason.detail) : null];
}

function whoEl(item, who) {
  const customer = item.customer ?? {};
  const w = who && typeof who === 'object' ? who : {};
  const account = w.account && typeof w.account === 'object' ? w.account : null;
  const tier = account?.tier ?? customer.tier;
  const rest = Object.fromEntries(Object.entries(w).filter(([k]) => !['userId', 'name', 'linked', 'channel', 'account', 'roles', 'otherAccounts'].includes(k)));
  return [
    dl([
      ['Name', [w.name || customer.name || 'Anonymous customer', isVip(tier) ? el('span', { class: 'vip' }, 'VIP') : null]],
      ['Identity', w.linked === undefined ? null : w.linked ? 'Signed in (linked user)' : 'Not identified'],
      ['Account', account ? `${account.number}${account.name ? ` — ${account.name}` : ''}` : customer.accountNumber],
      ['Tier', tier ? label(TIERS, tier) : null],
      ['Roles', isEmpty(w.roles) ? null : valueEl(w.roles, 1)],
      ['Other accounts', isEmpty(w.otherAccounts) ? null : valueEl(w.otherAccounts, 1)],
      ['Channel', label(CHANNELS, w.channel || item.channel)],
      ['Language', languageName(item.language)],
      ['Category', label(CATEGORIES, item.category)],
      ['Queue', item.queue],
    ]),
    isEmpty(rest) ? null : valueEl(rest, 1),
  ];
}

function whatEl(what) {
  if (typeof what !== 'object') return valueEl(what, 0);
  const { intent, entities, shipments, ...rest } = what;
  const found = entities && typeof entities === 'object' ? Object.entries(entities).filter(([, v]) => !isEmpty(v)) : [];
  return [
    dl([['Intent', intent ? humanize(String(intent)) : 'Not recognised'], ...found.map(([k, v]) => [humanize(k), valueEl(v, 1, k)])]),
    Array.isArray(shipments) && shipments.length
      ? el('ul', { class: 'shipments', 'aria-label': 'Matched shipments' }, shipments.map((s) => el('li', { class: 'shipment' }, shipmentEl(s))))
      : el('p', { class: 'muted ctx-detail' }, 'No shipment matched.'),
    isEmpty(rest) ? null : valueEl(rest, 1),
  ];
}

function shipmentEl(s) {
  if (!s || typeof s !== 'object') return plain(s);
  const last = s.lastEvent && typeof s.lastEvent === 'object' ? s.lastEvent : null;
  const { trackingNumber, status, service, shipDate, origin, destination, estimatedDelivery, deliveredAt, declaredValue, customsState, lastEvent, ...rest } = s;
  return [
    el('div', { class: 'shipment-head' }, el('span', { class: 'tracking' }, trackingNumber ?? '—'), status ? statusChip(status) : null),
    dl([
      ['Route', origin || destination ? `${origin ?? '?'} → ${destination ?? '?'}` : null],
      ['Service', service],
      ['Shipped', shipDate ? plain(shipDate) : null],
      [deliveredAt ? 'Delivered' : 'Expected', deliveredAt ? plain(deliveredAt) : estimatedDelivery ? plain(estimatedDelivery) : null],
      ['Declared value', declaredValue],
      ['Customs', customsState && customsState !== 'not_required' ? statusChip(customsState) : null],
      ['Last event', last ? `${last.description ?? ''}${last.place ? `, ${last.place}` : ''}${last.at ? ` (${clockTime(last.at)})` : ''}` : isEmpty(lastEvent) ? null : plain(lastEvent)],
      ...Object.entries(rest).map(([k, v]) => [humanize(k), valueEl(v, 2, k)]),
    ]),
  ];
}

/** The account's parcels, one line each; a line opens to the parcel's details. */
function parcelsEl(parcels) {
  return el(
    'ul',
    { class: 'parcels', 'data-testid': 'customer-parcels' },
    parcels.map((p) =>
      el(
        'li',
        {},
        el(
          'details',
          { class: 'parcel' },
          el(
            'summary',
            {},
            el('span', { class: 'tracking' }, p.trackingNumber ?? '—'),
            ' ',
            p.status ? statusChip(p.status) : null,
            el('span', { class: 'muted parcel-route' }, `${p.origin ?? '?'} → ${p.destination ?? '?'}${p.shipDate ? ` · ${p.shipDate}` : ''}`),
          ),
          shipmentEl(p),
        ),
      ),
    ),
  );
}

function statusChip(value) {
  const slug = String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return el('span', { class: `chip chip-${slug}` }, humanize(String(value)));
}

function triedEl(tried) {
  if (typeof tried !== 'object') return valueEl(tried, 0);
  const { botSaid, misunderstandings, lastIntent, ...rest } = tried;
  const missed = Number(misunderstandings) || 0;
  return [
    dl([
      ['Did not understand', misunderstandings === undefined ? null : el('span', { class: missed >= 2 ? 'chip chip-negative' : 'chip' }, missed === 0 ? 'never' : missed === 1 ? 'once' : `${missed} times in a row`)],
      ['Last request', lastIntent ? humanize(String(lastIntent)) : null],
    ]),
    Array.isArray(botSaid) && botSaid.length
      ? [el('p', { class: 'ctx-sub' }, 'The bot said, oldest first:'), el('ol', { class: 'bot-said' }, botSaid.map((t) => el('li', {}, plain(t))))]
      : null,
    isEmpty(rest) ? null : valueEl(rest, 1),
  ];
}

function sentimentEl(sentiment) {
  if (typeof sentiment !== 'object') return statusChip(sentiment);
  const { label: mood, score, cues, ...rest } = sentiment;
  return [
    el(
      'p',
      { class: 'ctx-lead' },
      mood ? statusChip(mood) : null,
      typeof score === 'number' ? el('span', { class: 'score' }, `score ${score.toFixed(1)} (−1 angry … 1 happy)`) : null,
    ),
    isEmpty(cues) ? null : dl([['Based on', valueEl(cues, 1)]]),
    isEmpty(rest) ? null : valueEl(rest, 1),
  ];
}

function deadlinesEl(item, sla) {
  const s = sla && typeof sla === 'object' ? sla : {};
  const firstDue = item.firstResponseDue ?? s.firstResponseDue;
  const resolutionDue = item.resolutionDue ?? s.resolutionDue;
  const live = LIVE_STATES.includes(item.state);
  return dl([
    ['Next deadline', live ? slaEl(item.slaSecondsLeft, item.since) : label(STATES, item.state)],
    ['First response', firstDue ? [timeEl(firstDue), live && (item.state === 'queued' || item.state === 'assigned') ? dueEl(firstDue) : null] : null],
    ['Resolution', resolutionDue ? [timeEl(resolutionDue), live ? dueEl(resolutionDue) : null] : null],
    ['Hours', s.hours],
    ['Requested', item.requestedAt ? timeEl(item.requestedAt) : null],
  ]);
}

function transcriptEl(transcript) {
  if (!Array.isArray(transcript)) return valueEl(transcript, 1);
  return el(
    'ol',
    { class: 'transcript' },
    transcript.map((a) => {
      if (!a || typeof a !== 'object') return el('li', {}, plain(a));
      const who = a.from?.role === 'bot' ? 'Bot' : a.from?.name || (a.from?.role === 'user' ? 'Customer' : a.from?.id || '?');
      const files = Array.isArray(a.attachments) ? a.attachments.length : 0;
      return el(
        'li',
        { class: a.from?.role === 'bot' ? 'by-bot' : 'by-customer' },
        el('span', { class: 'who' }, who),
        a.timestamp ? [' ', timeEl(a.timestamp)] : null,
        el('div', {}, a.text || (files ? `${files} attachment${files > 1 ? 's' : ''}` : '—')),
      );
    }),
  );
}

function actorName(actor) {
  const text = String(actor ?? '');
  const match = /^agent:(.+)$/.exec(text);
  if (!match) return text;
  if (state.agent && sameId(match[1], state.agent.id)) return 'me';
  return state.agents.find((a) => sameId(a.id, match[1]))?.displayName ?? text;
}

function isEmpty(value) {
  if (value === null || value === undefined || value === '') return true;
  if (value instanceof Node) return false;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

function dl(rows) {
  return el(
    'dl',
    { class: 'kv' },
    rows.filter(([, v]) => !isEmpty(v)).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Any value as readable text: dates local, booleans yes/no. */
function plain(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && ISO_DATE.test(value)) return clockTime(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function inline(detail) {
  if (typeof detail !== 'object') return plain(detail);
  return Object.entries(detail)
    .map(([k, v]) => `${humanize(k)}: ${Array.isArray(v) ? v.map(plain).join(', ') : plain(v)}`)
    .join(' · ');
}

/** Renders any JSON value: objects as definition lists, lists of objects as small cards. Unknown fields still show. */
function valueEl(value, depth, key = '') {
  if (isEmpty(value)) return el('span', { class: 'muted' }, '—');
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      return value.length <= 4 && value.every((v) => String(v).length < 24)
        ? el('span', { class: 'chips' }, value.map((v) => el('span', { class: 'chip' }, plain(v))))
        : el('ul', { class: 'plain-list' }, value.map((v) => el('li', {}, plain(v))));
    }
    return el('ul', { class: 'obj-list' }, value.map((v) => el('li', {}, valueEl(v, depth + 1))));
  }
  if (typeof value === 'object') {
    if (depth > 4) return el('code', {}, JSON.stringify(value));
    return el(
      'dl',
      { class: 'kv' },
      Object.entries(value)
        .filter(([, v]) => !isEmpty(v))
        .map(([k, v]) => [el('dt', {}, humanize(k)), el('dd', {}, valueEl(v, depth + 1, k))]),
    );
  }
  if (key === 'tier') return [label(TIERS, value), isVip(value) ? el('span', { class: 'vip' }, 'VIP') : null];
  if (key === 'channel' || key === 'channelId') return label(CHANNELS, value);
  if (key === 'status' || key === 'sentiment' || key === 'label') return el('span', { class: `chip chip-${String(value).toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }, humanize(String(value)));
  return plain(value);
}

// ---------------------------------------------------------------------------------------------
// Views and the supervisor panel

function setView(view) {
  const supervisor = view === 'supervisor' && state.agent?.role === 'supervisor';
  state.view = supervisor ? 'supervisor' : 'conversations';
  ui.tabConversations.setAttribute('aria-pressed', String(!supervisor));
  ui.tabSupervisor.setAttribute('aria-pressed', String(supervisor));
  show(ui.console, !supervisor);
  show(ui.supervisor, supervisor);
  if (supervisor) startSupervisor();
  else stopSupervisor();
}

ui.tabConversations.addEventListener('click', () => setView('conversations'));
ui.tabSupervisor.addEventListener('click', () => setView('supervisor'));

function startSupervisor() {
  stopSupervisor();
  refreshSupervisor();
  state.supTimer = setInterval(refreshSupervisor, SUPERVISOR_REFRESH_MS);
}

function stopSupervisor() {
  clearInterval(state.supTimer);
  state.supTimer = null;
}

/** Loads the supervisor figures; queue events ask at most once a second. */
async function refreshSupervisor(fromEvent = false) {
  if (fromEvent && performance.now() - state.supLast < 1000) return;
  state.supLast = performance.now();
  try {
    const data = await api('GET', '/supervisor');
    if (state.view !== 'supervisor') return;
    show(ui.supError, false);
    renderSupervisor(data);
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
            el('td', { class: 'num' }, String(a.assigned ?? 0)),
            el('td', { class: 'num' }, String(a.active ?? 0)),
          ),
        )
      : [emptyRow(4, 'No agents.')]),
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

// ---------------------------------------------------------------------------------------------

setInterval(tick, 1000);
resume();
