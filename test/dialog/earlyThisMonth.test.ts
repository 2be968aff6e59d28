/**
 * "mande algo a milan a principios de mes, ya llego?" is a search for the parcels to Milan sent in the
 * first days of this month (found by an outside tester, H38: the date was dropped and the bot asked
 * when it was sent). The expected parcels come from a plain filter over the demo data (today: 20 March 2026).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('early-this-month');

test.each([
  ['es', 'mande algo a milan a principios de mes, ya llego?'],
  ['en', 'I sent something to milan early this month, has it arrived?'],
  ['zh', '月初寄到米兰的到了吗'],
])('(%s) "%s" should find the parcels to Milan sent on 1–10 March', async (_, ask) => {
  const toMilan = data().shipments.filter((s) => s.accountNumber === '6M1S5E' && s.destination.city === 'Milan');
  const early = toMilan.filter((s) => s.shipDate >= '2026-03-01' && s.shipDate <= '2026-03-10');
  expect(early.length).toBeGreaterThan(0);
  const [said] = await conversationOf('u-lucia', [ask]);
  for (const s of early) expect(said).toContain(s.trackingNumber);
  for (const s of toMilan.filter((x) => !early.includes(x))) expect(said).not.toContain(s.trackingNumber);
});
