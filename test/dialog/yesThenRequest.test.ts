/**
 * A yes to the assistant's yes/no question followed by a request of its own ("yes, and what customs docs
 * does it need?", "好的，另外…", "sí, y …"): the yes is carried out and the request answered, as if the two
 * had been sent one after the other, in en/zh/es (the yes was lost: only the request was answered).
 * The parcel is Alice's one to Toronto, found by a plain filter over the data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('yes-then');

/** Ticket and change numbers count up in the store: two conversations are compared without them. */
const withoutNumbers = (text: string) => text.replace(/\b[A-Z]{2}-\d{6}\b/g, 'XX-n');

test.each([
  ['en', 'I need to change the address of my parcel to Toronto', 'yes', 'what customs docs does it need?', ', and '],
  ['zh', '寄到多伦多的包裹要改地址', '好的', '它清关需要什么文件？', '，另外'],
  ['es', 'quiero cambiar la dirección del paquete a Toronto', 'sí', '¿qué documentos de aduana necesita?', ', y '],
])('(%s) should confirm the change and answer the request that follows the yes', async (_locale, ask, yes, request, joiner) => {
  const toronto = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Toronto');
  expect(toronto).toHaveLength(1);
  const address = '100 King Street West, Toronto ON M5H 1A1';
  const together = await conversation([ask, address, `${yes}${joiner}${request}`]);
  const apart = await conversation([ask, address, yes, request]);
  expect(together[1]).toContain(toronto[0]!.trackingNumber);
  expect(withoutNumbers(together[2]!)).toBe(withoutNumbers(`${apart[2]}\n${apart[3]}`));
  expect(apart[2]).toContain(address);
});
