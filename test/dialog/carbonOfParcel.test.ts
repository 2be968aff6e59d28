/**
 * The carbon footprint of one parcel, in en/zh/es: pointed at after a search ("that shipment", "那个
 * 包裹", "ese paquete"), or named by its number. The expected figure is the parcel's own in the demo
 * data (the oracle), never another parcel's or the account's total.
 */
import { expect, test } from 'vitest';
import { formatNumber } from '../../src/locale/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data: demoData, conversation } = demoConversations('carbon');

/** Alice's one parcel to Berlin, found by a plain filter over the data. */
const berlinParcel = () => {
  const mine = demoData().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Berlin');
  expect(mine).toHaveLength(1);
  return mine[0]!;
};
const kg = (value: number, locale: string) => formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true });

test.each([
  ['en', ['where is my parcel to Berlin?', "what's the carbon footprint of that shipment?"]],
  ['zh', ['我寄到柏林的包裹在哪里？', '那个包裹的碳排放是多少？']],
  ['es', ['¿dónde está mi paquete a Berlín?', '¿cuál es la huella de carbono de ese paquete?']],
])('(%s) should give the footprint of the parcel pointed at, not the account total', async (locale, messages) => {
  const parcel = berlinParcel();
  const said = await conversation(messages);
  expect(said[0]).toContain(parcel.trackingNumber);
  expect(said[1]).toContain(parcel.trackingNumber);
  expect(said[1]).toContain(kg(parcel.co2eKg, locale));
  expect(said[1]!.split('\n')).toHaveLength(1);
});

test('should give the footprint of a parcel named by its number', async () => {
  const parcel = berlinParcel();
  const [said] = await conversation([`how much CO2 did ${parcel.trackingNumber} emit?`]);
  expect(said).toContain(`emitted ${kg(parcel.co2eKg, 'en')} kg CO2e`);
});

/** Alice's parcels to Milan (several: the search asks when), by a plain filter over the data. */
const milanParcels = () => demoData().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Milan');

test.each([
  ['en', ['where is my parcel to Milan?', 'how much CO2 did it produce?']],
  ['zh', ['我寄到米兰的包裹在哪里？', '它的碳排放是多少？']],
  ['es', ['¿dónde está mi paquete a Milán?', '¿cuánto CO2 generó?']],
])('(%s) should count the parcels of the search under way, not the account total, when asked about "it" before it is narrowed', async (locale, messages) => {
  const parcels = milanParcels();
  expect(parcels.length).toBeGreaterThan(1);
  const total = parcels.reduce((sum, s) => sum + s.co2eKg, 0);
  const said = await conversation(messages);
  expect(said[0]).toContain(String(parcels.length));
  expect(said[1]).toContain(kg(total, locale));
  expect(said[1]).toContain(String(parcels.length));
});

test('(es) should give the parcel in focus for a question whose subject is left out ("¿cuánto CO2 generó?")', async () => {
  const parcel = berlinParcel();
  const said = await conversation(['¿dónde está mi paquete a Berlín?', '¿cuánto CO2 generó?']);
  expect(said[1]).toContain(parcel.trackingNumber);
  expect(said[1]).toContain(kg(parcel.co2eKg, 'es'));
});

test('should still give the account total for "our" footprint after a parcel was tracked', async () => {
  const said = await conversation(['where is my parcel to Berlin?', "what's our carbon footprint this month?"]);
  expect(said[1]).not.toContain(berlinParcel().trackingNumber);
  expect(said[1]).toMatch(/account 5W8A3K shipped \d+ parcels/);
});
