/**
 * References to one parcel after a list or to an earlier one (found by an outside tester): "is it stuck
 * in customs?" right after "the first one" is about that one, not a new search; "the last one, how much
 * CO2?" ("el ultimo", written without its accent) and "that one from Monday - carbon?" are the figure of
 * the parcel picked, never the account's; "the middle one" ("中间那个") of three is the second; "go back to
 * the earlier one" ("回到刚才那个") is the parcel shown before the current one. Expected parcels come from
 * the demo data by a plain filter, in the order the lists show them (newest first).
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('reference-after-list');

/** The parcels a filter picks, newest first, as the assistant lists them. */
const listed = (keep: (s: ShipmentRecord) => boolean) =>
  data()
    .shipments.filter(keep)
    .sort((a, b) => b.shipDate.localeCompare(a.shipDate));

test('(en) "is it stuck in customs?" right after a pick is about the parcel picked', async () => {
  const list = listed((s) => s.accountNumber === '8T4C2M' && s.destination.city === 'Mexico City' && s.status === 'in_transit');
  expect(list.length).toBeGreaterThan(1);
  const said = await conversationOf('u-carol', ["what's still in transit to Mexico City?", 'Maple Lane', 'the first one - when is it arriving', 'and is it stuck in customs?']);
  const picked = list.find((s) => said[2]!.includes(s.trackingNumber))!;
  expect(said[3]).toContain(picked.trackingNumber);
  for (const other of data().shipments.filter((s) => s.accountNumber === '8T4C2M' && s.trackingNumber !== picked.trackingNumber)) expect(said[3]).not.toContain(other.trackingNumber);
});

test.each([
  ['es', 'u-lucia', ['el paquete q mande a paris en marzo', 'perdon, quise decir febrero', 'el ultimo, cuanto co2?'], '6M1S5E', 'Paris', '2026-02', -1],
  ['en', 'u-alice', ['which parcels did we send to Milan in February?', 'the last one, how much CO2?'], '5W8A3K', 'Milan', '2026-02', -1],
  ['zh', 'u-zhang', ['上个月发往圣保罗的', '中间那个'], '4E0V1P', 'São Paulo', '2026-02', 0],
] as const)('(%s) a position in the list just shown is that parcel: its own figure, not the account\'s', async (_lang, user, messages, account, city, month, position) => {
  const list = listed((s) => s.accountNumber === account && s.destination.city === city && s.shipDate.startsWith(month));
  expect(list.length).toBe(3);
  const picked = position === -1 ? list[2]! : list[1]!;
  const said = await conversationOf(user, [...messages]);
  const answer = said[said.length - 1]!;
  expect(answer).toContain(picked.trackingNumber);
  for (const other of list.filter((s) => s !== picked)) expect(answer).not.toContain(other.trackingNumber);
});

test('(en) "that one from monday - carbon?" after a list is the carbon of the Monday parcel', async () => {
  const list = listed((s) => s.accountNumber === '7N2F4D' && s.destination.city === 'Los Angeles' && s.shipDate >= '2026-03-16' && s.shipDate <= '2026-03-22');
  const monday = list.filter((s) => s.shipDate === '2026-03-16');
  expect(monday).toHaveLength(1);
  const said = await conversationOf('u-bob', ['list my parcels to LA this week', 'that one from monday - carbon?']);
  expect(said[1]).toContain(monday[0]!.trackingNumber);
  expect(said[1]).toContain('CO2e');
});

test.each([
  ['en', 'u-alice', (a: string, b: string) => [`track ${a}`, `and ${b}?`, "go back to the previous one, what's its carbon footprint?"]],
  ['zh', 'u-li', (a: string, b: string) => [`查一下 ${a}`, `再看看 ${b}`, '回到刚才那个，碳排放多少']],
  ['es', 'u-lucia', (a: string, b: string) => [`rastrea ${a}`, `y ${b}?`, 'vuelve al anterior, ¿cuánto CO2 generó?']],
] as const)('(%s) "the earlier one" is the parcel shown before the current one', async (_lang, user, messages) => {
  const account = user === 'u-lucia' ? '6M1S5E' : '5W8A3K';
  const [a, b] = listed((s) => s.accountNumber === account);
  const said = await conversationOf(user, messages(a!.trackingNumber, b!.trackingNumber));
  expect(said[2]).toContain(a!.trackingNumber);
  expect(said[2]).not.toContain(b!.trackingNumber);
});
