import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_PAYMENT_PORTAL_URL } from '../../../src/config.ts';
import { billingFlow } from '../../../src/dialog/flows/billing/billingFlow.ts';
import { asksLatest, billingActionOf, disputedAmountIn, invoiceNumberIn } from '../../../src/dialog/flows/billing/billingWords.ts';
import type { AccountRole } from '../../../src/store/records.ts';
import type { Store } from '../../../src/store/store.ts';
import { demoStore, flowContext, said } from './flowTestContext.ts';

const OPEN = 'INV-5W8A3K-260302';
const OVERDUE = 'INV-5W8A3K-260223';
const confirmState = { step: 'confirm', invoice: OPEN, reason: 'charged twice for one parcel', amountDisputed: 180 };

describe('billing flow', () => {
  let store: Store;
  beforeEach(async () => {
    store = await demoStore();
  });
  afterEach(async () => {
    await store.close();
    delete process.env.PAYMENT_PORTAL_URL;
  });

  /** Nothing of a dispute in the store: no dispute row, no ticket, the invoice as the demo made it. */
  async function expectNoDispute(): Promise<void> {
    expect(await store.disputes.listForInvoice(OPEN)).toEqual([]);
    expect(await store.tickets.listForConversation('c-u-alice')).toEqual([]);
    expect(await store.tickets.listForConversation('c-u-dana')).toEqual([]);
    expect((await store.invoices.get(OPEN))?.status).toBe('open');
  }

  test.each<[string, string, Record<string, unknown> | null, string, AccountRole[]]>([
    // Pay alone sees the invoices still to pay instead (test/dialog/payRoleSeesPayable.test.ts).
    ['seeing invoices', 'show me my invoices', null, 'Seeing the invoices needs the View role', ['Dispute']],
    ['seeing invoices', 'show me my invoices', null, 'Seeing the invoices needs the View role', []],
    ['paying', 'how do I pay my invoice?', null, 'Paying invoices needs the Pay role', ['View']],
    ['paying', 'how do I pay my invoice?', null, 'Paying invoices needs the Pay role', ['Dispute']],
    ['paying', 'how do I pay my invoice?', null, 'Paying invoices needs the Pay role', ['View', 'Dispute']],
    ['starting a dispute', 'I want to dispute an invoice', null, 'Disputing an invoice needs the Dispute role', ['View']],
    ['starting a dispute', 'I want to dispute an invoice', null, 'Disputing an invoice needs the Dispute role', ['Pay']],
    ['starting a dispute', `dispute ${OPEN}`, null, 'Disputing an invoice needs the Dispute role', ['View', 'Pay']],
    ['disputing the latest invoice', 'I want to dispute the latest one', null, 'Disputing an invoice needs the Dispute role', ['View']],
    ['disputing the latest invoice', 'quiero reclamar la última', null, 'Disputing an invoice needs the Dispute role', ['View', 'Pay']],
    ['confirming a dispute', 'yes', confirmState, 'Disputing an invoice needs the Dispute role', ['View']],
    ['confirming a dispute', 'yes', confirmState, 'Disputing an invoice needs the Dispute role', ['Pay']],
  ])('should refuse %s ("%s") to roles %j … and name the role, who can, and the admins', async (_action, text, flowState, refusal, roles) => {
    const result = await billingFlow.run(await flowContext(store, 'u-alice', text, { roles, flowState }));
    const role = /the (\w+) role/.exec(refusal)![1] as AccountRole;
    // Who can: the account's members holding the role, or its Admin (the billing-center SOP), by name.
    const holders: string[] = [];
    for (const m of await store.accounts.members('5W8A3K')) if (m.roles.includes(role) || m.roles.includes('Admin')) holders.push((await store.users.get(m.userId))!.name);
    expect(holders.length).toBeGreaterThan(1);
    const answer = said(result);
    expect(answer.startsWith(`${refusal} on account 5W8A3K, and you don't have it.`)).toBe(true);
    for (const name of holders) expect(answer).toContain(name);
    expect(answer.endsWith("Your account's admins can give it to you: Alice Martin.")).toBe(true);
    expect(result.continueWith).toBeUndefined();
    await expectNoDispute();
  });

  test('should let an Admin without the Dispute role confirm a dispute (Admin may do all: the SOP)', async () => {
    const result = await billingFlow.run(await flowContext(store, 'u-alice', 'yes', { roles: ['View', 'Pay', 'Admin'], flowState: confirmState }));
    expect(said(result)).toContain(`dispute`);
    expect(await store.disputes.listForInvoice(OPEN)).toHaveLength(1);
  });

  test('should list the newest invoices with amounts, states and what is outstanding (View)', async () => {
    const text = said(await billingFlow.run(await flowContext(store, 'u-victor', 'show me my invoices')));
    expect(text).toContain('• INV-5W8A3K-260309 · 9 Mar–15 Mar · 9,122.47 CNY · open, due 30 Mar');
    expect(text).toContain(`• ${OVERDUE} · 23 Feb–1 Mar · 11,192.72 CNY · overdue since 16 Mar`);
    expect(text).toContain('Outstanding: 33,714.09 CNY, of which 11,192.72 CNY is overdue.');
    expect(text.match(/^• /gm)).toHaveLength(6);
  });

  test('should link each unpaid invoice to the configured payment portal (Pay)', async () => {
    const byDefault = said(await billingFlow.run(await flowContext(store, 'u-paula', 'how do I pay my invoice?')));
    expect(byDefault).toContain(`${DEFAULT_PAYMENT_PORTAL_URL}?account=5W8A3K&invoice=${OVERDUE}`);
    process.env.PAYMENT_PORTAL_URL = 'https://pay.example.com/invoices/';
    const one = said(await billingFlow.run(await flowContext(store, 'u-paula', `pay ${OPEN}`)));
    expect(one).toContain(`https://pay.example.com/invoices?account=5W8A3K&invoice=${OPEN}`);
    expect(one).not.toContain(OVERDUE);
  });

  test('should not show or dispute another account\'s invoice', async () => {
    const other = 'INV-6M1S5E-260201';
    expect(said(await billingFlow.run(await flowContext(store, 'u-alice', `pay ${other}`)))).toBe(
      `I can't find invoice ${other} on account 5W8A3K. Please check the number on the invoice.`,
    );
    expect(said(await billingFlow.run(await flowContext(store, 'u-alice', `dispute ${other}`)))).toContain("I can't find invoice");
    expect((await store.invoices.get(other))?.status).toBe('open');
  });

  test('should ask which invoice, why, confirm, then write the dispute, its ticket and the disputed invoice', async () => {
    const asked = await billingFlow.run(await flowContext(store, 'u-dana', 'I want to dispute an invoice'));
    expect(asked.replies[0]).toMatchObject({ choices: expect.arrayContaining([{ label: '2 Mar–8 Mar · 13,398.90 CNY', value: OPEN }]) });
    const why = await billingFlow.run(await flowContext(store, 'u-dana', OPEN, { flowState: asked.continueWith! }));
    expect(why.continueWith).toEqual({ step: 'reason', invoice: OPEN });
    const confirm = await billingFlow.run(await flowContext(store, 'u-dana', 'the fuel surcharge is 250,50 CNY too high', { flowState: why.continueWith! }));
    expect(confirm.continueWith).toEqual({ step: 'confirm', invoice: OPEN, reason: 'the fuel surcharge is 250,50 CNY too high', amountDisputed: 250.5 });
    await expectNoDispute();
    const done = await billingFlow.run(await flowContext(store, 'u-dana', 'yes', { flowState: confirm.continueWith! }));
    const ticketNumber = /dispute (CA-\d{6})/.exec(said(done))![1]!;
    expect(await store.disputes.listForInvoice(OPEN)).toEqual([
      expect.objectContaining({ accountNumber: '5W8A3K', userId: 'u-dana', reason: 'the fuel surcharge is 250,50 CNY too high', amountDisputed: 250.5, ticketNumber }),
    ]);
    expect(await store.tickets.get(ticketNumber)).toMatchObject({
      category: 'billing_dispute',
      accountNumber: '5W8A3K',
      userId: 'u-dana',
      conversationId: 'c-u-dana',
      details: { invoiceNumber: OPEN, amountDisputed: 250.5, currency: 'CNY' },
    });
    expect((await store.invoices.get(OPEN))?.status).toBe('disputed');
    const again = await billingFlow.run(await flowContext(store, 'u-dana', `dispute ${OPEN}`));
    expect(said(again)).toBe(`Invoice ${OPEN} is already under dispute (ticket ${ticketNumber}); our billing team will answer you by e-mail.`);
  });

  test.each([
    ['a no at the confirmation', 'no', confirmState],
    ['a no instead of a reason', 'no', { step: 'reason', invoice: OPEN }],
    ['another request at the confirmation', 'how do I pay my invoice?', confirmState],
    ['another request while picking', 'show me my invoices', { step: 'pick', offered: [OPEN] }],
  ])('should write nothing when the dispute is abandoned midway: %s', async (_case, text, flowState) => {
    const result = await billingFlow.run(await flowContext(store, 'u-alice', text, { flowState }));
    expect(result.continueWith).toBeUndefined();
    await expectNoDispute();
  });

  test.each(['I want to dispute the latest one', '我要对最近那张账单提出异议'])('should dispute the newest invoice for "%s" without asking which', async (text) => {
    const [newest] = await store.invoices.listForAccount('5W8A3K', 1);
    const result = await billingFlow.run(await flowContext(store, 'u-alice', text));
    expect(result.continueWith).toEqual({ step: 'reason', invoice: newest!.number });
    await expectNoDispute();
  });

  test('should ask the confirmation again for an answer that is neither yes, no nor another request', async () => {
    const again = await billingFlow.run(await flowContext(store, 'u-alice', 'hmm, let me think', { flowState: confirmState }));
    // The amount the customer gave stays with the dispute (round 7 N2: amounts were dropped).
    expect(again.continueWith).toEqual(confirmState);
    expect(said(again)).toContain('with the reason: "charged twice for one parcel". Shall I?');
    await expectNoDispute();
  });

  test('should keep asking for an invoice until one is picked, and for a reason of a few words', async () => {
    const again = await billingFlow.run(await flowContext(store, 'u-alice', 'hmm', { flowState: { step: 'pick', offered: [OPEN] } }));
    expect(said(again)).toBe('Please pick one of these invoices, or type its number.');
    expect(again.continueWith).toMatchObject({ step: 'pick' });
    const short = await billingFlow.run(await flowContext(store, 'u-alice', 'eh', { flowState: { step: 'reason', invoice: OPEN } }));
    expect(short.continueWith).toEqual({ step: 'reason', invoice: OPEN });
    await expectNoDispute();
  });
});

describe('billing words', () => {
  test.each([
    ['show me my invoices', 'view'],
    ['what do I owe', 'view'],
    ['看一下我的账单', 'view'],
    ['quiero ver mis facturas', 'view'],
    ['how do I pay my invoice?', 'pay'],
    ['支付账单', 'pay'],
    ['¿cómo pago mi factura?', 'pay'],
    ['dispute a charge', 'dispute'],
    ['the invoice amount is wrong', 'dispute'],
    ['对账单提出异议', 'dispute'],
    ['quiero reclamar una factura', 'dispute'],
    ['billing question', 'view'],
    ['hello', null],
  ])('should read "%s" as %s', (text, action) => {
    expect(billingActionOf(text)).toBe(action);
  });

  test.each([
    ['180 CNY too much', 'CNY', 180],
    ['多收了 260 元', 'CNY', 260],
    ['¥1,200.50 for a parcel we never sent', 'CNY', 1200.5],
    ['nos cobraron 120,50 € de más', 'EUR', 120.5],
    ['1.234,56 EUR de más', 'EUR', 1234.56],
    ['we shipped 12 kg, not 20 kg', 'CNY', null],
    ['charged $40 twice', 'CNY', null],
    ['99999 CNY', 'CNY', null],
  ])('should read the disputed amount of "%s" (%s) as %s', (text, currency, amount) => {
    expect(disputedAmountIn(text, currency, 5000)).toBe(amount);
  });

  test.each([
    ['I want to dispute the latest one', true],
    ['我要对最近那张账单提出异议', true],
    ['quiero reclamar la más reciente', true],
    ['I want to dispute an invoice', false],
  ])('should read "%s" as about the latest invoice: %s', (text, latest) => {
    expect(asksLatest(text)).toBe(latest);
  });

  test('should find an invoice number whatever its case', () => {
    expect(invoiceNumberIn('please dispute inv-5w8a3k-260302 now')).toBe('INV-5W8A3K-260302');
    expect(invoiceNumberIn('the March invoice')).toBeNull();
  });
});
