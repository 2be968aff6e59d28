/**
 * "que envios hice a barcelona la semana pasda" lists the parcels sent to Barcelona last week (9–15
 * March), and "el segundo" is the second of them (found by an outside tester: the misspelt week was no
 * date, so 19 parcels were counted and "the second one" had nothing to point at). The parcels come
 * from a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('period-typo');

test('should list last week\'s parcels to Barcelona through a typo, and answer about the second', async () => {
  const lastWeek = data()
    .shipments.filter((s) => s.accountNumber === '6M1S5E' && s.destination.city === 'Barcelona' && s.shipDate >= '2026-03-09' && s.shipDate <= '2026-03-15')
    .sort((a, b) => (a.shipDate < b.shipDate ? 1 : -1));
  expect(lastWeek.length).toBeGreaterThan(1);
  const said = await conversation(['que envios hice a barcelona la semana pasda', 'el segundo ya se entrego?'], 'u-lucia');
  for (const s of lastWeek) expect(said[0]).toContain(s.trackingNumber);
  const listed = [...said[0]!.matchAll(/1Z[0-9A-Z]{16}/g)].map((m) => m[0]);
  expect(listed).toHaveLength(lastWeek.length);
  expect(said[1]).toContain(listed[1]);
});
