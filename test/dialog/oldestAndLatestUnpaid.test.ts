/**
 * "The earliest one — is it due?", "y la más vieja sin pagar, cuándo vence?", "最早那张到期了吗" after what is owed: the
 * oldest invoice still to pay and its due date (outside tester spot check and round 8 P25: payment methods, the ticket
 * chooser or the whole list were answered). "最新一张没付的账单多少钱", "latest unpaid invoice": the newest still to pay,
 * never a newer one already paid (P13); "算了先别付", "don't pay yet": nothing paid, no link, no parcels. Expectations from
 * the demo data by a plain filter; en/zh/es, fresh and after earlier talk.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/demo/index.ts';
import { money } from '../../src/dialog/flows/billing/billingFlow.ts';
import { BILLING_TEXTS } from '../../src/dialog/flows/billing/texts.ts';
import { formatShortDate } from '../../src/locale/index.ts';
import type { Dataset, InvoiceRecord } from '../../src/store/records.ts';
import { openStore } from '../../src/store/openStore.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('oldest-unpaid');

type Lang = 'en' | 'zh' | 'es';
const INVOICE = /INV-[0-9A-Z]{6}-\d{6}/g;
const numbersIn = (said: string) => [...new Set([...said.matchAll(INVOICE)].map((m) => m[0]))];
const isUnpaid = (i: InvoiceRecord) => i.status === 'open' || i.status === 'overdue';
const invoicesOf = (d: Dataset, account: string) => (d.invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const EARLIER: Record<Lang, string> = { en: 'where is my parcel to london?', zh: '我发往伦敦的包裹到哪了', es: '¿dónde está mi paquete a londres?' };
const both = <T>(rows: readonly T[]) => rows.flatMap((r) => [true, false].map((fresh) => [fresh, r] as const));

describe('the oldest invoice still to pay, asked after what is owed', () => {
  const ROWS = [
    { lang: 'es', user: 'u-paula', msgs: ['cuánto debemos este mes?', 'y la más vieja sin pagar, cuándo vence?'] },
    { lang: 'zh', user: 'u-li', msgs: ['有哪些没付的账单', '最早那张 due 了吗'] },
    { lang: 'zh', user: 'u-li', msgs: ['有哪些没付的账单', '最早那张到期了吗'] },
    { lang: 'en', user: 'u-alice', msgs: ['any unpaid invoices?', 'the earliest one — is it due?'] },
    { lang: 'en', user: 'u-paula', msgs: ['what do we owe?', 'and the oldest unpaid one, when is it due?'] },
  ] as const;
  test.each(both(ROWS))('fresh=%s %o', async (fresh, { lang, user, msgs }) => {
    const unpaid = invoicesOf(data(), '5W8A3K').filter(isUnpaid);
    expect(unpaid.length).toBeGreaterThan(1);
    const oldest = unpaid.at(-1)!;
    const said = (await conversationOf(user, [...(fresh ? [] : [EARLIER[lang]]), ...msgs])).at(-1)!;
    expect(numbersIn(said)).toEqual([oldest.number]);
    expect(said).toContain(formatShortDate(oldest.dueAt.slice(0, 10), lang));
    // The due date in a sentence, not the payment methods.
    expect(said).not.toContain(BILLING_TEXTS[lang]!.payMethods);
  });
});

/** The demo data with the account's newest invoice paid early (as on the demo's 7 Dec), so "latest" and "latest unpaid" differ. */
function newestPaidEarly(d: Dataset, account: string): Dataset {
  const newest = invoicesOf(d, account)[0]!;
  return { ...d, invoices: (d.invoices ?? []).map((i) => (i.number === newest.number ? { ...i, status: 'paid' as const, paidAt: DEMO_NOW } : i)) };
}

describe('the latest unpaid invoice is the newest still to pay; "don\'t pay yet" pays nothing', () => {
  let app: App;
  let dataset: Dataset;
  let n = 0;
  beforeAll(async () => {
    const store = await openStore('sqlite::memory:');
    dataset = newestPaidEarly(generateDataset({ seed: 42, now: new Date(DEMO_NOW), scale: 'small' }), '4E0V1P');
    await store.importDataset(dataset);
    app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(DEMO_NOW), logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app?.close();
  });
  async function talk(user: string, messages: readonly string[]): Promise<string[]> {
    const id = `latest-unpaid-${++n}`;
    const chat = `${id}-chat`;
    await app.store.identities.link({ channelId: 'test', externalId: chat, userId: user, linkedAt: DEMO_NOW });
    const said: string[] = [];
    for (const [i, text] of messages.entries()) {
      const out = await app.pipeline.process({ type: 'message', id: `${id}-${i}`, channelId: 'test', from: { id: chat }, conversation: { id }, text }, async () => {});
      said.push(out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n'));
    }
    return said;
  }
  const ROWS = [
    { lang: 'zh', user: 'u-zhang', account: '4E0V1P', msgs: ['最新一张没付的账单多少钱', '算了先别付'] },
    { lang: 'en', user: 'u-zhang', account: '4E0V1P', msgs: ['how much is the latest unpaid invoice?', "ok don't pay it yet"] },
    // 6M1S5E has one invoice still to pay: Spanish asked on 4E0V1P.
    { lang: 'es', user: 'u-zhang', account: '4E0V1P', msgs: ['¿cuánto es la última factura sin pagar?', 'no la pagues todavía'] },
  ] as const;
  test.each(both(ROWS))('fresh=%s %o', async (fresh, { lang, user, account, msgs }) => {
    const list = invoicesOf(dataset, account);
    expect(list[0]!.status).toBe('paid');
    const latestUnpaid = list.find(isUnpaid)!;
    expect(latestUnpaid).toBeDefined();
    const [asked, held] = (await talk(user, [...(fresh ? [] : [EARLIER[lang]]), ...msgs])).slice(-2) as [string, string];
    expect(numbersIn(asked)).toEqual([latestUnpaid.number]);
    // u-zhang writes in Chinese: the amount in the language the answer is in.
    const shownIn = /[\p{Script=Han}]/u.test(asked) ? 'zh' : lang;
    expect(asked).toContain(money(latestUnpaid.amount, latestUnpaid.currency, shownIn));
    expect(held).not.toContain('https://');
    expect(held).not.toMatch(/1Z[0-9A-Z]{16}/);
    expect(numbersIn(held)).toEqual([]);
    expect(await app.store.invoices.get(latestUnpaid.number)).toMatchObject({ status: latestUnpaid.status });
  });
});
