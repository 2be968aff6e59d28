/**
 * "held" / "扣关" / "retenido" is a filter in mixed-language messages too: "where is 寄往伦敦的 held one?" read
 * as Chinese dropped the English word and asked "17 parcels fit, when did you send it?" (outside tester, J19).
 * The oracle: the speaker's parcels to the city whose customs hold them, by a plain filter over the demo
 * data, fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('held-mixed');

const ACCOUNTS = ['7N2F4D', '8T4C2M'];
const heldTo = (city: string) => data().shipments.filter((s) => ACCOUNTS.includes(s.accountNumber) && s.destination.city === city && s.customsState === 'held');
const allTo = (city: string) => data().shipments.filter((s) => ACCOUNTS.includes(s.accountNumber) && s.destination.city === city);

const ASKED: [string, string][] = [
  ['zh+en', 'where is 寄往伦敦的 held one?'],
  ['zh+en', '寄往伦敦的 held 包裹在哪'],
  ['zh', '寄往伦敦的扣关包裹在哪'],
  ['en', 'where is the held one to london?'],
  ['es', '¿dónde está el paquete retenido a Londres?'],
];

describe('a held parcel asked for in mixed languages', () => {
  test('the data: one parcel to London held by customs among several to London', () => {
    expect(heldTo('London')).toHaveLength(1);
    expect(allTo('London').length).toBeGreaterThan(5);
  });

  test.each(ASKED)('(%s) should answer with the held parcel only, fresh and after earlier talk: %s', async (_lang, asked) => {
    const [held] = heldTo('London');
    const others = allTo('London').filter((s) => s.trackingNumber !== held!.trackingNumber);
    const [fresh] = await conversationOf('u-carol', [asked]);
    const later = await conversationOf('u-carol', ['where is my parcel to New York?', asked]);
    for (const said of [fresh!, later[1]!]) {
      expect(said).toContain(held!.trackingNumber);
      for (const s of others) expect(said).not.toContain(s.trackingNumber);
    }
  });
});
