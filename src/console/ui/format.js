// How values read on the page: labels for the API's codes, language names, durations, clock times.

import { el } from './dom.js';

export const CHANNELS = { webchat: 'Web chat', whatsapp: 'WhatsApp', wechat: 'WeChat' };
export const CATEGORIES = {
  lost_delayed: 'Lost or delayed',
  damage: 'Damage',
  customs: 'Customs',
  delivery_change: 'Delivery change',
  billing_dispute: 'Billing dispute',
  complaint: 'Complaint',
  general: 'General',
};
export const STATES = {
  requested: 'Requested',
  queued: 'Waiting',
  assigned: 'Assigned',
  active: 'Active',
  resolved: 'Resolved',
  returned: 'Back with the bot',
  abandoned: 'Customer left',
};
export const PRIORITIES = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };
export const TIERS = { enterprise_vip: 'Enterprise VIP', standard: 'Standard' };
export const ROLES = { agent: 'Agent', supervisor: 'Supervisor' };

const pad = (n) => String(n).padStart(2, '0');

/** 4:05, 1h 02m, 2d 3h. */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(Math.abs(seconds)));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${pad(m)}m`;
  return `${m}:${pad(s % 60)}`;
}

export function clockTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  const sameDay = date.toDateString() === new Date().toDateString();
  const time = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return sameDay ? time : `${date.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`;
}

export function timeEl(iso, className = 'time') {
  return el('time', { class: className, datetime: iso, title: new Date(iso).toLocaleString() }, clockTime(iso));
}

let languageNames = null;
try {
  languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
} catch {
  languageNames = null;
}
export function languageName(code) {
  if (!code) return 'Unknown language';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export const label = (map, key) => map[key] ?? humanize(String(key ?? ''));

/** camelCase or snake_case key -> "Sentence case". */
export function humanize(key) {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : '';
}


const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Any value as readable text: dates local, booleans yes/no. */
export function plain(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && ISO_DATE.test(value)) return clockTime(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function inline(detail) {
  if (typeof detail !== 'object') return plain(detail);
  return Object.entries(detail)
    .map(([k, v]) => `${humanize(k)}: ${Array.isArray(v) ? v.map(plain).join(', ') : plain(v)}`)
    .join(' · ');
}


export const TICKET_STATES = {
  new: 'New',
  open: 'Open',
  waiting_on_customer: 'Waiting on customer',
  waiting_on_carrier: 'Waiting on carrier',
  resolved: 'Resolved',
  closed: 'Closed',
};
export const QUEUES = { customs: 'Customs', support: 'Support', billing: 'Billing', vip: 'VIP' };
export const SLA_STATUSES = { on_track: 'On track', due_soon: 'Due soon', breached: 'Breached', done: 'Done' };

const DATE_TIME_ZONE = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

/** A time with its date and zone, always ("Mon, 23 Mar 2026, 09:15 GMT+8"): tickets outlive a day. */
export function dateTimeZone(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : date.toLocaleString('en-GB', DATE_TIME_ZONE);
}

export function zonedTimeEl(iso) {
  return el('time', { class: 'time', datetime: iso }, dateTimeZone(iso));
}
