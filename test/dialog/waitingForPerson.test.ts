/**
 * A customer waiting in the queue for a person (asked for, or handed over by policy on a customs hold)
 * is answered meanwhile (found by an outside tester: their next messages got no reply at all): a parcel
 * question gets its answer, and the first message is told once that whoever takes the ticket sees it.
 * What the bot cannot answer is left to that person. The parcels come from the demo data by a plain filter.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('waiting-for-person');

const SEEN = { en: 'whoever takes it will see these messages', zh: '接手的客服人员也会看到这些消息', es: 'quien la atienda verá también estos mensajes' } as const;
const HANDED = { en: 'your ticket number is', zh: '已为您转交人工客服', es: 'tu número de incidencia es' } as const;
const notDeliveredTo = (account: string, city: string) =>
  data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered').map((s) => s.trackingNumber);
const count = (text: string, part: string) => text.split(part).length - 1;

test.each([
  ['en', 'u-alice', '5W8A3K', 'Toronto', ['can I talk to a human pls', 'while I wait, where is my parcel to Toronto?', 'and the one to Melbourne?'], 'Melbourne'],
  ['zh', 'u-li', '5W8A3K', 'Toronto', ['我要人工客服', '等的时候帮我查下发往多伦多的包裹', '那发往墨尔本的呢'], 'Melbourne'],
  ['es', 'u-lucia', '6M1S5E', 'Mexico City', ['quiero hablar con una persona', 'mientras tanto, ¿dónde está mi paquete a Ciudad de México?', '¿y el de Milán?'], 'Milan'],
] as const)('(%s) a parcel question while waiting is answered, and the customer told once that the person sees it', async (lang, user, account, city, messages, second) => {
  const first = notDeliveredTo(account, city);
  expect(first.length).toBeGreaterThan(0);
  const said = await conversationOf(user, [...messages]);
  expect(said[0]).toContain(HANDED[lang]);
  for (const n of first) expect(said[1]).toContain(n);
  expect(count(said[1]!, SEEN[lang])).toBe(1);
  // The next question is answered too, without the notice again, and the request is still open (nothing handed over twice).
  const secondParcels = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === second).map((s) => s.trackingNumber);
  expect(secondParcels.some((n) => said[2]!.includes(n)) || /\?|？/u.test(said[2]!)).toBe(true);
  expect(said[2]).not.toContain(SEEN[lang]);
  expect(said[2]).not.toContain(HANDED[lang]);
});

test('after the person offered on a customs hold is taken, the next question is answered and not handed over again', async () => {
  const held = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held').map((s) => s.trackingNumber);
  expect(held).toHaveLength(1);
  const toronto = notDeliveredTo('5W8A3K', 'Toronto');
  const said = await conversationOf('u-alice', ['anything of ours stuck in customs right now?', 'yes', 'and where is my parcel to Toronto?']);
  expect(said[0]).toContain(held[0]);
  // A person is offered, not imposed: the yes hands over.
  expect(said[0]).not.toContain(HANDED.en);
  expect(said[1]).toContain(HANDED.en);
  for (const n of toronto) expect(said[2]).toContain(n);
  expect(said[2]).toContain(SEEN.en);
  expect(said[2]).not.toContain(HANDED.en);
});

test('what the bot cannot answer while waiting is left to the person: the place and what happens next, never silence, nothing made up', async () => {
  const said = await conversationOf('u-alice', ['I need a human, one of our parcels arrived damaged', 'how long will that take?', 'hmm ok whatever, asdf qwer']);
  expect(said[0]).toContain(HANDED.en);
  // The place in the queue and the wait: that is the answer to "how long" (questionsWhileWaiting.test.ts).
  expect(said[1]).toMatch(/number \d+ in the queue/u);
  expect(said[1]).toMatch(/about \d+ minutes?/u);
  expect(said[1]).not.toMatch(/1Z/u);
  // What the bot cannot read is no silence either: the place again, no parcels made up, no "didn't understand".
  expect(said[2]).toMatch(/number \d+ in the queue/u);
  expect(said[2]).not.toMatch(/didn't understand|1Z/u);
});
