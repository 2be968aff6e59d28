/**
 * What the account still owes asked in the word for it: "what's our balance?", "我们账户余额是多少？", "¿cuál es nuestro
 * saldo?" (outside tester round 9, E5: "Sorry, I didn't understand that"; zh and es: the account number explained).
 * The outstanding amount expected is a plain filter over the demo invoices (open and overdue, added up); the same
 * question fresh and after a parcel search gives the same answer, in en/zh/es.
 */
import { expect, test } from 'vitest';
import { money } from '../../src/dialog/flows/billing/billingFlow.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('balance-words');

const LOCALE = { en: 'en', zh: 'zh-CN', es: 'es-ES' } as const;
const OUTSTANDING = { en: 'Outstanding: ', zh: '未付金额：', es: 'Pendiente de pago: ' } as const;
/** The account-number explanation the question was taken for. */
const ACCOUNT_NUMBER_TEXT = { en: '6-character code', zh: '6 位字母和数字', es: 'código de 6 caracteres' } as const;

/** The open and overdue invoices of the account, added up, as the locale writes money. */
function outstanding(account: string, lang: keyof typeof LOCALE): string {
  const unpaid = (data().invoices ?? []).filter((i) => i.accountNumber === account && (i.status === 'open' || i.status === 'overdue'));
  expect(unpaid.length).toBeGreaterThan(0);
  return money(
    unpaid.reduce((sum, i) => sum + i.amount, 0),
    unpaid[0]!.currency,
    LOCALE[lang],
  );
}

test.each<[string, keyof typeof LOCALE, DemoUser, string, string[]]>([
  ['en fresh', 'en', 'u-alice', '5W8A3K', ["what's our balance?"]],
  ['en fresh, a View user', 'en', 'u-victor', '5W8A3K', ["what's our balance?"]],
  ['en after a parcel search', 'en', 'u-alice', '5W8A3K', ['which parcels went to madrid in march?', "what's our balance?"]],
  ['zh fresh', 'zh', 'u-li', '5W8A3K', ['我们账户余额是多少？']],
  ['zh after a parcel search', 'zh', 'u-li', '5W8A3K', ['三月寄到马德里的包裹', '我们账户余额是多少？']],
  ['es fresh', 'es', 'u-lucia', '6M1S5E', ['¿cuál es nuestro saldo?']],
  ['es after a parcel search', 'es', 'u-lucia', '6M1S5E', ['envíos a Berlín de marzo', '¿y nuestro saldo?']],
])('(%s) should give what the account still owes', async (_, lang, user, account, messages) => {
  const said = (await conversation(messages, user)).at(-1)!;
  expect(said).toContain(`${OUTSTANDING[lang]}${outstanding(account, lang)}`);
  expect(said).not.toContain(ACCOUNT_NUMBER_TEXT[lang]);
});

test.each<[string, DemoUser, string, string[]]>([
  ['en', 'u-alice', "what's our balance?", ['which parcels went to madrid in march?']],
  ['zh', 'u-li', '我们账户余额是多少？', ['三月寄到马德里的包裹']],
  ['es', 'u-lucia', '¿cuál es nuestro saldo?', ['envíos a Berlín de marzo']],
])('(%s) should answer the balance the same fresh and after earlier talk', async (_, user, question, before) => {
  const fresh = (await conversation([question], user)).at(-1)!;
  const after = (await conversation([...before, question], user)).at(-1)!;
  expect(after).toBe(fresh);
});

test.each<[string, DemoUser, string, string]>([
  ['en', 'u-alice', "what's our account number?", ACCOUNT_NUMBER_TEXT.en],
  ['zh', 'u-li', '我们的账号是多少', ACCOUNT_NUMBER_TEXT.zh],
  ['es', 'u-lucia', '¿cuál es nuestro número de cuenta?', ACCOUNT_NUMBER_TEXT.es],
])('(%s) should still explain the account number when that is what is asked', async (_, user, question, explained) => {
  const said = (await conversation([question], user)).at(-1)!;
  expect(said).toContain(explained);
});
