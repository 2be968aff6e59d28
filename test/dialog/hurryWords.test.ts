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
  // A faster service asked for (outside tester round 8, P20: the VIP programme's fee, the invoices, or the card alone).
  ['en', ['where is my parcel to Toronto?', "it's urgent, can you make it go faster?"]],
  ['en', ['where is my parcel to Toronto?', 'can you upgrade it to a faster service?']],
  ['zh', ['寄往多伦多的包裹到哪了', '能升级成更快的服务吗']],
  ['es', ['¿dónde está mi paquete a Toronto?', '¿se puede pasar a un servicio más rápido?']],
])('(%s) should show the parcel on its way, not the Express ones, then what can be done about speed: %j', async (lang, messages) => {
  const toronto = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Toronto' && NOT_DELIVERED.has(s.status));
  expect(toronto).toHaveLength(1);
  expect(toronto[0]!.serviceCode).not.toBe('07');
  const said = (await conversation(messages)).at(-1)!;
  expect([...new Set(said.match(NUMBER) ?? [])]).toEqual([toronto[0]!.trackingNumber]);
  expect(said).toContain(textsFor(lang).speedUp);
});

test.each([
  ['en', (n: string) => `upgrade ${n} to a faster service`],
  ['zh', (n: string) => `${n} 能升级成更快的服务吗`],
  ['es', (n: string) => `¿pueden pasar ${n} a un servicio más rápido?`],
] as const)('(%s) a faster service asked for a tracking number: its status, then that a parcel on its way cannot be sped up', async (lang, ask) => {
  const toronto = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Toronto' && NOT_DELIVERED.has(s.status));
  const n = toronto[0]!.trackingNumber;
  const said = (await conversation([ask(n)])).at(-1)!;
  expect([...new Set(said.match(NUMBER) ?? [])]).toEqual([n]);
  expect(said).toContain(textsFor(lang).speedUp);
});
