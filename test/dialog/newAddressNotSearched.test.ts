/**
 * A delivery change that names the parcel and the new address in one message ("change delivery adress
 * for the parcel to dallas to 500 Elm St, Dallas TX"): the address's city is where the parcel is to go,
 * never an origin or destination to search by, and a misspelt request word ("adress") still asks for the
 * change (found by an outside tester: "from Dallas to Dallas" was searched and nothing found). The parcel
 * comes from a plain filter over the demo data (the oracle): the one to that city still on its way.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('new-address');

const onItsWay = (account: string, city: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered');

test.each([
  ['en', 'change delivery address for the parcel to dallas to 500 Elm St, Dallas TX 75201'],
  ['en', 'I wanna change delivery adress for the parcel to dallas to 500 Elm St, Dallas TX 75201'],
  ['en', 'please change the delivery adress of my parcel to Dallas to 500 Elm Street, Dallas'],
  ['zh', '我要修改寄往达拉斯的包裹的派送地址，改成达拉斯市Elm街500号'],
])('(%s) "%s" should act on the parcel to the city, not search the address', async (_, message) => {
  const expected = onItsWay('7N2F4D', 'Dallas');
  expect(expected).toHaveLength(1);
  for (const before of [[], ['hello']]) {
    const said = await conversationOf('u-bob', [...before, message]);
    const answer = said[said.length - 1]!;
    expect(answer).toContain(expected[0]!.trackingNumber);
    for (const other of data().shipments.filter((s) => s.accountNumber === '7N2F4D' && s.destination.city === 'Dallas' && s !== expected[0])) {
      expect(answer).not.toContain(other.trackingNumber);
    }
  }
});
