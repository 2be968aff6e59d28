/**
 * Two requests joined by "then" in one message: "track 1Z… then tell me what we owe", "帮我查一下1Z…，再告诉我这个月的
 * 碳排放", "rastrea 1Z… y luego dime cuánto debemos" (outside tester round 9, Z6: only the parcel was answered, or
 * only its own carbon). Both are answered: the parcel, then the invoices or the month's carbon, whose figures come
 * from a plain filter over the demo data; and the combined answer is the two parts asked alone, one after the other.
 */
import { expect, test } from 'vitest';
import { money } from '../../src/dialog/flows/billing/billingFlow.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('combined-then');

const LOCALE = { en: 'en', zh: 'zh-CN', es: 'es-ES' } as const;
type Lang = keyof typeof LOCALE;
const OUTSTANDING = { en: 'Outstanding: ', zh: '未付金额：', es: 'Pendiente de pago: ' } as const;
const SHIPPED = { en: (n: number) => `shipped ${n} parcels`, zh: (n: number) => `共寄出 ${n} 个包裹`, es: (n: number) => `envió ${n} paquetes` } as const;

/** The account's most recently sent parcel still on its way. */
function travelling(account: string): string {
  const onTheWay = data()
    .shipments.filter((s) => s.accountNumber === account && s.status === 'in_transit')
    .sort((a, b) => b.shipDate.localeCompare(a.shipDate) || a.trackingNumber.localeCompare(b.trackingNumber));
  expect(onTheWay.length).toBeGreaterThan(0);
  return onTheWay[0]!.trackingNumber;
}

function outstanding(account: string, lang: Lang): string {
  const unpaid = (data().invoices ?? []).filter((i) => i.accountNumber === account && (i.status === 'open' || i.status === 'overdue'));
  expect(unpaid.length).toBeGreaterThan(0);
  return `${OUTSTANDING[lang]}${money(unpaid.reduce((sum, i) => sum + i.amount, 0), unpaid[0]!.currency, LOCALE[lang])}`;
}

/** Parcels the account sent this month (the demo's clock: March 2026). */
const sentThisMonth = (account: string) => data().shipments.filter((s) => s.accountNumber === account && s.shipDate.startsWith('2026-03')).length;

/** label, language, user, account, the message, its first part alone, its second part alone, the second's figure. */
type Row = [string, Lang, DemoUser, string, (n: string) => string, (n: string) => string, string, (account: string, lang: Lang) => string];
const owed: Row[7] = (account, lang) => outstanding(account, lang);
const carbon: Row[7] = (account, lang) => SHIPPED[lang](sentThisMonth(account));

const CASES: Row[] = [
  ['en then', 'en', 'u-alice', '5W8A3K', (n) => `track ${n} then tell me what we owe`, (n) => `track ${n}`, 'tell me what we owe', owed],
  ['en, and then', 'en', 'u-alice', '5W8A3K', (n) => `track ${n}, and then show me our invoices`, (n) => `track ${n}`, 'show me our invoices', owed],
  ['zh 再', 'zh', 'u-li', '5W8A3K', (n) => `帮我查一下${n}，再告诉我还欠多少钱`, (n) => `帮我查一下${n}`, '告诉我还欠多少钱', owed],
  ['zh 再, carbon', 'zh', 'u-li', '5W8A3K', (n) => `帮我查一下${n}，再告诉我这个月的碳排放`, (n) => `帮我查一下${n}`, '告诉我这个月的碳排放', carbon],
  ['es y luego', 'es', 'u-lucia', '6M1S5E', (n) => `rastrea el paquete ${n} y luego dime cuánto debemos`, (n) => `rastrea el paquete ${n}`, 'dime cuánto debemos', owed],
  ['es y después, carbon', 'es', 'u-lucia', '6M1S5E', (n) => `rastrea el paquete ${n} y después dime cuánto CO2 emitimos este mes`, (n) => `rastrea el paquete ${n}`, 'dime cuánto CO2 emitimos este mes', carbon],
];

test.each(CASES)('(%s) should answer both requests', async (_, lang, user, account, combined, _first, _second, expected) => {
  const parcel = travelling(account);
  const said = (await conversation([combined(parcel)], user)).at(-1)!;
  expect(said).toContain(parcel);
  expect(said).toContain(expected(account, lang));
  expect(said.indexOf(parcel)).toBeLessThan(said.indexOf(expected(account, lang)));
});

test.each(CASES)('(%s) should answer as the two parts asked alone, in order', async (_, _lang, user, account, combined, firstAlone, second) => {
  const parcel = travelling(account);
  const both = (await conversation([combined(parcel)], user)).at(-1)!;
  const first = (await conversation([firstAlone(parcel)], user)).at(-1)!;
  const then = (await conversation([second], user)).at(-1)!;
  expect(both).toBe(`${first}\n${then}`);
});
