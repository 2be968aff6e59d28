/**
 * A billing message that points at the invoices the assistant listed ("dispute the second one, we were
 * charged twice", "pay the overdue one", "the one due on the 23rd", "第二张", "la segunda", a number from
 * the menu) is about that invoice: no "which invoice?" with another list, the reason kept (found by an
 * outside tester). Expectations come from the demo data by a plain filter: the account's invoices, newest
 * period first, the first six as the list shows them. Property: the same request after a parcel list
 * (whose "second one" is a parcel) is about the same invoice.
 */
import { describe, expect, test } from 'vitest';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('shown');

/** The invoices the list shows, in its order: the account's newest six by period. */
function shown(account: string): InvoiceRecord[] {
  return (data().invoices ?? [])
    .filter((i) => i.accountNumber === account)
    .sort((a, b) => b.periodStart.localeCompare(a.periodStart))
    .slice(0, 6);
}

const unpaid = (i: InvoiceRecord) => i.status === 'open' || i.status === 'overdue';
/** Pick functions: the invoice a reference means, from the list shown. */
const second = (l: InvoiceRecord[]) => l[1]!;
const first = (l: InvoiceRecord[]) => l[0]!;
const third = (l: InvoiceRecord[]) => l[2]!;
const overdue = (l: InvoiceRecord[]) => l.find((i) => i.status === 'overdue')!;
/** The one still to pay due on the given day of the month (the 23rd). */
const dueOn = (day: string) => (l: InvoiceRecord[]) => l.filter((i) => i.dueAt.slice(8, 10) === day && unpaid(i))[0]!;
/** The invoice whose period holds the day (2 March). */
const covering = (day: string) => (l: InvoiceRecord[]) => l.find((i) => i.periodStart <= day && day <= i.periodEnd)!;

const ALICE = '5W8A3K';
const LUCIA = '6M1S5E';

type Row = [lang: string, user: string, account: string, messages: string[], pick: (l: InvoiceRecord[]) => InvoiceRecord, action: 'dispute' | 'pay', reason: string | null];

const LIST = { en: 'show my invoices', zh: '我要看账单', es: 'quiero ver mis facturas' } as const;

const ROWS: Row[] = [
  ['en', 'u-alice', ALICE, [LIST.en, 'dispute the second one, we were charged twice'], second, 'dispute', 'we were charged twice'],
  ['en', 'u-alice', ALICE, [LIST.en, 'pay the overdue one'], overdue, 'pay', null],
  ['en', 'u-alice', ALICE, [LIST.en, 'I want to pay the one due on the 23rd'], dueOn('23'), 'pay', null],
  ['en', 'u-alice', ALICE, [LIST.en, 'dispute the 2 March invoice, the weight is wrong'], covering('2026-03-02'), 'dispute', 'the weight is wrong'],
  ['en', 'u-alice', ALICE, [LIST.en, 'pay number 3'], third, 'pay', null],
  ['en', 'u-alice', ALICE, [LIST.en, 'Dispute an invoice', '2'], second, 'dispute', null],
  ['zh', 'u-li', ALICE, [LIST.zh, '第二张有问题，重复收费了'], second, 'dispute', '重复收费了'],
  ['zh', 'u-li', ALICE, [LIST.zh, '那张逾期的我要付'], overdue, 'pay', null],
  ['zh', 'u-li', ALICE, [LIST.zh, '我要付第三张'], third, 'pay', null],
  ['es', 'u-lucia', LUCIA, [LIST.es, 'quiero reclamar la segunda, me cobraron dos veces'], second, 'dispute', 'me cobraron dos veces'],
  ['es', 'u-lucia', LUCIA, [LIST.es, 'quiero pagar la primera'], first, 'pay', null],
  ['es', 'u-alice', ALICE, [LIST.es, 'quiero pagar la vencida'], overdue, 'pay', null],
];

/** What the answer must show: the picked invoice and no other of the account's; a dispute asks only what is missing. */
function expectAbout(said: string, account: string, picked: InvoiceRecord, action: 'dispute' | 'pay', reason: string | null): void {
  expect(said).toContain(picked.number);
  for (const other of (data().invoices ?? []).filter((i) => i.accountNumber === account && i.number !== picked.number)) expect(said).not.toContain(other.number);
  if (action === 'pay') expect(said).toContain(`invoice=${picked.number}`);
  // With a reason the confirmation quotes it; without one the reason is asked (the invoice named in the question).
  if (action === 'dispute' && reason) expect(said).toContain(reason);
}

describe('a reference to the invoices shown', () => {
  test.each(ROWS)('(%s) %s on %s: %j is about the invoice it points at', async (_lang, user, account, messages, pick, action, reason) => {
    const list = shown(account);
    const said = await conversationOf(user, messages);
    // The list shows the invoices in the oracle's order.
    const listed = [...said[0]!.matchAll(/INV-[0-9A-Z]{6}-\d{6}/g)].map((m) => m[0]);
    expect(listed).toEqual(list.map((i) => i.number));
    expectAbout(said.at(-1)!, account, pick(list), action, reason);
  });

  // Property: after a parcel list (its "second one" is a parcel), the same reference right after the invoices is the same invoice.
  test.each(ROWS.filter((r) => r[3].length === 2))('(%s) %s on %s: %j after a parcel list is the same invoice', async (lang, user, account, messages, pick, action, reason) => {
    const parcels = { en: 'show me my recent parcels', zh: '我最近的包裹', es: 'muéstrame mis envíos recientes' }[lang as 'en' | 'zh' | 'es'];
    const said = await conversationOf(user, [parcels, ...messages]);
    expect(said[0]).toMatch(/1Z[0-9A-Z]{16}/);
    expectAbout(said.at(-1)!, account, pick(shown(account)), action, reason);
  });

  test('a position past the list points at nothing: said so, and no invoice taken for it', async () => {
    const said = await conversationOf('u-alice', [LIST.en, 'dispute the seventh one, we were charged twice']);
    expect(said[1]).not.toMatch(/I'll open a dispute/);
    expect(said[1]).toContain("isn't one of the invoices");
  });

  test('an account with no overdue invoice: "la vencida" takes none of its paid invoices', async () => {
    const list = shown(LUCIA);
    expect(list.some((i) => i.status === 'overdue')).toBe(false);
    const [, said] = await conversationOf('u-lucia', [LIST.es, 'pagar la vencida']);
    for (const paid of list.filter((i) => !unpaid(i))) expect(said).not.toContain(`invoice=${paid.number}`);
    expect(said).not.toMatch(/1Z[0-9A-Z]{16}/);
  });
});
