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

// Asked fresh with the parcel in the same message ("who signed for the beijing parcel?"), the classifier heard a lost
// parcel and offered a trace (outside testers, round 8): "who signed" is the signer's question, whatever else it hears.
// The property: the same answer as "who signed for it?" once the parcel was named, fresh and after another parcel.
test.each([
  ['en', 'u-alice', 'where is the beijing parcel?', 'who signed for it?', 'who signed for the beijing parcel?'],
  ['zh', 'u-li', '北京那个包裹在哪里？', '谁签收的', '北京那个包裹是谁签收的？'],
  ['es', 'u-alice', '¿dónde está el paquete de Pekín?', '¿quién lo firmó?', '¿quién firmó el paquete de Pekín?'],
] as const)('(%s, %s) should answer who signed for a parcel named in the question as after it was named: %s / %s vs %s', async (_lang, user, where, who, whoOfNamed) => {
  const [beijing] = demo.data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Beijing');
  const berlin = demo.data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Berlin')!.trackingNumber;
  const named = (await demo.conversationOf(user, [where, who])).at(-1)!;
  expect(named).toContain(beijing!.recipient.name);
  expect((await demo.conversationOf(user, [whoOfNamed])).at(-1)).toBe(named);
  const afterOther = await demo.conversationOf(user, [berlin, whoOfNamed]);
  expect(afterOther[0]).toContain(berlin);
  expect(afterOther[1]).toBe(named);
});
