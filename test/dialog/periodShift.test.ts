/**
 * A period named only next to the last one ("and the month before?", "那前一个月呢", "¿y el mes anterior?"): the
 * period next to the one just talked about, whatever the flow (a spot check: carbon for last month, then "那前一个月
 * 呢", gave a list of today's parcels; "and the month before?" repeated last month, the parser reading the words as
 * last month; "再上一周呢" after a count was not understood). Properties: the answer equals the answer to the same
 * question naming that period outright, fresh; counts are the parcels a plain filter finds in it. Demo clock
 * Fri 20 Mar 2026: last month is February, the month before January; last week 9–15 March, the week before 2–8 March.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('period-shift');

test.each<[string, DemoUser, string[], string]>([
  ['en carbon', 'u-alice', ['what was our carbon footprint last month?', 'and the month before?'], 'what was our carbon footprint in january?'],
  ['en carbon, "before that"', 'u-alice', ['what was our carbon footprint last month?', 'what about the month before that?'], 'what was our carbon footprint in january?'],
  ['en carbon, after other talk', 'u-alice', ['where is my parcel to madrid?', 'what was our carbon footprint last month?', 'and the previous month?'], 'what was our carbon footprint in january?'],
  ['en carbon, the month after', 'u-alice', ['what was our carbon footprint in january?', 'and the following month?'], 'what was our carbon footprint in february?'],
  ['zh carbon', 'u-li', ['我们上个月的碳排放是多少', '那前一个月呢'], '我们一月的碳排放是多少'],
  ['zh carbon, 再上个月', 'u-li', ['我们上个月的碳排放是多少', '再上个月呢'], '我们一月的碳排放是多少'],
  ['es carbon', 'u-lucia', ['¿cuánto CO2 emitimos el mes pasado?', '¿y el mes anterior?'], '¿cuánto CO2 emitimos en enero?'],
  ['es carbon, sin acentos', 'u-lucia', ['cuanto co2 emitimos el mes pasado', 'y el mes de antes?'], '¿cuánto CO2 emitimos en enero?'],
])('(%s) should answer for the period next to the last one, as when it is named', async (_, user, messages, named) => {
  const shifted = (await conversation(messages, user)).at(-1)!;
  const fresh = (await conversation([named], user)).at(-1)!;
  expect(shifted).toBe(fresh);
});

const sentIn = (account: string, from: string, to: string) => data().shipments.filter((s) => s.accountNumber === account && s.shipDate >= from && s.shipDate <= to).length;

test.each<[string, DemoUser, string, string[], (n: number) => RegExp]>([
  ['en', 'u-alice', '5W8A3K', ['how many parcels did we send last week?', 'and the week before?'], (n) => new RegExp(`\\b${n} parcels`)],
  ['zh', 'u-li', '5W8A3K', ['我们上周寄了多少个包裹', '再上一周呢'], (n) => new RegExp(`(共有 ${n} 个|有 ${n} 个包裹)`)],
  ['es', 'u-lucia', '6M1S5E', ['¿cuántos paquetes enviamos la semana pasada?', '¿y la semana anterior?'], (n) => new RegExp(`\\b${n} paquetes`)],
])('(%s) should count the parcels of the week before the one just counted', async (_, user, account, messages, count) => {
  const said = await conversation(messages, user);
  expect(said[0]).toMatch(count(sentIn(account, '2026-03-09', '2026-03-15')));
  expect(said[1]).toMatch(count(sentIn(account, '2026-03-02', '2026-03-08')));
});

test('(en) should keep a date the message names beside the words: "the week before march 1" is no shift', async () => {
  const [, said] = await conversation(['how many parcels did we send last week?', 'how many did we send the week before march 1?']);
  expect(said).not.toContain(`${sentIn('5W8A3K', '2026-03-02', '2026-03-08')} parcels`);
});

test('(en) should leave the words alone when no period was talked about yet', async () => {
  const said = (await conversation(['what was our carbon footprint the month before?'])).at(-1)!;
  const lastMonth = (await conversation(['what was our carbon footprint last month?'])).at(-1)!;
  // Nothing to be next to: the parser's own reading (last month) stands.
  expect(said).toBe(lastMonth);
});
