/**
 * Two periods asked in one message ("cuantos kg de co2 emitimos en febrero? y en marzo?") are both
 * answered, in en/zh/es (found by an outside tester: only February was). The parcels counted are found
 * by a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('carbon-two-periods');

const sentIn = (account: string, month: string) => data().shipments.filter((s) => s.accountNumber === account && s.shipDate.startsWith(month)).length;

test.each<[string, DemoUser, string, string, (n: number) => string]>([
  ['es', 'u-lucia', '6M1S5E', 'cuantos kg de co2 emitimos en febrero? y en marzo?', (n) => `${n} paquetes`],
  ['en', 'u-alice', '5W8A3K', 'what was our carbon footprint in February? and in March?', (n) => `${n} parcels`],
  ['zh', 'u-li', '5W8A3K', '二月的碳排放是多少？那三月呢？', (n) => `${n} 个包裹`],
])('(%s) should give the figures of both months', async (_, user, account, text, count) => {
  const [february, march] = [sentIn(account, '2026-02'), sentIn(account, '2026-03')];
  expect(february).not.toBe(march);
  const said = (await conversation([text], user))[0]!;
  expect(said).toContain(count(february));
  expect(said).toContain(count(march));
  expect(said.indexOf(count(february))).toBeLessThan(said.indexOf(count(march)));
});
