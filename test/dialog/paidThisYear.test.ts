/**
 * "How much have we paid this year?" / "今年付了多少钱" / "¿cuánto hemos pagado este año?" (outside tester round 7, N14):
 * the invoices paid in the year added up, with their count; the same after talk about a parcel (not that parcel's card,
 * nor a parcel search of the year). A user without View is refused. Oracle: the demo invoices paid in the year of
 * DEMO_NOW, by a plain filter on their payment date.
 */
import { describe, expect, test } from 'vitest';
import { money } from '../../src/dialog/flows/billing/billingFlow.ts';
import { demoConversations, DEMO_NOW } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('paid-this-year');

type Lang = 'en' | 'zh' | 'es';
const EARLIER: Record<Lang, string[]> = { en: ['where is my parcel to london?', 'the first one'], zh: ['我发往伦敦的包裹到哪了', '第一个'], es: ['¿dónde está mi paquete a londres?', 'el primero'] };
const ROWS = [
  { lang: 'en', user: 'u-alice', account: '5W8A3K', msg: 'how much have we paid this year?' },
  { lang: 'zh', user: 'u-li', account: '5W8A3K', msg: '今年付了多少钱' },
  { lang: 'es', user: 'u-lucia', account: '6M1S5E', msg: '¿cuánto hemos pagado este año?' },
] as const;

describe('the amount paid in the year', () => {
  test.each(ROWS.flatMap((r) => [true, false].map((fresh) => [r.lang, fresh, r] as const)))('(%s) fresh=%s', async (lang, fresh, { user, account, msg }) => {
    const year = DEMO_NOW.slice(0, 4);
    const paid = (data().invoices ?? []).filter((i) => i.accountNumber === account && i.paidAt !== null && i.paidAt.slice(0, 4) === year);
    expect(paid.length).toBeGreaterThan(0);
    const total = Math.round(paid.reduce((s, i) => s + i.amount, 0) * 100) / 100;
    const said = await conversationOf(user, [...(fresh ? [] : EARLIER[lang]), msg]);
    const answer = said.at(-1)!;
    expect(answer).toContain(money(total, paid[0]!.currency, lang));
    expect(answer).toContain(String(paid.length));
    expect(answer).not.toMatch(/1Z[0-9A-Z]{16}/);
  });

  test('a Pay-only user is refused (the View role shows the invoices)', async () => {
    const [answer] = await conversationOf('u-paula', ['how much have we paid this year?']);
    expect(answer).toContain('View');
    expect(answer).not.toMatch(/CNY/);
  });
});
