/**
 * A pick from the list just shown that asks for a task in so many words starts that task on the parcel
 * picked, in en/zh/es (found by an outside tester: "I need to change the delivery address for the first
 * one" only showed the parcel's status). A bare pick keeps the search's task. The parcels are Alice's
 * sent yesterday, found by a plain filter over the data.
 */
import { expect, test } from 'vitest';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('pick-task');

const yesterday = () => {
  const day = new Date(Date.parse(DEMO_NOW) - 86_400_000).toISOString().slice(0, 10);
  return data()
    .shipments.filter((s) => s.accountNumber === '5W8A3K' && s.shipDate === day)
    .map((s) => s.trackingNumber)
    .sort();
};

test.each([
  ['en', ['show me what I sent yesterday', 'I need to change the delivery address for the second one'], 'What is the correct delivery address for'],
  ['zh', ['我昨天寄的包裹', '第二个要改收货地址'], '正确的收件地址是什么'],
  ['es', ['lo que envié ayer', 'quiero cambiar la dirección de entrega del segundo'], '¿Cuál es la dirección de entrega correcta de'],
])('(%s) should ask for the new address of the parcel picked', async (_, messages, asks) => {
  const parcels = yesterday();
  expect(parcels).toHaveLength(2);
  const said = await conversation(messages);
  for (const n of parcels) expect(said[0]).toContain(n);
  expect(said[1]).toContain(asks);
  const second = said[0]!.indexOf(parcels[1]!) > said[0]!.indexOf(parcels[0]!) ? parcels[1]! : parcels[0]!;
  expect(said[1]).toContain(second);
});

test('should show the status of a bare pick', async () => {
  const said = await conversation(['show me what I sent yesterday', 'the second one']);
  expect(said[1]).not.toContain('delivery address');
  expect(said[1]).toMatch(/In transit|Delivered|Exception/);
});
