/**
 * "Who signed for it?" (outside tester round 8, P19) got the parcel card or "shall I open a trace?". The data holds no
 * signer, so the honest answer is the recipient on the label and that no signer is on record. The oracle: the demo
 * data's only parcel to Beijing (delivered) and its recipient; asked of it in en/zh/es.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const demo = demoConversations('signed-by');

test.each([
  ['en', 'u-alice', ['where is the beijing parcel?', 'who signed for it?']],
  ['zh', 'u-li', ['寄北京的包裹谁签收的']],
  ['es', 'u-alice', ['¿dónde está el paquete a Pekín?', '¿quién lo firmó?']],
] as const)('(%s) who signed: the recipient on the label of that parcel, and that no signer is on record: %j', async (_lang, user, messages) => {
  const found = demo.data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Beijing');
  expect(found).toHaveLength(1);
  expect(found[0]!.status).toBe('delivered');
  const said = (await demo.conversationOf(user, messages)).at(-1)!;
  expect(said).toContain(found[0]!.trackingNumber);
  expect(said).toContain(found[0]!.recipient.name);
});
