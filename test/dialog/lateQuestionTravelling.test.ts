/**
 * "is the Tokyo shipment late?" is about a parcel still travelling: when only one to Tokyo is (the others
 * delivered), that one is answered, not "7 parcels fit, when did you send it?" (found by an outside tester,
 * J18). The oracle: the speaker's parcels to the city not yet delivered, over all their accounts.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('late-question-travelling');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const CAROL = ['7N2F4D', '8T4C2M'];
const toTokyo = () => data().shipments.filter((s) => CAROL.includes(s.accountNumber) && s.destination.city === 'Tokyo');

describe('a late question about the parcel still travelling', () => {
  test('should have one parcel to Tokyo still travelling among several delivered (the oracle)', () => {
    expect(toTokyo().filter((s) => NOT_DELIVERED.has(s.status))).toHaveLength(1);
    expect(toTokyo().length).toBeGreaterThan(2);
  });

  test.each([
    ['en', 'is the tokyo shipment late?'],
    ['en', 'is my parcel to tokyo delayed?'],
    ['es', '¿el envío a Tokio va con retraso?'],
    ['zh', '寄往东京的包裹延误了吗？'],
  ])('(%s) should answer about the one still travelling, fresh and after earlier talk: %s', async (_lang, asked) => {
    const travelling = toTokyo().find((s) => NOT_DELIVERED.has(s.status))!;
    const delivered = toTokyo().filter((s) => !NOT_DELIVERED.has(s.status));
    const shown = delivered[0]!.trackingNumber;
    for (const said of [(await conversationOf('u-carol', [asked]))[0]!, (await conversationOf('u-carol', [shown, asked]))[1]!]) {
      expect(said).toContain(travelling.trackingNumber);
      for (const s of delivered) expect(said).not.toContain(s.trackingNumber);
    }
  });
});
