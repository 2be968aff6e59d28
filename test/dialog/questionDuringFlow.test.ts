/**
 * A question about a parcel asked while an account flow waits for its answer (a dispute's reason) is
 * answered as a question, never taken as the answer, and the flow is offered back (found by an outside
 * tester: "also where is the parcel to Toronto" became the dispute's reason). The parcel comes from the
 * demo data by a plain filter: the account's one parcel on its way to Toronto.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('question-during-flow');

const BACK = { en: 'go back', zh: '回到', es: 'seguimos' } as const;

test.each([
  ['en', ['I need to dispute a charge on our last invoice', 'also where is the parcel to Toronto']],
  ['en', ['I want to dispute our latest invoice', 'wait, when does the package to Toronto arrive?']],
  ['zh', ['我要对最新的账单提出异议', '对了，发往多伦多的包裹到哪了']],
  ['es', ['quiero reclamar la última factura', 'por cierto, ¿dónde está el paquete a Toronto?']],
] as const)('(%s) %j: the question is answered, not taken as the reason, and the dispute offered back', async (lang, messages) => {
  const toronto = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Toronto' && s.status === 'in_transit');
  expect(toronto).toHaveLength(1);
  const said = await conversationOf(lang === 'en' ? 'u-dana' : lang === 'zh' ? 'u-li' : 'u-alice', [...messages]);
  expect(said[1]).toContain(toronto[0]!.trackingNumber);
  expect(said[1]).not.toContain(messages[1]);
  expect(said[1]!.toLowerCase()).toContain(BACK[lang]);
});
