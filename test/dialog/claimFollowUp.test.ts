/**
 * Asking for compensation right after the assistant opened a trace on a missing parcel ("can you open
 * a claim?", "能赔钱吗", "quiero una indemnización por la pérdida") stays on that parcel and its open
 * ticket (found by an outside tester: "not understood", or the invoice list). The parcel is Alice's
 * one to Chicago, found by a plain filter over the data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('claim');

test.each([
  ['en', ["our parcel to Chicago is over a week late, what's going on?", 'can you open a claim?']],
  ['zh', ['寄到芝加哥的包裹晚了一个多星期，怎么回事？', '能赔钱吗']],
  ['es', ['nuestro paquete a Chicago lleva más de una semana de retraso, ¿qué pasa?', 'quiero una indemnización por la pérdida']],
])('(%s) should answer the claim on the parcel just traced, with its open ticket', async (_, messages) => {
  const chicago = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Chicago');
  expect(chicago).toHaveLength(1);
  const said = await conversation(messages);
  const ticket = /CA-\d{6}/.exec(said[0]!)?.[0];
  expect(ticket).toBeDefined();
  expect(said[1]).toContain(ticket);
  expect(said[1]).toContain(chicago[0]!.trackingNumber);
});
