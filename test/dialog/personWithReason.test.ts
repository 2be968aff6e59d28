/**
 * Asking for a person in so many words hands over, whatever else the message says: a reason beside it
 * ("I need a human, one of our parcels arrived damaged") or a kind of person ("帮我转专属客服", a VIP's
 * dedicated agent) (found by an outside tester: a parcel search and a price list answered instead).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { conversationOf } = demoConversations('person-with-reason');

const HANDED = { en: 'your ticket number is', zh: '已为您转交人工客服', es: 'tu número de incidencia es' } as const;

test.each([
  ['en', 'u-alice', 'I need a human, one of our parcels arrived damaged'],
  ['en', 'u-bob', 'can I speak to a real person about the invoice of last month'],
  ['zh', 'u-zhang', '我是VIP客户，帮我转专属客服'],
  ['zh', 'u-li', '我需要人工客服，有个包裹到的时候坏了'],
  ['es', 'u-lucia', 'necesito hablar con una persona, un paquete llegó dañado'],
] as const)('(%s) "%s" hands over', async (lang, user, text) => {
  const [said] = await conversationOf(user, [text]);
  expect(said).toContain(HANDED[lang]);
});
