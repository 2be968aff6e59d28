// The chat page: demo sign-in (development only), then Microsoft's Web Chat on our own Direct Line.
(() => {
  'use strict';

  const demo = document.body.dataset.demo === 'on';
  const READY_POLL_MS = 1000;
  const people = document.getElementById('people');
  const status = document.getElementById('status');
  const chat = document.querySelector('.chat');
  let webchatHost = document.getElementById('webchat');
  let directLine = null;

  const styleOptions = {
    accent: '#23395d',
    primaryFont: getComputedStyle(document.body).fontFamily,
    backgroundColor: '#ffffff',
    bubbleBackground: '#f1f3f8',
    bubbleBorderWidth: 0,
    bubbleBorderRadius: 14,
    bubbleFromUserBackground: '#23395d',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderWidth: 0,
    bubbleFromUserBorderRadius: 14,
    botAvatarInitials: 'CA',
    botAvatarBackgroundColor: '#23395d',
    userAvatarBackgroundColor: '#f2b233',
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 18,
    suggestedActionBorderColor: '#23395d',
    suggestedActionTextColor: '#23395d',
    sendBoxButtonColor: '#23395d',
    sendBoxBorderTop: 'solid 1px #e3e7ef',
    rootHeight: '100%',
  };

  // ---- Agents' messages: their own avatar and name (the server sends them from "agent:<id>", named) ----
  // The official bundle keeps its React to itself (no window.React, and avatarMiddleware and
  // activityMiddleware must return React elements), so the few elements we add are built as React 16
  // builds them: plain objects marked with the element symbol of the elements Web Chat hands us.
  const AGENT_ID_PREFIX = 'agent:';
  let elementMark = Symbol.for('react.element');

  function h(type, { key = null, ...props }, ...children) {
    return { $$typeof: elementMark, type, key, ref: null, props: { ...props, children: children.length === 1 ? children[0] : children }, _owner: null };
  }

  function agentOf(activity) {
    const from = activity && activity.from;
    return from && typeof from.id === 'string' && from.id.startsWith(AGENT_ID_PREFIX) ? { id: from.id, name: from.name || 'Agent' } : null;
  }

  // A headset on the agent's own colour, with their initials: never the assistant's "CA".
  const avatarMiddleware = () => (next) => (args) => {
    const agent = agentOf(args.activity);
    if (!agent) return next(args);
    return () =>
      h('div', { className: 'ca-agent-avatar', 'aria-hidden': 'true', title: agent.name, 'data-agent': agent.name }, h('span', { className: 'ca-agent-avatar-initials' }, initials(agent.name)));
  };

  // Web Chat groups messages by role, so an agent's would join the assistant's group and share its
  // avatar: a sender is a role and, for agents, the agent.
  function groupWhile(activities, same) {
    const groups = [];
    activities.forEach((activity, i) => (i > 0 && same(activities[i - 1], activity) ? groups.at(-1).push(activity) : groups.push([activity])));
    return groups;
  }
  const senderKey = (activity) => `${activity.from && activity.from.role}|${(agentOf(activity) || {}).id || ''}`;
  const groupActivitiesMiddleware = () => (next) => (args) => ({
    ...next(args),
    sender: groupWhile(args.activities, (a, b) => senderKey(a) === senderKey(b)),
  });

  // The agent's name above each of their messages.
  const activityMiddleware = () => (next) => (...setup) => {
    const render = next(...setup);
    const agent = agentOf(setup[0] && setup[0].activity);
    if (!render || !agent) return render;
    return (...args) => {
      const inner = render(...args);
      if (inner && inner.$$typeof) elementMark = inner.$$typeof;
      return h('div', { className: 'ca-agent-activity', 'data-agent': agent.name }, h('div', { className: 'ca-agent-name', key: 'name' }, agent.name, h('span', { className: 'ca-agent-role' }, ' · customer service')), h('div', { key: 'activity' }, inner));
    };
  };

  function initials(name) {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join('');
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  function personButton({ id, name, detail, badge, anonymous }) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'person';
    button.dataset.userId = id;
    button.setAttribute('aria-pressed', 'false');
    const avatar = document.createElement('span');
    avatar.className = anonymous ? 'avatar anonymous' : 'avatar';
    avatar.textContent = anonymous ? '?' : initials(name);
    const text = document.createElement('span');
    const title = document.createElement('span');
    title.className = 'person-name';
    title.textContent = name;
    if (badge) {
      const mark = document.createElement('span');
      mark.className = 'badge';
      mark.textContent = badge;
      title.append(mark);
    }
    const sub = document.createElement('span');
    sub.className = 'person-detail';
    sub.textContent = detail;
    text.append(title, sub);
    button.append(avatar, text);
    button.addEventListener('click', () => startChat(id === '' ? undefined : id, name, button));
    const item = document.createElement('li');
    item.append(button);
    return item;
  }

  function describeAccounts(accounts) {
    if (accounts.length === 0) return 'No account linked';
    return accounts.map((a) => `${a.number} ${a.name} · ${a.roles.join(', ')}`).join('\n');
  }

  async function loadPeople() {
    people.append(personButton({ id: '', name: 'Anonymous visitor', detail: 'Track any parcel by its 1Z number', anonymous: true }));
    const response = await fetch('/demo/users');
    if (!response.ok) throw new Error(`demo users: HTTP ${response.status}`);
    const { users } = await response.json();
    for (const user of users) {
      const vip = user.accounts.some((a) => a.tier === 'enterprise_vip');
      people.append(personButton({ id: user.id, name: user.name, detail: describeAccounts(user.accounts), badge: vip ? 'VIP' : '' }));
    }
  }

  // A first start answers at once but loads the demo data before it takes messages: /readyz says how far.
  async function waitUntilReady() {
    for (;;) {
      let body = null;
      try {
        const response = await fetch('/readyz', { cache: 'no-store' });
        if (response.ok) break;
        body = await response.json();
      } catch {
        body = null;
      }
      // Only a start is waited for; any other answer (shutting down, store unavailable) is the sign-in's to report.
      if (!body || (body.status !== 'preparing' && body.status !== 'starting')) break;
      const percent = typeof body.percent === 'number' ? ` ${body.percent}%` : '';
      setStatus(`Getting the demo ready…${percent}`);
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
    }
    setStatus('');
  }

  // Each person's conversation is kept in this browser, so a later visit resumes it: what an agent or a
  // ticket's news said while the chat was closed shows there, once, in the conversation's history.
  const keptKey = (userId) => `carrier-assist.chat.${userId || 'anonymous'}`;
  function keptConversation(userId) {
    try {
      const kept = JSON.parse(localStorage.getItem(keptKey(userId)) || 'null');
      return kept && typeof kept.conversationId === 'string' && typeof kept.userID === 'string' ? kept : null;
    } catch {
      return null;
    }
  }

  async function startChat(userId, name, button) {
    for (const other of people.querySelectorAll('.person')) other.setAttribute('aria-pressed', String(other === button));
    setStatus(`Connecting as ${name}…`);
    try {
      const kept = keptConversation(userId);
      const response = await fetch('/demo/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...(userId ? { userId } : {}), locale: navigator.language, ...(kept ? { resume: kept } : {}) }),
      });
      if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status}`);
      const session = await response.json();
      localStorage.setItem(keptKey(userId), JSON.stringify({ conversationId: session.conversationId, userID: session.userID }));
      renderChat(session);
      setStatus(userId ? `Signed in as ${name}.` : 'Chatting anonymously.');
    } catch (err) {
      setStatus(String(err.message || err), true);
    }
  }

  function renderChat(session) {
    // A new sign-in is a new conversation: end the old connection and give Web Chat a fresh element.
    if (directLine) directLine.end();
    const host = document.createElement('div');
    host.className = 'webchat';
    host.id = 'webchat';
    webchatHost.replaceWith(host);
    webchatHost = host;
    directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: `${window.location.origin}/v3/directline`,
      webSocket: true,
    });
    window.WebChat.renderWebChat(
      {
        directLine,
        userID: session.userID,
        username: session.username || undefined,
        locale: session.locale,
        styleOptions: { ...styleOptions, userAvatarInitials: session.username ? initials(session.username) : 'You' },
        avatarMiddleware,
        activityMiddleware,
        groupActivitiesMiddleware,
      },
      host,
    );
    chat.classList.add('active');
  }

  if (!demo) {
    document.getElementById('signin-hint').textContent =
      'Sign-in is handled by the carrier website, which embeds this chat with a Direct Line token.';
    return;
  }
  waitUntilReady()
    .then(loadPeople)
    .catch((err) => setStatus(String(err.message || err), true));
})();
