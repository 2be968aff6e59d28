// What the API's values mean: handoff states, ids, customer tiers.

export const LIVE_STATES = ['requested', 'queued', 'assigned', 'active'];
export const WORKING_STATES = ['assigned', 'active'];

export const sameId = (a, b) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);
export const isVip = (tier) => tier === 'enterprise_vip' || tier === 'vip';
