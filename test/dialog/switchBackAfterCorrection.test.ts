/**
 * Changing one's mind twice: "帮我查一下寄香港的" → "不对 是寄新加坡的" → "算了还是香港吧" goes back to Hong Kong
 * (outside tester round 6, M17: "算了" stopped the search). "算了" with something asked after it takes back the last
 * change, not the search; "算了" alone still stops. The oracle: how many of Alice's parcels went to each place
 * (demo data), in zh, en and es.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('switch-back');

const countTo = (city: string) => data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city).length;

test('should have more parcels to Singapore than to Hong Kong, several of each (the oracle)', () => {
  expect(countTo('Hong Kong')).toBeGreaterThan(1);
  expect(countTo('Singapore')).not.toBe(countTo('Hong Kong'));
});

test.each([
  ['zh', ['帮我查一下寄香港的', '不对 是寄新加坡的', '算了还是香港吧']],
  ['zh', ['帮我查一下寄香港的', '不对 是寄新加坡的', '算了，还是香港吧']],
  ['en', ['where is my parcel to hong kong', 'no, to singapore', 'never mind, hong kong after all']],
  ['es', ['¿dónde está mi paquete a hong kong?', 'no, a singapur', 'no, al final el de hong kong']],
])('(%s) should search Hong Kong again after switching to Singapore and back: %j', async (_, messages) => {
  const said = (await conversation(messages)).at(-1)!;
  expect(said).toContain(String(countTo('Hong Kong')));
  expect(said).not.toContain(String(countTo('Singapore')));
});

test.each([
  ['zh', '算了'],
  ['zh', '算了不用了'],
])('(zh) "%s" alone should still stop the search', async (_, stop) => {
  const said = (await conversation(['帮我查一下寄香港的', stop])).at(-1)!;
  expect(said).not.toContain(String(countTo('Hong Kong')));
});
