/**
 * A correction while a dispute waits for its yes ("no, the first one", "sorry I meant the overdue one",
 * "不是这张，是上一张", "no, la primera"): the invoice changes, the reason given is kept, and the answer says
 * which invoice it is now; the yes then opens the dispute on that invoice only. The invoices come from the
 * demo data by a plain filter (the list's order: newest period first); "上一张" is the invoice of the
 * period before the one being disputed.
 */
import { describe, expect, test } from 'vitest';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('correction');

const listed = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));

type Row = [lang: string, user: string, account: string, messages: string[], from: (l: InvoiceRecord[]) => InvoiceRecord, to: (l: InvoiceRecord[]) => InvoiceRecord, reason: string];

const previousOf = (pick: (l: InvoiceRecord[]) => InvoiceRecord) => (l: InvoiceRecord[]) => l.filter((i) => i.periodEnd < pick(l).periodStart)[0]!;
const second = (l: InvoiceRecord[]) => l[1]!;

const ROWS: Row[] = [
  ['en', 'u-alice', '5W8A3K', ['show my invoices', 'dispute the second one, we were charged twice', 'no, the first one'], second, (l) => l[0]!, 'we were charged twice'],
  ['en', 'u-alice', '5W8A3K', ['show my invoices', 'dispute the second one, we were charged twice', 'sorry I meant the overdue one'], second, (l) => l.slice(0, 6).find((i) => i.status === 'overdue')!, 'we were charged twice'],
  ['zh', 'u-li', '5W8A3K', ['我要看账单', '第二张有问题，重复收费了', '不是这张，是上一张'], second, previousOf(second), '重复收费了'],
  ['es', 'u-lucia', '6M1S5E', ['quiero ver mis facturas', 'quiero reclamar la segunda, me cobraron dos veces', 'no, la primera'], second, (l) => l[0]!, 'me cobraron dos veces'],
];

describe('a correction during the dispute confirmation', () => {
  test.each(ROWS)('(%s) %s: %j', async (_lang, user, account, messages, from, to, reason) => {
    const l = listed(account);
    const before = from(l);
    const after = to(l);
    expect(after.number).not.toBe(before.number);
    const said = await conversationOf(user, messages);
    // The confirmation was on the invoice first pointed at, with the reason.
    expect(said[1]).toContain(before.number);
    expect(said[1]).toContain(reason);
    // The correction: the other invoice, the reason kept, said first.
    const corrected = said[2]!;
    expect(corrected).toContain(after.number);
    expect(corrected).toContain(reason);
    expect(corrected).not.toContain(before.number);
    expect(corrected.indexOf(after.number)).toBeLessThan(corrected.indexOf(reason));
  });

  test('the yes after a correction opens the dispute on the corrected invoice only', async () => {
    const l = listed('5W8A3K');
    const said = await conversationOf('u-alice', ['show my invoices', 'dispute the second one, we were charged twice', 'no, the first one', 'yes']);
    expect(said[3]).toContain(l[0]!.number);
    expect(said[3]).not.toContain(l[1]!.number);
  });
});
