/**
 * "它的申报价值是多少", "what's the declared value of it?", "¿cuál es el valor declarado?": the declared
 * value of the parcel in focus, from the data (found by outside testers, G26 and F23: an account CO2
 * report, or "not understood"); "which one?" while a list is open; only the customer's own parcels.
 * The parcels and their values are read from the demo data by a plain filter (the oracle).
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('declared-value');

/** The amount's digits, as any locale writes them without grouping or decimal marks: 80.82 → 8082, 2300 → 2300. */
const digitsOf = (amount: number): string => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2)).replace('.', '');
/** What the reply says about the value: its digits and currency, whatever the locale's marks. */
function expectValue(said: string, s: ShipmentRecord): void {
  expect(said.replace(/[.,\s\u00a0\u202f]/gu, '')).toContain(`${digitsOf(s.declaredValue.amount)}${s.declaredValue.currency}`);
}

const parcel = (account: string, city: string): ShipmentRecord =>
  data()
    .shipments.filter((s) => s.accountNumber === account && s.destination.city === city)
    .sort((a, b) => b.shipDate.localeCompare(a.shipDate))[0]!;

/** The one parcel of the account still on its way to Toronto (5W8A3K) or Mexico City (6M1S5E). */
function onItsWayTo(account: string): ShipmentRecord {
  const city = account === '5W8A3K' ? 'Toronto' : 'Mexico City';
  const fits = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered');
  expect(fits.length).toBe(1);
  return fits[0]!;
}

const ASKED: [string, string, string, string, string][] = [
  ['en', 'u-alice', '5W8A3K', 'Toronto', "what's the declared value of it?"],
  ['zh', 'u-li', '5W8A3K', 'Toronto', '它的申报价值是多少'],
  ['es', 'u-mateo', '6M1S5E', 'Mexico City', '¿cuál es el valor declarado?'],
];

describe('the declared value of a parcel', () => {
  test.each(ASKED)('(%s, %s) should answer the value of the parcel in focus, shown by its number: %s %s / %s', async (_lang, user, account, city, asked) => {
    const s = parcel(account, city);
    const said = await conversationOf(user, [s.trackingNumber, asked]);
    expectValue(said[1]!, s);
  });

  test.each<[string, string, string, string, string]>([
    ['en', 'u-alice', '5W8A3K', "where's my parcel to Toronto?", "what's the declared value of it?"],
    ['zh', 'u-li', '5W8A3K', '寄到多伦多的包裹到哪了？', '它的申报价值是多少'],
    ['es', 'u-mateo', '6M1S5E', '¿dónde está mi paquete a Ciudad de México?', '¿cuál es el valor declarado?'],
  ])('(%s, %s) should answer the value of the parcel in focus, found by a search: %s %s / %s', async (_lang, user, account, search, asked) => {
    const s = onItsWayTo(account);
    const said = await conversationOf(user, [search, asked]);
    expect(said[0]).toContain(s.trackingNumber);
    expectValue(said[1]!, s);
  });

  test.each<[string, string, string, string]>([
    ['en', 'u-alice', '5W8A3K', "what's the declared value of my parcel to Toronto?"],
    ['zh', 'u-li', '5W8A3K', '寄到多伦多的包裹申报价值是多少？'],
    ['es', 'u-mateo', '6M1S5E', '¿cuál es el valor declarado del paquete a Ciudad de México?'],
  ])('(%s, %s) should answer the value of the one parcel a description fits: %s %s', async (_lang, user, account, asked) => {
    const [said] = await conversationOf(user, [asked]);
    expectValue(said!, onItsWayTo(account));
  });

  test('should ask which one while a list is open, and answer for the one picked', async () => {
    const toLa = data().shipments.filter((s) => s.accountNumber === '4E0V1P' && s.destination.city === 'Los Angeles' && s.shipDate >= '2026-02-01' && s.shipDate <= '2026-02-28');
    expect(toLa.length).toBeGreaterThan(1);
    const said = await conversationOf('u-zhang', ['上个月寄到洛杉矶的包裹', '那个包裹的申报价值是多少']);
    for (const s of toLa) expect(said[1]).toContain(s.trackingNumber);
    expect(said[1]).not.toMatch(/申报价值为/u);
  });

  // Found by an outside tester (H34): "最后一个的申报价值是多少" after a list was "not understood".
  test.each<[string, string, string, string]>([
    ['en', '5W8A3K', 'parcels to Seoul this month', "what's the declared value of the last one?"],
    ['zh', '5W8A3K', '这个月寄往首尔的包裹', '最后一个的申报价值是多少'],
    ['es', '5W8A3K', 'paquetes a Seúl este mes', '¿cuál es el valor declarado del último?'],
  ])('(%s) should answer the value of the last parcel of a list: %s %s / %s', async (_lang, account, search, asked) => {
    const listed = data()
      .shipments.filter((s) => s.accountNumber === account && s.destination.city === 'Seoul' && s.shipDate >= '2026-03-01' && s.shipDate <= '2026-03-31')
      .sort((a, b) => b.shipDate.localeCompare(a.shipDate));
    expect(listed.length).toBeGreaterThan(1);
    const said = await conversationOf('u-li', [search, asked]);
    for (const s of listed) expect(said[0]).toContain(s.trackingNumber);
    expectValue(said[1]!, listed[listed.length - 1]!);
  });

  test("should not tell another account's declared value", async () => {
    const other = data().shipments.find((s) => s.accountNumber === '7N2F4D')!;
    const said = await conversationOf('u-alice', [other.trackingNumber, "what's the declared value of it?"]);
    expect(said[1]).toContain(other.trackingNumber);
    expect(said[1]!.replace(/[.,\s\u00a0\u202f]/gu, '')).not.toContain(`${digitsOf(other.declaredValue.amount)}${other.declaredValue.currency}`);
  });
});
