// Countdowns: every ticking element carries its base value and when that value was true.

import { el } from './dom.js';
import { duration } from './format.js';

/** Below this many seconds an SLA countdown turns amber. */
const SLA_WARN_SECONDS = 5 * 60;

/** An element that counts down SLA seconds (negative when breached) from `seconds` at `since` (performance.now()). */
export function slaEl(seconds, since, compact = false) {
  const node = el('span', { class: 'sla', dataset: { tick: 'sla', base: String(seconds), since: String(since), compact: compact ? '1' : '' } });
  paintTick(node, performance.now());
  return node;
}

/** An element that counts up waiting seconds. */
export function waitEl(seconds, since) {
  const node = el('span', { class: 'wait', dataset: { tick: 'wait', base: String(seconds), since: String(since) } });
  paintTick(node, performance.now());
  return node;
}

/** An element that counts down to an ISO deadline on this machine's clock. */
export function dueEl(iso) {
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

export function tick() {
  const now = performance.now();
  for (const node of document.querySelectorAll('[data-tick]')) paintTick(node, now);
}
