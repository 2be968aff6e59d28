/**
 * Corrections inside a delivery change (outside tester round 8, P9): "sorry i meant the first one" under the
 * access-point question asked it again for the second parcel; "不好意思，我说的是第一个" picked the first parcel but
 * dropped the day asked; "perdón, el viernes, no el jueves" became a search for parcels sent on Friday; "perdona, es
 * el número 51, no el 15" became the account number or a parcel sent on the 15th. Expected, in en/zh/es: exactly
 * what is corrected is replaced (the parcel, the day, the house number), the rest of the change is kept, nothing is
 * written before the yes and, at the yes, exactly the corrected change on the corrected parcel; no ticket opened.
 * The parcels are the demo data's, by plain filters; the days are the ones named, on the test clock (Fri 20 Mar 2026).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const demo = demoConversations('delivery-change-correction');

const TRACKING = /1Z[0-9A-Z]{16}/g;
const travelling = (account: string) => demo.data().shipments.filter((s) => s.accountNumber === account && s.status !== 'delivered');
const onlyTravellingTo = (account: string, city: string): string => {
  const found = travelling(account).filter((s) => s.destination.city === city);
  expect(found).toHaveLength(1);
  return found[0]!.trackingNumber;
};
const changesOf = async (parcel: string) => (await demo.app().store.deliveryChanges.listForParcel(parcel)).map((c) => `${c.kind}:${c.value}`);
const noTicket = (said: readonly string[]) => expect(said.join('\n')).not.toMatch(/CA-\d{6}/);

/** The day with exactly two of the account's parcels still travelling (sent that day): the list the corrections pick from. */
function dayOfTwo(account: string): { day: string; parcels: string[] } {
  const byDay = new Map<string, string[]>();
  for (const s of travelling(account)) byDay.set(s.shipDate.slice(0, 10), [...(byDay.get(s.shipDate.slice(0, 10)) ?? []), s.trackingNumber]);
  const [day, parcels] = [...byDay.entries()].find(([, p]) => p.length === 2)!;
  return { day, parcels };
}

test.each([
  ['en', 'u-alice', (m: number, d: number) => `which parcels we sent on ${['', 'january', 'february', 'march'][m]} ${d} are still in transit?`, 'the second one - can it be delivered on monday instead?', 'sorry i meant the first one', 'yes'],
  ['zh', 'u-li', (m: number, d: number) => `${m}月${d}日寄的包裹哪些还在运输中`, '第二个能改到下周一再送吗', '不好意思，我说的是第一个', '确认'],
  ['es', 'u-alice', (m: number, d: number) => `¿qué paquetes que enviamos el ${d} de ${['', 'enero', 'febrero', 'marzo'][m]} siguen en tránsito?`, '¿el segundo lo pueden entregar el lunes?', 'perdón, quise decir el primero', 'sí'],
] as const)('(%s) "I meant the first one" during a reschedule: the same day on the first parcel', async (_lang, user, list, second, meantFirst, yes) => {
  const { day, parcels } = dayOfTwo('5W8A3K');
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  const before = await Promise.all(parcels.map(changesOf));
  const said = await demo.conversationOf(user, [list(m, d), second, meantFirst, yes]);
  // The list shown holds exactly the two parcels; the positions are those of the list as shown.
  const shown = said[0]!.match(TRACKING) ?? [];
  expect([...new Set(shown)].sort()).toEqual([...parcels].sort());
  const [first, other] = [...new Set(shown)] as [string, string];
  expect(said[1]).toContain(other);
  expect(said[2]).toContain(first);
  expect(said[2]).not.toContain(other);
  // Monday 23 March, the day asked before the correction.
  expect(said[2]).toMatch(/23/);
  noTicket(said);
  const after = await Promise.all([first, other].map(changesOf));
  const was = Object.fromEntries(parcels.map((p, i) => [p, before[i]!]));
  expect(after[0]).toEqual([...was[first]!, 'reschedule:2026-03-23']);
  expect(after[1]).toEqual(was[other]);
});

test('(en) "sorry i meant the first one" under the access-point question: that question for the first parcel', async () => {
  const { day, parcels } = dayOfTwo('5W8A3K');
  const [, m, d] = day.split('-').map(Number) as [number, number, number];
  const said = await demo.conversationOf('u-alice', [
    `which parcels we sent on ${['', 'january', 'february', 'march'][m]} ${d} are still in transit?`,
    'the second one - can the recipient pick it up at an access point instead?',
    'sorry i meant the first one',
  ]);
  const [first, other] = [...new Set(said[0]!.match(TRACKING) ?? [])] as [string, string];
  expect([first, other].sort()).toEqual([...parcels].sort());
  expect(said[1]).toContain(other);
  expect(said[2]).toContain(first);
  expect(said[2]).not.toContain(other);
  expect(said[2]).toMatch(/hold/i);
  noTicket(said);
});

test.each([
  ['en', 'u-alice', '5W8A3K', 'Toronto', 'can you deliver the toronto parcel on monday instead?', 'sorry, tuesday, not monday', 'yes'],
  ['zh', 'u-li', '5W8A3K', 'Toronto', '多伦多那个包裹能改到下周一送吗', '不好意思，改到周二，不是周一', '确认'],
  ['es', 'u-lucia', '6M1S5E', 'Berlin', '¿pueden entregar el paquete de Berlín el lunes?', 'perdón, el martes, no el lunes', 'sí'],
] as const)('(%s) another day corrected during a reschedule: the same parcel on the day corrected to', async (_lang, user, account, city, ask, correct, yes) => {
  const parcel = onlyTravellingTo(account, city);
  const before = await changesOf(parcel);
  const said = await demo.conversationOf(user, [ask, correct, yes]);
  expect(said[0]).toContain(parcel);
  expect(said[1]).toContain(parcel);
  // Tuesday 24 March.
  expect(said[1]).toMatch(/24/);
  noTicket(said);
  expect(await changesOf(parcel)).toEqual([...before, 'reschedule:2026-03-24']);
});

test.each([
  ['en', 'u-alice', '5W8A3K', 'Toronto', 'change the delivery address of the toronto parcel to 15 King Street, Toronto', 'sorry, it is 51, not 15', 'yes', '51 King Street, Toronto'],
  ['zh', 'u-li', '5W8A3K', 'Toronto', '多伦多那个包裹能改地址吗？新地址是 15 King Street, Toronto', '不好意思，是51号，不是15号', '确认', '51 King Street, Toronto'],
  ['es', 'u-lucia', '6M1S5E', 'Berlin', 'el paquete a Berlín, ¿se puede cambiar la dirección? La nueva es Torstraße 15, 10119 Berlin', 'perdona, es el número 51, no el 15', 'sí', 'Torstraße 51, 10119 Berlin'],
  // The address given again with the right number (a spot check: "sorry, 250 Bay Street" asked for the address again).
  ['en, the street given again', 'u-alice', '5W8A3K', 'Toronto', 'change the delivery address of the toronto parcel to 200 Bay Street, Toronto', 'sorry, 250 Bay Street', 'yes', '250 Bay Street, Toronto'],
  ['es, the street given again', 'u-lucia', '6M1S5E', 'Berlin', 'el paquete a Berlín, ¿se puede cambiar la dirección? La nueva es Torstraße 15, 10119 Berlin', 'perdón, Torstraße 17', 'sí', 'Torstraße 17, 10119 Berlin'],
] as const)('(%s) a house number corrected during an address change: only that number replaced', async (_lang, user, account, city, ask, correct, yes, corrected) => {
  const parcel = onlyTravellingTo(account, city);
  const before = await changesOf(parcel);
  const said = await demo.conversationOf(user, [ask, correct, yes]);
  expect(said[1]).toContain(parcel);
  expect(said[1]).toContain(corrected);
  noTicket(said);
  expect(await changesOf(parcel)).toEqual([...before, `address:${corrected}`]);
});
