/**
 * The store contract for invoices, disputes and account users (migration 5): registered beside the
 * main contract by sqliteStore.test.ts and postgresStore.test.ts, so both stores answer alike.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Dataset, InvoiceRecord, NewTicket } from '../../src/store/records.ts';
import { LastAdminError, type Store } from '../../src/store/store.ts';
import { AT, tinyDataset } from './storeContract.ts';

const invoice = (number: string, account: string, periodStart: string, patch: Partial<InvoiceRecord> = {}): InvoiceRecord => ({
  number,
  accountNumber: account,
  periodStart,
  periodEnd: periodStart.replace(/-\d\d$/, '-28'),
  issuedAt: '2026-03-01T06:00:00.000Z',
  dueAt: '2026-03-31T06:00:00.000Z',
  amount: 1234.56,
  currency: 'CNY',
  status: 'open',
  paidAt: null,
  ...patch,
});

export function billingDataset(): Dataset {
  return {
    ...tinyDataset(),
    invoices: [
      invoice('INV-A1B2C3-260101', 'A1B2C3', '2026-01-01', { status: 'paid', paidAt: '2026-01-20T10:00:00.000Z', amount: 99.5 }),
      invoice('INV-A1B2C3-260201', 'A1B2C3', '2026-02-01'),
      invoice('INV-A1B2C3-251201', 'A1B2C3', '2025-12-01', { status: 'overdue' }),
      invoice('INV-Z9Y8X7-260201', 'Z9Y8X7', '2026-02-01', { currency: 'USD' }),
    ],
  };
}

const disputeTicket: NewTicket = {
  category: 'billing_dispute',
  priority: 'normal',
  conversationId: null,
  accountNumber: 'A1B2C3',
  userId: 'u-1',
  trackingNumbers: [],
  subject: 'Dispute of invoice INV-A1B2C3-260201',
  details: { invoiceNumber: 'INV-A1B2C3-260201' },
};

export function describeAccessAndBillingContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: invoices, disputes and account users`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      await store.importDataset(billingDataset());
    });
    afterEach(async () => {
      await store.close();
    });

    test('should list an account\'s invoices newest period first, up to the limit, and keep every field', async () => {
      const listed = await store.invoices.listForAccount('A1B2C3', 2);
      expect(listed.map((i) => i.number)).toEqual(['INV-A1B2C3-260201', 'INV-A1B2C3-260101']);
      expect(await store.invoices.get('INV-A1B2C3-260101')).toEqual(billingDataset().invoices![0]);
      expect((await store.invoices.listForAccount('Z9Y8X7', 10)).map((i) => i.number)).toEqual(['INV-Z9Y8X7-260201']);
      expect(await store.invoices.get('INV-NOPE')).toBeNull();
    });

    test('should import a data set without invoices', async () => {
      const other = await openEmpty();
      try {
        const { invoices: _none, ...rest } = billingDataset();
        await other.importDataset(rest);
        expect(await other.invoices.listForAccount('A1B2C3', 10)).toEqual([]);
      } finally {
        await other.close();
      }
    });

    test('should refuse an invoice with an unknown status', async () => {
      const other = await openEmpty();
      try {
        const bad = { ...billingDataset(), invoices: [invoice('INV-X', 'A1B2C3', '2026-01-01', { status: 'lost' as InvoiceRecord['status'] })] };
        await expect(other.importDataset(bad)).rejects.toThrow();
        expect(await other.isEmpty()).toBe(true);
      } finally {
        await other.close();
      }
    });

    test('should open a dispute with its ticket and mark the invoice disputed, in one go', async () => {
      const { dispute, ticket } = await store.disputes.create(
        { invoiceNumber: 'INV-A1B2C3-260201', accountNumber: 'A1B2C3', userId: 'u-1', reason: 'Charged twice for 1Z…', amountDisputed: 120.5 },
        disputeTicket,
        AT,
      );
      expect(ticket).toMatchObject({ number: 'CA-000001', category: 'billing_dispute', accountNumber: 'A1B2C3' });
      expect(dispute).toEqual({
        id: dispute.id,
        invoiceNumber: 'INV-A1B2C3-260201',
        accountNumber: 'A1B2C3',
        userId: 'u-1',
        reason: 'Charged twice for 1Z…',
        amountDisputed: 120.5,
        createdAt: AT,
        ticketNumber: 'CA-000001',
      });
      expect((await store.invoices.get('INV-A1B2C3-260201'))?.status).toBe('disputed');
      expect(await store.disputes.listForInvoice('INV-A1B2C3-260201')).toEqual([dispute]);
      const whole = await store.disputes.create(
        { invoiceNumber: 'INV-A1B2C3-260101', accountNumber: 'A1B2C3', userId: 'u-1', reason: 'Wrong weight', amountDisputed: null },
        disputeTicket,
        AT,
      );
      expect(whole.dispute.amountDisputed).toBeNull();
      expect(whole.ticket.number).toBe('CA-000002');
    });

    test('should write nothing for a dispute on another account\'s invoice', async () => {
      await expect(
        store.disputes.create(
          { invoiceNumber: 'INV-Z9Y8X7-260201', accountNumber: 'A1B2C3', userId: 'u-1', reason: 'not ours', amountDisputed: null },
          disputeTicket,
          AT,
        ),
      ).rejects.toThrow(/not an invoice of account A1B2C3/);
      expect((await store.invoices.get('INV-Z9Y8X7-260201'))?.status).toBe('open');
      expect(await store.disputes.listForInvoice('INV-Z9Y8X7-260201')).toEqual([]);
      expect(await store.tickets.get('CA-000001')).toBeNull();
    });

    test('should create a user under a new id and refuse an e-mail taken in any case', async () => {
      const user = await store.users.create({ name: 'Tom Becker', email: 'Tom.Becker@example.com', phone: null, locale: 'en', timeZone: 'Europe/Berlin' }, AT);
      expect(user).toEqual({ id: user.id, name: 'Tom Becker', email: 'Tom.Becker@example.com', phone: null, locale: 'en', timeZone: 'Europe/Berlin', createdAt: AT });
      expect(user.id).toMatch(/^u-/);
      expect(await store.users.byEmail('tom.becker@example.com')).toEqual(user);
      await expect(store.users.create({ name: 'Again', email: 'tom.becker@EXAMPLE.com', phone: null, locale: 'en', timeZone: 'UTC' }, AT)).rejects.toThrow();
      expect(await store.users.list()).toHaveLength(3);
    });

    test('should grant roles once each, keeping the ones held', async () => {
      await store.accounts.grantRoles('Z9Y8X7', 'u-1', ['Pay', 'View']);
      await store.accounts.grantRoles('Z9Y8X7', 'u-1', []);
      expect((await store.accounts.members('Z9Y8X7')).find((m) => m.userId === 'u-1')?.roles).toEqual(['Pay', 'View']);
      await store.accounts.grantRoles('A1B2C3', 'u-2', ['View']);
      expect(await store.accounts.membershipsOf('u-2')).toEqual([
        { accountNumber: 'A1B2C3', userId: 'u-2', roles: ['View'] },
        { accountNumber: 'Z9Y8X7', userId: 'u-2', roles: ['Dispute', 'Pay', 'View'] },
      ]);
    });

    test('should revoke a user\'s roles but never the last Admin\'s', async () => {
      expect(await store.accounts.revokeUser('Z9Y8X7', 'u-2')).toBe(true);
      expect(await store.accounts.revokeUser('Z9Y8X7', 'u-2')).toBe(false);
      expect((await store.accounts.members('Z9Y8X7')).map((m) => m.userId)).toEqual(['u-1']);
      await expect(store.accounts.revokeUser('A1B2C3', 'u-1')).rejects.toBeInstanceOf(LastAdminError);
      expect((await store.accounts.members('A1B2C3')).map((m) => [m.userId, m.roles])).toEqual([['u-1', ['Admin', 'View']]]);
      await store.accounts.grantRoles('A1B2C3', 'u-2', ['Admin']);
      expect(await store.accounts.revokeUser('A1B2C3', 'u-1')).toBe(true);
      expect((await store.accounts.members('A1B2C3')).map((m) => m.userId)).toEqual(['u-2']);
    });

    test('should replace a member\'s roles, but never take Admin from the last Admin nor make a member of a stranger', async () => {
      expect(await store.accounts.setRoles('Z9Y8X7', 'u-2', ['Admin', 'View'])).toBe(true);
      expect((await store.accounts.members('Z9Y8X7')).find((m) => m.userId === 'u-2')?.roles).toEqual(['Admin', 'View']);
      expect(await store.accounts.setRoles('A1B2C3', 'u-2', ['View'])).toBe(false);
      expect((await store.accounts.members('A1B2C3')).map((m) => m.userId)).toEqual(['u-1']);
      await expect(store.accounts.setRoles('A1B2C3', 'u-1', ['View'])).rejects.toBeInstanceOf(LastAdminError);
      expect((await store.accounts.members('A1B2C3')).map((m) => [m.userId, m.roles])).toEqual([['u-1', ['Admin', 'View']]]);
      await expect(store.accounts.setRoles('A1B2C3', 'u-1', [])).rejects.toThrow();
      expect(await store.accounts.setRoles('A1B2C3', 'u-1', ['Admin'])).toBe(true);
      expect((await store.accounts.members('A1B2C3')).map((m) => [m.userId, m.roles])).toEqual([['u-1', ['Admin']]]);
    });

    test('should let only one of two concurrent removals of the last two Admins pass', async () => {
      await store.accounts.grantRoles('A1B2C3', 'u-2', ['Admin']);
      const results = await Promise.allSettled([store.accounts.revokeUser('A1B2C3', 'u-1'), store.accounts.revokeUser('A1B2C3', 'u-2')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const admins = (await store.accounts.members('A1B2C3')).filter((m) => m.roles.includes('Admin'));
      expect(admins).toHaveLength(1);
    });
  });
}
