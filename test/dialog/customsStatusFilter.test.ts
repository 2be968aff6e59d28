/**
 * "In customs" in the customer's words narrows the parcels to those not yet cleared, in every
 * language: "los q estan en aduana", "¿tengo algo retenido en aduana?", "有没有被海关扣的包裹？",
 * "whats in customs rn?" (found by an outside tester: the status was ignored and the five most recent
 * parcels were listed, or "retenido" picked a parcel with a delivery exception that needs no customs).
 * "Held" ("retenido", "扣", "stuck in customs") is the parcels customs holds when there are any, else
 * those not yet cleared. The expected parcels come from a plain filter over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('customs-status');

const NOT_CLEARED: ReadonlySet<ShipmentRecord['customsState']> = new Set(['pending', 'in_review', 'held']);
const inCustoms = (account: string) => data().shipments.filter((s) => s.accountNumber === account && s.status !== 'delivered' && NOT_CLEARED.has(s.customsState));
const heldElseInCustoms = (account: string) => {
  const held = inCustoms(account).filter((s) => s.customsState === 'held');
  return held.length ? held : inCustoms(account);
};

test.each<[string, DemoUser, string, string, 'in' | 'held']>([
  ['es', 'u-lucia', '6M1S5E', 'los q estan en aduana', 'in'],
  ['es', 'u-lucia', '6M1S5E', '¿tengo algo retenido en aduana?', 'held'],
  ['en', 'u-alice', '5W8A3K', 'whats in customs rn?', 'in'],
  ['en', 'u-alice', '5W8A3K', 'which of my parcels are held in customs?', 'held'],
  ['es', 'u-lucia', '6M1S5E', 'muéstrame los paquetes que están en aduanas', 'in'],
  ['zh', 'u-li', '5W8A3K', '哪些包裹在海关？', 'in'],
  ['zh', 'u-zhang', '4E0V1P', '有没有被海关扣的包裹？', 'held'],
])('(%s) %s: "%s" names only the parcels not yet through customs (%s)', async (_, user, account, message, kind) => {
  const expected = kind === 'held' ? heldElseInCustoms(account) : inCustoms(account);
  expect(expected.length).toBeGreaterThan(0);
  const others = data().shipments.filter((s) => s.accountNumber === account && !expected.includes(s));
  for (const history of [[], ['hello']]) {
    const said = (await conversation([...history, message], user)).at(-1)!;
    // More than a list holds: the count, and a question to narrow it (none of the others named).
    if (expected.length > 5) expect(said).toContain(String(expected.length));
    else for (const s of expected) expect(said).toContain(s.trackingNumber);
    for (const s of others) expect(said).not.toContain(s.trackingNumber);
  }
});
