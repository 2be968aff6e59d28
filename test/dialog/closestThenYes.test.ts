/**
 * A search that finds nothing shows the closest parcel; "yes please open a trace", "好的，帮我追查",
 * "sí, ábrela" then act on that parcel (found by an outside tester: the recent parcels were offered
 * instead). The parcel is the oracle's: the account's only Chicago parcel still on its way.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('closest-yes');

/** 5W8A3K's parcels to Chicago not yet delivered. */
const chicagoOnTheWay = (): string[] =>
  data()
    .shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Chicago' && s.status !== 'delivered')
    .map((s) => s.trackingNumber);

test.each([
  ['en', 'our shipment to chicago was supposed to arrive yesterday, still nothing??', 'yes please open a trace'],
  ['en', 'where is the parcel we sent to chicago yesterday?', 'yes that one, open a trace'],
  ['zh', '我们昨天寄到芝加哥的包裹还没到', '好的，帮我追查'],
  ['es', 'nuestro envío a Chicago de ayer todavía no ha llegado', 'sí, ábrela'],
])('should act on the one closest parcel offered when the customer says yes to it (%s: "%s" then "%s")', { timeout: 120_000 }, async (_lang, asked, yes) => {
  const [parcel, ...others] = chicagoOnTheWay();
  expect(others).toEqual([]);
  const [offered, answer] = await conversation([asked, yes]);
  // The premise: nothing fits yesterday, and the closest offered is the one on its way.
  expect(offered).toContain(parcel);
  expect(offered!.match(/1Z[0-9A-Z]{16}/g)).toEqual([parcel]);
  // The answer is about that parcel, and about no other.
  expect(new Set(answer!.match(/1Z[0-9A-Z]{16}/g))).toEqual(new Set([parcel]));
});
