/**
 * Another company's data asked for by its name, or a colleague's or friend's at another company, is
 * refused plainly: the customer's own parcels or invoices are never shown as if they were the other
 * company's (found by an outside tester, en/zh/es). The speaker's own company named by its name is
 * still theirs.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('someone-elses');

const ONLY_YOURS = { en: 'I can only show the accounts you are a user of', zh: '我只能查询您所属账户', es: 'Solo puedo mostrarte las cuentas de las que eres usuario' } as const;

/** Everything of the account that must not be shown as another company's: its parcels and its invoices. */
const ownItems = (account: string) => [
  ...data().shipments.filter((s) => s.accountNumber === account).map((s) => s.trackingNumber),
  ...(data().invoices ?? []).filter((i) => i.accountNumber === account).map((i) => i.number),
];

test.each([
  ['zh', 'u-li', '5W8A3K', '帮我看看珠江电子集团的最新发票'],
  ['en', 'u-victor', '5W8A3K', "where are Bob Miller's parcels to Chicago? he's a friend at Hudson Street Ceramics"],
  ['en', 'u-bob', '7N2F4D', 'what did Shanghai Mingyuan Trading ship last week?'],
  ['es', 'u-lucia', '6M1S5E', 'y la factura de mi colega Bob de Hudson Street?'],
  ['en', 'u-bob', '7N2F4D', "show me my colleague's invoices at Maple Lane"],
  ['zh', 'u-zhang', '4E0V1P', '帮我查一下同事的包裹，寄往纽约的'],
  ['es', 'u-mateo', '6M1S5E', '¿dónde están los paquetes de otra empresa a Berlín?'],
] as const)('(%s) %s asking for another company\'s data is told so, shown nothing of their own as if it were theirs', async (lang, user, own, message) => {
  const [said] = await conversationOf(user, [message]);
  expect(said).toContain(ONLY_YOURS[lang]);
  for (const item of ownItems(own)) expect(said).not.toContain(item);
});

test.each([
  ['u-alice', '5W8A3K', 'what did Shanghai Mingyuan Trading ship last week?'],
  ['u-bob', '7N2F4D', 'my colleague asked me where our parcel to Dallas sent yesterday is'],
  ['u-li', '5W8A3K', '帮我看看明远贸易有限公司的最新发票'],
] as const)('%s naming their own company, or a colleague asking for them, gets their own data', async (user, own, message) => {
  const [said] = await conversationOf(user, [message]);
  expect(said).not.toContain(ONLY_YOURS.en);
  expect(said).not.toContain(ONLY_YOURS.zh);
  expect(ownItems(own).some((item) => said!.includes(item))).toBe(true);
});
