/**
 * "early last week", "上周初", "a principios de la semana pasada" are Monday to Wednesday of last week (outside
 * tester round 6, M11: en and es read the whole week). The property: the same request gives the same parcels in
 * en/zh/es, fresh and after earlier talk; the oracle is a plain filter of the demo data (now: Friday 20 March 2026,
 * so early last week is 9–11 March and the rest of that week 12–15 March).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('early-last-week');

const ofAlice = () => data().shipments.filter((s) => s.accountNumber === '5W8A3K');
const early = (s: { shipDate: string }) => s.shipDate >= '2026-03-09' && s.shipDate <= '2026-03-11';
const laterThatWeek = (s: { shipDate: string }) => s.shipDate >= '2026-03-12' && s.shipDate <= '2026-03-15';
const NUMBER = /1Z[0-9A-Z]{16}/g;

test('should have parcels to Seattle both early last week and later that week (the oracle)', () => {
  expect(ofAlice().filter((s) => s.destination.city === 'Seattle' && early(s)).length).toBeGreaterThan(0);
  expect(ofAlice().filter((s) => s.destination.city === 'Seattle' && laterThatWeek(s)).length).toBeGreaterThan(0);
});

test.each([
  ['en', 'anything to seattle early last week?'],
  ['en', 'what did we send to seattle at the start of last week?'],
  ['zh', '上周初寄往西雅图的'],
  ['es', '¿algo a seattle a principios de la semana pasada?'],
])('(%s) "%s" should give exactly the parcels to Seattle sent Monday to Wednesday of last week, fresh and after other talk', async (_, ask) => {
  const toSeattle = ofAlice().filter((s) => s.destination.city === 'Seattle');
  const want = toSeattle.filter(early).map((s) => s.trackingNumber);
  for (const said of [(await conversation([ask]))[0]!, (await conversation(['where is my parcel to London?', ask]))[1]!]) {
    for (const n of want) expect(said).toContain(n);
    for (const s of toSeattle.filter((x) => !early(x))) expect(said).not.toContain(s.trackingNumber);
  }
});

test('should show the same parcels for the whole account in en, zh and es, none sent later that week', async () => {
  const shown: string[][] = [];
  for (const ask of ['what did we send at the start of last week?', '上周初寄了哪些包裹', '¿qué enviamos a principios de la semana pasada?']) {
    const [said] = await conversation([ask]);
    const numbers = [...new Set(said!.match(NUMBER) ?? [])].sort();
    expect(numbers.length, said).toBeGreaterThan(0);
    const byNumber = new Map(ofAlice().map((s) => [s.trackingNumber, s]));
    for (const n of numbers) expect(early(byNumber.get(n)!), `${n} in: ${said}`).toBe(true);
    shown.push(numbers);
  }
  expect(shown[1]).toEqual(shown[0]);
  expect(shown[2]).toEqual(shown[0]);
});
