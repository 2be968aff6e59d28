/**
 * "can you check customs for the toronto parcel", "what's the eta for the toronto parcel": a city named in
 * lower case after "for the" is the parcel's destination, as it is without the cue ("check the toronto
 * parcel"); it was dropped, and customs answered for another parcel or the recent parcels were offered
 * (found by an outside tester). The oracle: the account's parcels to Toronto, by a plain filter, asked
 * fresh and after another parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('place-after-article');

const toToronto = (account: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === 'Toronto');

const ASKED: [string, string, string][] = [
  ['en', 'u-alice', 'can you check customs for the toronto parcel'],
  ['en', 'u-alice', "what's the eta for the toronto parcel"],
  ['en', 'u-alice', 'when does the toronto parcel arrive?'],
  ['zh', 'u-li', '帮我查一下寄往多伦多的包裹的清关情况'],
  ['zh', 'u-li', '多伦多那个包裹什么时候到'],
  ['es', 'u-alice', '¿cuándo llega el paquete para toronto?'],
];

describe('a city after "for the" at the end of a sentence', () => {
  test('should have exactly one parcel to Toronto on 5W8A3K (the oracle is one parcel)', () => {
    expect(toToronto('5W8A3K')).toHaveLength(1);
  });

  test.each(ASKED)('(%s, %s) should answer for the Toronto parcel, fresh and after another parcel: %s', async (_lang, user, asked) => {
    const [toronto] = toToronto('5W8A3K');
    const others = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city !== 'Toronto').map((s) => s.trackingNumber);
    const [fresh] = await conversationOf(user, [asked]);
    expect(fresh).toContain(toronto!.trackingNumber);
    const later = await conversationOf(user, [others[0]!, asked]);
    expect(later[1]).toContain(toronto!.trackingNumber);
    // Only the Toronto parcel is answered for: no other parcel of the account is named.
    for (const n of others) expect(later[1]).not.toContain(n);
  });
});
