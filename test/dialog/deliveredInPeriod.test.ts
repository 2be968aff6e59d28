/**
 * "Delivered this week", "这周已签收的", "se entregaron esta semana": the dates are when the parcels were
 * delivered (the local day where they were delivered), not when they were sent (found by an outside
 * tester: parcels sent the week before and delivered this week were missing). The same question in
 * en/zh/es, fresh and after earlier talk. The parcels are found by a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { placeTimeZone } from '../../src/geo/placeTimeZone.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('delivered-in-period');

/** Monday 16 to Sunday 22 March 2026, the demo's "this week". */
const THIS_WEEK = ['2026-03-16', '2026-03-22'] as const;

function deliveredThisWeek(account: string) {
  return data().shipments.filter((s) => {
    if (s.accountNumber !== account || s.status !== 'delivered' || !s.deliveredAt) return false;
    const zone = placeTimeZone(s.destination.city, s.destination.country) ?? 'UTC';
    const day = new Date(s.deliveredAt).toLocaleDateString('sv-SE', { timeZone: zone });
    return day >= THIS_WEEK[0] && day <= THIS_WEEK[1];
  });
}

test.each<[string, readonly string[]]>([
  ['es, fresh', ['y cuales se entregaron esta semana?']],
  ['es, after earlier talk', ['necesito ver una factura', '¿qué paquetes se entregaron esta semana?']],
  ['en', ['which parcels were delivered this week?']],
  ['zh', ['这周已签收的包裹有哪些']],
])('(%s) should list the parcels delivered this week, whenever they were sent', async (_, messages) => {
  const expected = deliveredThisWeek('6M1S5E');
  // Some were sent before the week: a ship-date filter would miss them.
  expect(expected.some((s) => s.shipDate < THIS_WEEK[0])).toBe(true);
  expect(expected.length).toBeLessThanOrEqual(5);
  const said = (await conversation(messages, 'u-lucia')).at(-1)!;
  for (const s of expected) expect(said).toContain(s.trackingNumber);
  const others = data().shipments.filter((s) => s.accountNumber === '6M1S5E' && !expected.includes(s));
  for (const s of others) expect(said).not.toContain(s.trackingNumber);
});

test.each<[string, DemoUser, string, string]>([
  ['en', 'u-alice', '5W8A3K', 'which parcels were delivered this week?'],
  ['zh', 'u-zhang', '4E0V1P', '这周已签收的包裹有哪些'],
])('(%s) should count every parcel delivered this week', async (_, user, account, text) => {
  const expected = deliveredThisWeek(account);
  expect(expected.length).toBeGreaterThan(5);
  const [said] = await conversation([text], user);
  expect(said).toMatch(new RegExp(`\\b${expected.length}\\b`));
});

test.each<[string, string]>([
  ['en', 'which packages I shipped on March 12 have already been delivered?'],
  ['es', '¿qué paquetes que envié el 12 de marzo ya se entregaron?'],
])('(%s) dates said of the sending stay ship dates, even beside "delivered"', async (_, text) => {
  const expected = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.shipDate === '2026-03-12' && s.status === 'delivered');
  expect(expected.length).toBeGreaterThan(0);
  const [said] = await conversation([text]);
  for (const s of expected) expect(said).toContain(s.trackingNumber);
});
