/**
 * A driver's instruction to call before delivering ("please call the recipient before delivery", "送货前请先打电话给
 * 收件人", "por favor que llamen antes de entregar") is proposed for the parcel in focus, not its status or a trace;
 * "what changes have i asked for on it?", "我刚才都要求了哪些修改", "¿qué cambios he pedido?" list what was asked for it,
 * or say none was (outside tester, round 6 M10). The parcels are found by a plain filter over the demo data; what was
 * asked is read back from the store.
 */
import { expect, test } from 'vitest';
import { localized } from '../../src/locale/index.ts';
import { CHANGE_DELIVERY_TEXTS } from '../../src/dialog/flows/changeDelivery/texts.ts';
import { instructionIn } from '../../src/dialog/flows/changeDelivery/changeDeliveryFlow.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('call-ahead');

/** The one parcel of the account to the city, still on its way. */
function onlyParcel(account: string, city: string) {
  const found = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered');
  expect(found).toHaveLength(1);
  return found[0]!;
}

test.each([
  ['en', 'u-alice', '5W8A3K', 'Toronto', 'where is the toronto parcel?', 'please call the recipient before delivery', 'yes', 'what changes have i asked for on it?'],
  // The parcel shown by its number ('#'): "寄墨尔本的包裹到哪了" lists all eight sent there, delivered ones too.
  ['zh', 'u-li', '5W8A3K', 'Melbourne', '#', '送货前请先打电话给收件人', '好的', '我刚才都要求了哪些修改'],
  ['es', 'u-lucia', '6M1S5E', 'Mexico City', '¿dónde está el paquete de méxico?', 'por favor que llamen antes de entregar', 'sí', '¿qué cambios he pedido?'],
])('(%s) should propose the call-ahead instruction for the parcel shown, then list it among the changes asked', async (lang, user, account, city, show, instruction, yes, recall) => {
  const parcel = onlyParcel(account, city);
  const t = localized(CHANGE_DELIVERY_TEXTS, lang);
  const said = await conversationOf(user, [show === '#' ? parcel.trackingNumber : show, recall, instruction, yes, recall]);
  // Nothing asked yet.
  expect(said[1]).toBe(t.noneAsked(parcel.trackingNumber));
  // The instruction, in the customer's words, for the parcel shown.
  expect(said[2]).toBe(t.confirm.instruction(parcel.trackingNumber, instructionIn(instruction)!));
  expect(said[4]).toContain(t.asked(parcel.trackingNumber, []).split('\n')[0]!);
  expect(said[4]).toContain(instructionIn(instruction)!);
});
