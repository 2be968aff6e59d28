/**
 * "Hurry" words (outside tester round 6, M16): "能不能加急", "can you speed it up", "¿lo pueden acelerar?" neither filter
 * the Express parcels nor make a date. The answer is the parcel still travelling with its ETA, then what can be done
 * about speed. The oracle: Alice's parcels to Toronto still on their way (demo data), in en/zh/es, asked in the same
 * message and after the parcel was shown.
 */
import { expect, test } from 'vitest';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('hurry-words');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const NUMBER = /1Z[0-9A-Z]{16}/g;

test.each<['en' | 'zh' | 'es', string[]]>([
  ['en', ['where is my parcel to Toronto? can you speed it up?']],
  ['en', ['where is my parcel to Toronto?', 'can you speed it up?']],
  ['zh', ['寄往多伦多的包裹到哪了 能不能加急']],
  ['zh', ['寄往多伦多的包裹到哪了', '能不能加急']],
  ['es', ['¿dónde está mi paquete a Toronto?', '¿lo pueden acelerar?']],
])('(%s) should show the parcel on its way, not the Express ones, then what can be done about speed: %j', async (lang, messages) => {
  const toronto = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Toronto' && NOT_DELIVERED.has(s.status));
  expect(toronto).toHaveLength(1);
  expect(toronto[0]!.serviceCode).not.toBe('07');
  const said = (await conversation(messages)).at(-1)!;
  expect([...new Set(said.match(NUMBER) ?? [])]).toEqual([toronto[0]!.trackingNumber]);
  expect(said).toContain(textsFor(lang).speedUp);
});
