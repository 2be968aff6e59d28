/**
 * The carbon footprint of a parcel talked about earlier, in en/zh/es: "and its co2?" right after it was
 * tracked, and "back to that toronto parcel - what was its co2" after other talk (the invoices, another
 * parcel). The expected figure is that parcel's own in the demo data (a plain filter, the oracle); the
 * answer is the same fresh and after the talk in between.
 */
import { expect, test } from 'vitest';
import { formatNumber } from '../../src/locale/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data: demoData, conversation } = demoConversations('carbon-earlier');

/** Alice's one parcel to a city, found by a plain filter over the data. */
const onlyParcelTo = (city: string) => {
  const mine = demoData().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city);
  expect(mine).toHaveLength(1);
  return mine[0]!;
};
const kg = (value: number, locale: string) => formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true });

const WORDS = {
  en: { track: (c: string) => `where is my parcel to ${c}?`, its: 'and its co2?', invoices: 'do I have any open invoices?', back: 'back to that toronto parcel - what was its co2', city: { Toronto: 'Toronto', Berlin: 'Berlin' } },
  zh: { track: (c: string) => `我寄到${c}的包裹在哪里？`, its: '它的碳排放是多少', invoices: '我有没有未付的发票？', back: '回到多伦多那个包裹，它的碳排放是多少', city: { Toronto: '多伦多', Berlin: '柏林' } },
  es: { track: (c: string) => `¿dónde está mi paquete a ${c}?`, its: '¿y cuánto CO2 emitió ese?', invoices: '¿tengo facturas pendientes?', back: 'volviendo al de Toronto, ¿cuánto CO2 emitió?', city: { Toronto: 'Toronto', Berlin: 'Berlín' } },
} as const;

/** The answer gives the one parcel's figure: its number and its kg, on one line (not the account's or a lane's total). */
function expectParcelFigure(said: string, parcel: { trackingNumber: string; co2eKg: number }, locale: string): void {
  expect(said).toContain(parcel.trackingNumber);
  expect(said).toContain(kg(parcel.co2eKg, locale));
  expect(said.split('\n')).toHaveLength(1);
}

test.each(['en', 'zh', 'es'] as const)('(%s) should give the footprint of the parcel just tracked for "its co2"', async (locale) => {
  const w = WORDS[locale];
  const toronto = onlyParcelTo('Toronto');
  const said = await conversation([w.track(w.city.Toronto), w.its]);
  expect(said[0]).toContain(toronto.trackingNumber);
  expectParcelFigure(said[1]!, toronto, locale);
});

test.each(['en', 'zh', 'es'] as const)('(%s) should go back to the parcel tracked before the invoices and give its footprint, the same as fresh', async (locale) => {
  const w = WORDS[locale];
  const toronto = onlyParcelTo('Toronto');
  const fresh = await conversation([w.track(w.city.Toronto), w.its]);
  const later = await conversation([w.track(w.city.Toronto), w.invoices, w.back]);
  expectParcelFigure(later[2]!, toronto, locale);
  expect(later[2]).toBe(fresh[1]);
});

test.each(['en', 'zh', 'es'] as const)('(%s) should go back to the parcel named, not the one tracked since', async (locale) => {
  const w = WORDS[locale];
  const toronto = onlyParcelTo('Toronto');
  const berlin = onlyParcelTo('Berlin');
  const said = await conversation([w.track(w.city.Toronto), w.track(w.city.Berlin), w.back]);
  expect(said[1]).toContain(berlin.trackingNumber);
  expectParcelFigure(said[2]!, toronto, locale);
  expect(said[2]).not.toContain(berlin.trackingNumber);
});

test('should not read the "2" of "co2" as an address number: going back to a parcel is no change of address', async () => {
  const said = await conversation([WORDS.en.track('Toronto'), WORDS.en.invoices, WORDS.en.back]);
  expect(said[2]).not.toMatch(/what would you like to change/i);
});

test('should give the footprint of "the other one" of two, not the status of it', async () => {
  const london = demoData().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'London');
  expect(london).toHaveLength(2);
  const said = await conversation(['where is my parcel to London?', '1', "and the other one's co2?"]);
  const picked = london.find((s) => said[1]!.includes(s.trackingNumber))!;
  const other = london.find((s) => s !== picked)!;
  expectParcelFigure(said[2]!, other, 'en');
});

test('should ask a customs question of the parcel gone back to, not of another parcel held in customs', async () => {
  const toronto = onlyParcelTo('Toronto');
  const held = demoData().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held' && s.trackingNumber !== toronto.trackingNumber);
  const said = await conversation(['where is my parcel to Toronto?', 'where is my parcel to Berlin?', 'back to the toronto one - is it held in customs?']);
  expect(said[2]).toContain(toronto.trackingNumber);
  for (const s of held) expect(said[2]).not.toContain(s.trackingNumber);
});
