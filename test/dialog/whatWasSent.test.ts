/**
 * Asking what was sent is a parcel question, whatever came before (outside tester round 7): "¿qué enviamos el sábado?"
 * right after the invoices was read as the invoice of that day (N18); "最近发了什么", "最近发了哪些" were the invoice list
 * (N17: 发 is to ship here, not 发票). The same question fresh and after invoice talk gives the same parcels; "最近发了哪些
 * 发票" still asks for invoices. The oracle is a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('what-was-sent');

const ofAccount = (account: string): ShipmentRecord[] => data().shipments.filter((s) => s.accountNumber === account);
const parcelsIn = (account: string, said: string): string[] => ofAccount(account).filter((s) => said.includes(s.trackingNumber)).map((s) => s.trackingNumber).sort();

/** "Saturday" said on Fri 20 Mar 2026 (the demo clock) is the one past: 14 Mar. */
const SATURDAY = '2026-03-14';

test.each([
  ['en', 'u-alice', '5W8A3K', 'how much do we owe?', 'what did we send on saturday?'],
  ['es', 'u-lucia', '6M1S5E', '¿cuánto debemos?', '¿qué enviamos el sábado?'],
  ['zh', 'u-li', '5W8A3K', '我们欠多少钱', '我们周六发了什么'],
  ['zh', 'u-li', '5W8A3K', '我们欠多少钱', '周六寄了什么'],
] as const)('(%s) %s on %s: after "%s", "%s" lists the parcels sent that Saturday, as asked fresh', async (_lang, user, account, owe, question) => {
  const saturday = ofAccount(account).filter((s) => s.shipDate === SATURDAY).map((s) => s.trackingNumber).sort();
  expect(saturday.length).toBeGreaterThan(0);
  const [fresh] = await conversationOf(user, [question]);
  expect(parcelsIn(account, fresh!)).toEqual(saturday);
  const said = await conversationOf(user, [owe, question]);
  expect(said[0]).toMatch(/INV-/u);
  expect(parcelsIn(account, said[1]!)).toEqual(saturday);
  expect(said[1]).not.toMatch(/INV-/u);
});

test.each(['最近发了什么', '最近发了哪些'])('(zh) "%s" lists the most recent parcels, like "最近寄了哪些包裹", fresh and after invoice talk', async (question) => {
  const newest = [...ofAccount('5W8A3K')].sort((a, b) => b.shipDate.localeCompare(a.shipDate))[0]!;
  const [sent] = await conversationOf('u-li', ['最近寄了哪些包裹']);
  expect(sent).toContain(newest.trackingNumber);
  const [fresh] = await conversationOf('u-li', [question]);
  expect(parcelsIn('5W8A3K', fresh!)).toEqual(parcelsIn('5W8A3K', sent!));
  expect(fresh).not.toMatch(/INV-/u);
  const said = await conversationOf('u-li', ['我们欠多少钱', question]);
  expect(parcelsIn('5W8A3K', said[1]!)).toEqual(parcelsIn('5W8A3K', sent!));
});

test('(zh) "最近发了哪些发票" still asks for the invoices', async () => {
  const [said] = await conversationOf('u-li', ['最近发了哪些发票']);
  expect(said).toMatch(/INV-5W8A3K/u);
  expect(parcelsIn('5W8A3K', said!)).toEqual([]);
});
