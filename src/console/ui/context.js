// The context panel: what the bot handed over (src/escalation/contextPacket.ts), the customer's parcels, the audit trail.

import { el, fill } from './dom.js';
import { CATEGORIES, CHANNELS, clockTime, humanize, inline, label, languageName, plain, STATES, TIERS, timeEl } from './format.js';
import { isVip, LIVE_STATES, sameId } from './model.js';
import { dueEl, slaEl } from './countdown.js';
import { state, ui } from './state.js';

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

export function renderContext() {
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
  // The choices of the bot's last message: a customer message that sent one's value back shows its label (what they clicked).
  let offered = [];
  return el(
    'ol',
    { class: 'transcript' },
    transcript.map((a) => {
      if (!a || typeof a !== 'object') return el('li', {}, plain(a));
      const byBot = a.from?.role === 'bot';
      const who = byBot ? 'Bot' : a.from?.name || (a.from?.role === 'user' ? 'Customer' : a.from?.id || '?');
      const files = Array.isArray(a.attachments) ? a.attachments.length : 0;
      const picked = !byBot && typeof a.text === 'string' ? offered.find((c) => c && c.value === a.text.trim()) : undefined;
      if (byBot) offered = Array.isArray(a.suggestedActions?.actions) ? a.suggestedActions.actions : [];
      return el(
        'li',
        { class: byBot ? 'by-bot' : 'by-customer' },
        el('span', { class: 'who' }, who),
        a.timestamp ? [' ', timeEl(a.timestamp)] : null,
        el('div', {}, picked ? picked.title : a.text || (files ? `${files} attachment${files > 1 ? 's' : ''}` : '—')),
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
