/**
 * A parcel of another company, named by its number ("my colleague's parcel 1Z…") or pointed at after it
 * was shown ("change its delivery address to …"), is never acted on as the speaker's own (found by an
 * outside tester: the new address was read as a search and the customer's own parcels were offered to
 * redirect; a delivery change on a colleague's parcel showed its status without saying it is not
 * theirs). The parcels are picked from the demo data by a plain filter (the oracle).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation: _alice, conversationOf } = demoConversations('foreign-task');
void _alice;

const ownOf = (account: string) => data().shipments.filter((s) => s.accountNumber === account).map((s) => s.trackingNumber);
/** A parcel on its way on `account` (a delivery change could apply to it). */
const onItsWay = (account: string) => data().shipments.find((s) => s.accountNumber === account && s.status === 'in_transit')!.trackingNumber;

const NOT_YOURS = { en: 'is not a parcel of your account', zh: '不是您账户下的包裹', es: 'no es un paquete de tu cuenta' } as const;
const REFUSED = { en: 'Only users of the account', zh: '只有寄件账户的用户', es: 'Solo los usuarios de la cuenta' } as const;

test.each([
  ['en', 'u-bob', '7N2F4D', '5W8A3K', (n: string) => [`whats the declared value on ${n}`, 'ok then change its delivery address to 200 Broadway, New York 10007']],
  ['zh', 'u-li', '5W8A3K', '7N2F4D', (n: string) => [`帮我查一下同事的包裹 ${n}`, '那帮我把它改送到我们上海的地址：上海市浦东新区世纪大道100号']],
  ['es', 'u-lucia', '6M1S5E', '7N2F4D', (n: string) => [`mira el paquete ${n} de un colega`, '¿puedes cambiar su dirección a Calle Mayor 5, Madrid 28013?']],
] as const)('(%s) a delivery change of a parcel of another account shown before is refused, never offered on own parcels', async (lang, user, own, other, messages) => {
  const foreign = onItsWay(other);
  const said = await conversationOf(user, messages(foreign));
  expect(said[0]).toContain(NOT_YOURS[lang]);
  expect(said[1]).toContain(foreign);
  expect(said[1]).toContain(REFUSED[lang]);
  for (const n of ownOf(own)) expect(said[1]).not.toContain(n);
});

test.each([
  ['en', 'u-bob', '5W8A3K', (n: string) => `can you change the delivery address of my colleague's parcel ${n}? it's for Hudson Street too`],
  ['zh', 'u-li', '7N2F4D', (n: string) => `帮我把同事的包裹 ${n} 改个派送地址`],
  ['es', 'u-lucia', '7N2F4D', (n: string) => `quiero cambiar la dirección de entrega del paquete ${n} de mi colega`],
] as const)('(%s) a parcel flow asked on the number of another account says it is not theirs and refuses', async (lang, user, other, message) => {
  const foreign = onItsWay(other);
  const [said] = await conversationOf(user, [message(foreign)]);
  expect(said).toContain(NOT_YOURS[lang]);
  expect(said).toContain(REFUSED[lang]);
});

test('a status asked on the number of another account is not refused, only shown as the public page shows it', async () => {
  const foreign = onItsWay('5W8A3K');
  const [said] = await conversationOf('u-bob', [`where is ${foreign}?`]);
  expect(said).toContain(NOT_YOURS.en);
  expect(said).not.toContain(REFUSED.en);
});
