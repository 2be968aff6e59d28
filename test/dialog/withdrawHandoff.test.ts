/**
 * A customer still waiting for a person who takes the request back ("never mind", "算了，先帮我查一下…",
 * "olvídalo, …") gets the bot again: the request is withdrawn, said so, and the rest of the message
 * answered (found by an outside tester: the chat stayed mute). A message that takes nothing back stays
 * with people. The parcels come from the demo data by a plain filter.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('withdraw-handoff');

const WITHDRAWN = { en: 'withdrawn your request for a person', zh: '已为您取消人工客服请求', es: 'he retirado tu solicitud' } as const;
const onItsWayTo = (account: string, city: string) =>
  data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered').map((s) => s.trackingNumber);

test.each([
  ['zh', 'u-zhang', '4E0V1P', 'São Paulo', ['帮我转人工', '算了，先帮我查一下发往圣保罗的那票']],
  ['en', 'u-alice', '5W8A3K', 'Toronto', ['I want to talk to a person', 'never mind, where is my parcel to Toronto?']],
  ['es', 'u-lucia', '6M1S5E', 'Berlin', ['quiero hablar con una persona', 'olvídalo, ¿dónde está mi paquete a Berlín?']],
] as const)('(%s) taking the request for a person back while waiting: withdrawn, and the question answered', async (lang, user, account, city, messages) => {
  const expected = onItsWayTo(account, city);
  expect(expected.length).toBeGreaterThan(0);
  const said = await conversationOf(user, [...messages]);
  const [notice, ...answer] = said[1]!.split('\n');
  expect(notice).toContain(WITHDRAWN[lang]);
  // The rest of the message is answered as a parcel question: the parcel, or which of them.
  expect(answer.join('\n')).toMatch(/1Z|\?|？/u);
  expect(answer.join('\n')).not.toContain(WITHDRAWN[lang]);
});

test('a bare "never mind" while waiting withdraws the request', async () => {
  const said = await conversationOf('u-alice', ['I want to talk to a person', 'never mind']);
  expect(said[1]).toContain(WITHDRAWN.en);
});

// Waiting customers are answered meanwhile (test/dialog/waitingForPerson.test.ts); the request stays open.
test('a question that takes nothing back while waiting is answered, and the request for a person stays open', async () => {
  const said = await conversationOf('u-alice', ['I want to talk to a person', 'where is my parcel to Toronto?']);
  expect(said[1]).not.toContain(WITHDRAWN.en);
  for (const n of onItsWayTo('5W8A3K', 'Toronto')) expect(said[1]).toContain(n);
  expect(said[1]).toContain('is still open');
});

test.each([
  ['zh', 'u-li', ['转人工', '不用转人工了，我自己查吧']],
  ['zh', 'u-li', ['我要人工客服', '不需要人工客服了']],
  ['en', 'u-alice', ['can I talk to a human pls', 'never mind, figured it out, cancel that']],
  ['en', 'u-alice', ['I want to talk to a person', "I don't need an agent anymore"]],
  ['es', 'u-mateo', ['quiero hablar con una persona', 'ah no, ya esta, olvidalo']],
  ['es', 'u-mateo', ['quiero hablar con una persona', 'ya no necesito hablar con una persona']],
] as const)('(%s) a message that only takes the request back gets the withdrawal alone: no parcel list, no "not understood"', async (lang, user, messages) => {
  const said = await conversationOf(user, [...messages]);
  expect(said[1]).toContain(WITHDRAWN[lang]);
  expect(said[1]!.split('\n')).toHaveLength(1);
  expect(said[1]).not.toMatch(/1Z/u);
});

test.each([
  ['zh', 'u-li', '不用转人工了'],
  ['en', 'u-alice', "no need for an agent, thanks"],
  ['es', 'u-lucia', 'no hace falta un agente'],
] as const)('(%s) declining a person with none asked for hands nothing over', async (_lang, user, text) => {
  const [said] = await conversationOf(user, [text]);
  expect(said).not.toMatch(/CA-\d+/u);
});
