/**
 * "寄去柏林的包裹是不是丢了？要赔偿" about a parcel our network reported damaged on the way: the answer says it
 * was reported damaged, not lost, and starts its damage claim (found by an outside tester, J15: a trace
 * ticket was added to and compensation went unanswered). The oracle: the account's parcels to Berlin in
 * exception whose last scan reports damage, by a plain filter over the demo data; en/zh/es, fresh and
 * after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { exceptionOf } from '../../src/shipments/exceptionKinds.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('lost-but-damaged');

const ACCOUNT = '5W8A3K';
function damagedTo(city: string) {
  return data().shipments.filter((s) => {
    if (s.accountNumber !== ACCOUNT || s.destination.city !== city || s.status !== 'exception') return false;
    const last = data().events.filter((e) => e.trackingNumber === s.trackingNumber).sort((a, b) => a.seq - b.seq).at(-1);
    return last !== undefined && exceptionOf(last) === 'damaged';
  });
}

const ASKED: [string, string, string, string][] = [
  ['zh', 'zh-CN', 'u-li', '寄去柏林的包裹是不是丢了？要赔偿'],
  ['en', 'en', 'u-alice', 'is my parcel to berlin lost? i want compensation'],
  ['es', 'es-ES', 'u-alice', '¿se ha perdido mi paquete a Berlín? quiero una indemnización'],
];

describe('a parcel feared lost that was reported damaged', () => {
  test('the data: exactly one parcel to Berlin reported damaged on the way', () => {
    expect(damagedTo('Berlin')).toHaveLength(1);
  });

  test.each(ASKED)('(%s) should say it was reported damaged and start its damage claim: %s', async (_lang, locale, user, asked) => {
    const [parcel] = damagedTo('Berlin');
    const t = textsFor(locale).lostOrDelayed;
    const [fresh] = await conversationOf(user, [asked]);
    const later = await conversationOf(user, ['where is my parcel to Toronto?', asked]);
    for (const said of [fresh!, later[1]!]) {
      expect(said).toContain(t.damagedNotLost(parcel!.trackingNumber));
      expect(said).not.toContain(t.reasonException);
    }
  });
});
