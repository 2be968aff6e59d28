// The agent's own availability (Available / Away) in the top bar, and the supervisor's capacity control.

import { api } from './api.js';
import { el } from './dom.js';
import { ui } from './state.js';

/** Shows the agent's availability as the server has it (away after sign-in, or when they went idle). */
export async function loadAvailability() {
  try {
    const { availability } = await api('GET', '/availability');
    showAvailability(availability);
  } catch {
    // The control keeps its last value; the next change tries again.
  }
}

function showAvailability(a) {
  if (!a) return;
  ui.availability.value = a.status;
  ui.availability.dataset.status = a.status;
  ui.availability.title = a.idle ? 'Away: nothing done in the console for a while. Choose Available to take conversations again.' : `Up to ${a.capacity} conversations at once (${a.open} open).`;
}

export function wireAvailability() {
  ui.availability.addEventListener('change', async () => {
    try {
      const { availability } = await api('POST', '/availability', { status: ui.availability.value });
      showAvailability(availability);
    } catch {
      await loadAvailability();
    }
  });
}

/** The supervisor's cell for an agent: their availability and a capacity field saved on change. */
export function capacityCell(agent, onSaved) {
  const a = agent.availability;
  if (!a) return el('td', {}, '—');
  const input = el('input', { type: 'number', min: '0', max: '50', value: String(a.capacity), class: 'capacity', 'aria-label': `Capacity of ${agent.displayName}`, dataset: { testid: `capacity-${agent.id}` } });
  input.addEventListener('change', async () => {
    const capacity = Number(input.value);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 50) return;
    await api('POST', `/agents/${encodeURIComponent(agent.id)}/capacity`, { capacity }).then(onSaved, () => {});
  });
  const status = el('span', { class: a.status === 'available' ? 'presence online' : 'presence' }, a.status === 'available' ? 'Available' : a.idle ? 'Away (idle)' : 'Away');
  return el('td', {}, status, ' ', el('span', { class: 'muted' }, `${a.open}/`), input);
}
