/**
 * "Anything heading to Seattle?", "¿hay algo rumbo a Seattle?", "正在寄往西雅图的包裹有哪些" are the parcels
 * not yet delivered there; "list the ones to Tokyo", "what did we send to Tokyo?" with many that fit are
 * counted and listed (the most recent, "and N more"), never answered with "when did you send it?"
 * (found by an outside tester: every parcel to the city was counted and a date asked for). The expected
 * parcels come from a plain filter over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import { MAX_LISTED } from '../../src/dialog/resolveRunner.ts';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('heading-to');

const aliceTo = (city: string): ShipmentRecord[] => data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city);

test.each([
  ['en', 'anything heading to seattle?'],
  ['en', 'any parcels headed to Seattle?'],
  ['es', '¿hay algo rumbo a Seattle?'],
  ['zh', '正在寄往西雅图的包裹有哪些'],
])('(%s) "%s" should list the parcels to Seattle not yet delivered, fresh and after earlier talk', async (_, message) => {
  const seattle = aliceTo('Seattle');
  const onTheWay = seattle.filter((s) => s.status !== 'delivered');
  expect(onTheWay.length).toBeGreaterThan(1);
  expect(onTheWay.length).toBeLessThanOrEqual(MAX_LISTED);
  expect(seattle.length).toBeGreaterThan(onTheWay.length);
  const check = (said: string) => {
    for (const s of seattle) (s.status !== 'delivered' ? expect(said) : expect(said).not).toContain(s.trackingNumber);
  };
  const [fresh] = await conversation([message]);
  check(fresh!);
  const said = await conversation(['where is my parcel to London?', 'do I have any open invoices?', message]);
  check(said[2]!);
});

test.each([
  ['en', 'list the ones to Tokyo'],
  ['en', 'what did we send to Tokyo?'],
  ['en', 'how many parcels did we send to Tokyo?'],
  ['es', '¿qué enviamos a Tokio?'],
  ['es', '¿cuántos paquetes mandamos a Tokio?'],
  ['zh', '寄往东京的包裹有哪些'],
  ['zh', '我们寄到东京的包裹有几个'],
])('(%s) "%s" should count the parcels to Tokyo and list the most recent, without asking when they were sent', async (_, message) => {
  const tokyo = aliceTo('Tokyo');
  expect(tokyo.length).toBeGreaterThan(MAX_LISTED);
  const [said] = await conversation([message]);
  expect(said).toContain(String(tokyo.length));
  expect(said).toContain(String(tokyo.length - MAX_LISTED));
  const shown = tokyo.filter((s) => said!.includes(s.trackingNumber));
  expect(shown).toHaveLength(MAX_LISTED);
  // The most recent: none left out was sent after one shown.
  const oldestShown = shown.map((s) => s.shipDate).sort()[0]!;
  for (const s of tokyo) if (!shown.includes(s)) expect(s.shipDate <= oldestShown).toBe(true);
  // No other parcel, and no question back for a date.
  for (const s of data().shipments) if (s.destination.city !== 'Tokyo') expect(said).not.toContain(s.trackingNumber);
  expect(said).not.toMatch(/When did you send|Cuándo lo enviaste|哪天寄出/u);
});
