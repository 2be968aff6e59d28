/**
 * A message that asks two things where the first needs a clarifying question ("where's my parcel to
 * Seattle and what's the co2 of it" → "which of the two still on their way?"): the second request is kept
 * across the question and answered once the parcel is known, in en/zh/es (found by outside testers: F8,
 * F13, G19). Where the first finds the parcel at once (the one still travelling to Melbourne), both are answered.
 * The property: the combined message gives the same answers as its requests asked one after another.
 * The parcels are found in the demo data by plain filters, never copied from a reply.
 */
import { expect, test } from 'vitest';
import { CHANGE_DELIVERY_TEXTS } from '../../src/dialog/flows/changeDelivery/texts.ts';
import { parcelAlertTexts } from '../../src/dialog/flows/parcelAlerts/texts.ts';
import { formatNumber } from '../../src/locale/index.ts';
import { MAX_LISTED } from '../../src/dialog/resolveRunner.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation, conversationOf } = demoConversations('across-question');

const kg = (value: number, locale: string) => formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true });
const parcels = (account: string, keep: (s: ReturnType<typeof data>['shipments'][number]) => boolean) => data().shipments.filter((s) => s.accountNumber === account && keep(s));
/** The one parcel a filter finds (the oracle), checked to be one. */
const one = (account: string, keep: Parameters<typeof parcels>[1]) => {
  const found = parcels(account, keep);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const latestInvoice = (account: string) => (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0]!;

/** A day said in each language the way a customer picks a parcel by its ship date ("the one I sent on 17 March"). */
const sentOn = (locale: string, isoDate: string) => {
  const [, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
  return locale === 'zh' ? `${month}月${day}日寄的那个` : locale === 'es' ? `el que mandé el ${day} de ${monthName}` : `the one I sent on ${day} ${monthName}`;
};
const notDelivered = (account: string, city: string) => parcels(account, (s) => s.destination.city === city && s.status !== 'delivered');

test.each([
  ['en', "where's my parcel to Melbourne and what's the co2 of it", ["where's my parcel to Melbourne?", "what's the co2 of it?"]],
  ['zh', '我寄到墨尔本的包裹在哪？它的碳排放是多少？', ['我寄到墨尔本的包裹在哪？', '它的碳排放是多少？']],
  ['es', '¿dónde está mi paquete a Melbourne y cuánto CO2 generó?', ['¿dónde está mi paquete a Melbourne?', '¿cuánto CO2 generó?']],
])('(%s) should answer both at once when where the parcel is finds the one still travelling there, as if asked one after the other', async (locale, combined, [first, second]) => {
  // Too many parcels to Melbourne to list, one of them still on its way: that is the one "where is" means.
  const melbourne = parcels('5W8A3K', (s) => s.destination.city === 'Melbourne');
  expect(melbourne.length).toBeGreaterThan(MAX_LISTED);
  const [travelling, ...more] = notDelivered('5W8A3K', 'Melbourne');
  expect(more).toHaveLength(0);
  const [together] = await conversation([combined]);
  const apart = await conversation([first!, second!]);
  expect(together).toBe(`${apart[0]}\n${apart[1]}`);
  expect(together).toContain(travelling!.trackingNumber);
  expect(together).toContain(kg(travelling!.co2eKg, locale));
});

test.each([
  ['en', "where's my parcel to Seattle and what's the co2 of it", ["where's my parcel to Seattle?", "what's the co2 of it?"]],
  ['zh', '我寄到西雅图的包裹在哪？它的碳排放是多少？', ['我寄到西雅图的包裹在哪？', '它的碳排放是多少？']],
  ['es', '¿dónde está mi paquete a Seattle y cuánto CO2 generó?', ['¿dónde está mi paquete a Seattle?', '¿cuánto CO2 generó?']],
])('(%s) should answer the second request once the clarifying question found the parcel, as if asked after it', async (locale, combined, [first, second]) => {
  // Several still travelling to Seattle: which one is asked, and the carbon waits for the answer.
  const travelling = notDelivered('5W8A3K', 'Seattle').sort((a, b) => b.shipDate.localeCompare(a.shipDate));
  expect(travelling.length).toBeGreaterThan(1);
  expect(travelling.length).toBeLessThanOrEqual(MAX_LISTED);
  const picked = travelling[0]!;
  expect(travelling.filter((s) => s.shipDate === picked.shipDate)).toHaveLength(1);
  const answer = sentOn(locale, picked.shipDate);
  const together = await conversation([combined, answer]);
  const apart = await conversation([first!, answer, second!]);
  expect(together[0]).toBe(apart[0]);
  for (const s of travelling) expect(together[0]).toContain(s.trackingNumber);
  expect(together[0]).not.toContain('CO2');
  expect(together[1]).toBe(`${apart[1]}\n${apart[2]}`);
  expect(together[1]).toContain(picked.trackingNumber);
  expect(together[1]).toContain(kg(picked.co2eKg, locale));
});

test('should keep the second request while the answer still leaves several parcels', async () => {
  // Nothing still travelling to Hong Kong, too many sent there to list: when is asked.
  const hongKong = parcels('5W8A3K', (s) => s.destination.city === 'Hong Kong');
  expect(hongKong.length).toBeGreaterThan(MAX_LISTED);
  expect(notDelivered('5W8A3K', 'Hong Kong')).toHaveLength(0);
  const inFebruary = hongKong.filter((s) => s.shipDate.startsWith('2026-02')).sort((a, b) => b.shipDate.localeCompare(a.shipDate));
  expect(inFebruary.length).toBeGreaterThan(1);
  expect(inFebruary.length).toBeLessThanOrEqual(MAX_LISTED);
  const picked = inFebruary[0]!;
  expect(inFebruary.filter((s) => s.shipDate === picked.shipDate)).toHaveLength(1);
  const said = await conversation(["where's my parcel to Hong Kong and what's the co2 of it", 'the ones sent in February', sentOn('en', picked.shipDate)]);
  expect(said[0]).not.toContain('CO2e');
  for (const s of inFebruary) expect(said[1]).toContain(s.trackingNumber);
  expect(said[1]).not.toContain('CO2e');
  expect(said[2]).toContain(picked.trackingNumber);
  expect(said[2]).toContain(kg(picked.co2eKg, 'en'));
});

test.each([
  ['another parcel asked about', "where's my parcel to Berlin?"],
  ['a cancellation', 'never mind'],
])('should let the second request go after %s', async (_name, moveOn) => {
  const said = await conversation(["where's my parcel to Hong Kong and what's the co2 of it", moveOn, 'the one I sent on 26 February']);
  expect(said[0]).not.toContain('CO2e');
  expect(said[1]).not.toContain('CO2e');
  expect(said[2]).not.toContain('CO2e');
});

test('(en) should answer the invoices and the carbon of "my parcel to Dallas", the one still on the way of many (G19, K19)', async () => {
  const dallas = parcels('7N2F4D', (s) => s.destination.city === 'Dallas');
  expect(dallas.length).toBeGreaterThan(MAX_LISTED);
  // "my parcel to Dallas" of many, one still travelling: that one (test/dialog/oneTravellingOfPlace.test.ts), no question which.
  const onTheWay = one('7N2F4D', (s) => s.destination.city === 'Dallas' && s.status !== 'delivered');
  const said = await conversationOf('u-bob', ["track my parcel to Dallas, what's its carbon, and how much do I owe on invoices?"]);
  expect(said[0]).toContain(latestInvoice('7N2F4D').number);
  expect(said[0]).toContain(String(dallas.length));
  expect(said[0]).toContain(onTheWay.trackingNumber);
  expect(said[0]).toContain(`emitted ${kg(onTheWay.co2eKg, 'en')} kg CO2e`);
});

test.each([
  ['en', 'change address for the Toronto parcel, and what customs docs does it need?', 'what customs documents does my parcel to Toronto need?'],
  ['zh', '寄到多伦多的包裹要改地址，另外它清关需要什么文件？', '寄到多伦多的包裹清关需要什么文件？'],
  ['es', 'quiero cambiar la dirección del paquete a Toronto, y qué documentos de aduana necesita?', '¿qué documentos de aduana necesita mi paquete a Toronto?'],
])('(%s) should answer customs for the parcel and still ask its new address', async (locale, combined, customsAlone) => {
  const toronto = one('5W8A3K', (s) => s.destination.city === 'Toronto');
  const [together] = await conversation([combined]);
  const [customs] = await conversation([customsAlone]);
  // The customs answer itself (its advisor offer aside), as asked alone.
  expect(together).toContain(customs!.split('\n')[0]);
  // The new address is asked last: the question left open.
  expect(together!.split('\n').at(-1)).toBe(CHANGE_DELIVERY_TEXTS[locale as 'en']!.askAddress(toronto.trackingNumber, toronto.recipient.address));
  // The address question is the one left open: an address next is the new address.
  const address = '100 King Street West, Toronto ON M5H 1A1';
  const said = await conversation([combined, address]);
  expect(said[1]).toContain(toronto.trackingNumber);
  expect(said[1]).toContain(address);
});

test.each([
  ['zh', '改地址，顺便查一下发票', '是寄到多伦多那个'],
  ['en', 'I need to change an address, and also show me our invoices', 'the one to Toronto'],
  ['es', 'quiero cambiar una dirección y también quiero ver las facturas', 'el de Toronto'],
])('(%s) should show the invoices and ask which parcel\'s address to change, then change that one (F8)', async (locale, combined, pick) => {
  const toronto = one('5W8A3K', (s) => s.destination.city === 'Toronto');
  const said = await conversation([combined, pick]);
  expect(said[0]).toContain(latestInvoice('5W8A3K').number);
  expect(said[0]).toContain(toronto.trackingNumber);
  expect(said[1]).toBe(CHANGE_DELIVERY_TEXTS[locale as 'en']!.askKind(toronto.trackingNumber));
});

test.each([
  ['zh', '我有没有在海关被扣的包裹？有的话通知我', '寄往西雅图的那个'],
  ['es', '¿tengo paquetes retenidos en aduana? si hay alguno, avísame', 'el de Seattle'],
])('(%s) should subscribe to the parcel the customs question narrowed to', async (locale, combined, pick) => {
  const seattle = one('4E0V1P', (s) => s.destination.city === 'Seattle' && s.customsState !== 'cleared' && s.status !== 'delivered');
  const said = await conversationOf('u-zhang', [combined, pick]);
  expect(said[0]).not.toContain(parcelAlertTexts(locale).subscribed(seattle.trackingNumber));
  expect(said[1]).toContain(parcelAlertTexts(locale).subscribed(seattle.trackingNumber));
});
