/**
 * A delivery change is about a parcel still on its way: among the parcels a description fits, the ones
 * not yet delivered are the answer (found by an outside tester: "改发往迈阿密的包裹" asked the date among
 * ten, mostly delivered). Same request in en/zh/es, fresh and after earlier talk; the parcels are found
 * by a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('change-delivery-focus');

test.each<[string, readonly string[]]>([
  ['en', ['I need to change the delivery address of my parcel to Miami']],
  ['zh', ['我要修改发往迈阿密的包裹的收货地址']],
  ['es', ['quiero cambiar la dirección de entrega del paquete a Miami']],
  ['en, after earlier talk', ['what is our account number?', 'I need to change the delivery address of my parcel to Miami']],
])('(%s) should take the parcel to Miami still on its way', async (_, messages) => {
  const toMiami = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Miami');
  const onItsWay = toMiami.filter((s) => s.status !== 'delivered');
  expect(onItsWay).toHaveLength(1);
  expect(toMiami.length).toBeGreaterThan(3);
  const said = (await conversation(messages)).at(-1)!;
  expect(said).toContain(onItsWay[0]!.trackingNumber);
  for (const s of toMiami.filter((x) => x !== onItsWay[0])) expect(said).not.toContain(s.trackingNumber);
});

test.each<[string, readonly string[]]>([
  ['zh', ['帮我把发往迈阿密的包裹改到另一个地址', '算了，不改了', '100 Biscayne Blvd, Miami FL 33132']],
  ['en', ['I need to change the delivery address of my parcel to Miami', 'never mind, forget it', '100 Biscayne Blvd, Miami FL 33132']],
  ['es', ['quiero cambiar la dirección de entrega del paquete a Miami', 'olvídalo, ya no', '100 Biscayne Blvd, Miami FL 33132']],
])('(%s) "never mind" said twice should drop the change: no parcel listed, and the next address is not taken for it', async (_, messages) => {
  const said = await conversation(messages);
  expect(said[1]).not.toContain('1Z');
  expect(said[2]).not.toContain('100 Biscayne Blvd');
});
