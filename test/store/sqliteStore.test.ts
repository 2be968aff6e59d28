import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Dataset } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.ts';
import { makeUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const AT = '2026-03-20T09:00:00.000Z';

function tinyDataset(): Dataset {
  const party = { name: 'A Sender', phone: null, email: null, address: '1 Road' };
  const mk = (n: string, account: string, shipDate: string, dest: string, country: string) => ({
    trackingNumber: makeUpsTrackingNumber('TEST01', '66', n),
    accountNumber: account,
    serviceCode: '65',
    serviceName: 'UPS Worldwide Saver',
    shipDate,
    origin: { city: 'Shanghai', country: 'CN' },
    destination: { city: dest, country },
    status: 'in_transit' as const,
    estimatedDelivery: '2026-03-22T18:00:00.000Z',
    deliveredAt: null,
    declaredValue: { amount: 120, currency: 'USD' },
    customsState: 'pending' as const,
    weightKg: 2.5,
    co2eKg: 14.2,
    sender: party,
    recipient: party,
    lastEventAt: AT,
  });
  return {
    accounts: [
      { number: 'A1B2C3', name: 'Alpha Ltd', tier: 'standard', country: 'CN', annualVolumeUsd: 50_000, createdAt: AT },
      { number: 'Z9Y8X7', name: 'Zeta Inc', tier: 'enterprise_vip', country: 'US', annualVolumeUsd: 7_000_000, createdAt: AT },
    ],
    users: [
      { id: 'u-1', name: 'Li Wei', email: 'li@example.cn', phone: null, locale: 'zh-CN', timeZone: 'Asia/Shanghai', createdAt: AT },
      { id: 'u-2', name: 'Ann Lee', email: 'ann@example.com', phone: '+15550100', locale: 'en', timeZone: 'America/New_York', createdAt: AT },
    ],
    memberships: [
      { accountNumber: 'A1B2C3', userId: 'u-1', roles: ['View', 'Admin'] },
      { accountNumber: 'Z9Y8X7', userId: 'u-1', roles: ['View'] },
      { accountNumber: 'Z9Y8X7', userId: 'u-2', roles: ['View', 'Pay', 'Dispute'] },
    ],
    identities: [],
    shipments: [
      mk('0000001', 'A1B2C3', '2026-03-18', 'New York', 'US'),
      mk('0000002', 'A1B2C3', '2026-03-19', 'London', 'GB'),
      mk('0000003', 'Z9Y8X7', '2026-03-19', 'London', 'GB'),
    ],
    events: [
      {
        trackingNumber: makeUpsTrackingNumber('TEST01', '66', '0000001'),
        seq: 0,
        at: '2026-03-18T02:00:00.000Z',
        status: 'label_created',
        code: 'M',
        description: 'Shipper created a label',
        city: 'Shanghai',
        country: 'CN',
      },
      {
        trackingNumber: makeUpsTrackingNumber('TEST01', '66', '0000001'),
        seq: 1,
        at: '2026-03-18T09:00:00.000Z',
        status: 'picked_up',
        code: 'P',
        description: 'Picked up',
        city: 'Shanghai',
        country: 'CN',
      },
    ],
  };
}

const message = (conversationId: string, text: string): Activity => ({
  type: 'message',
  channelId: 'test',
  from: { id: 'user-1', role: 'user' },
  conversation: { id: conversationId },
  text,
  timestamp: AT,
});

describe('SqliteStore', () => {
  let store: Store;

  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset(tinyDataset());
  });
  afterEach(async () => {
    await store.close();
  });

  test('should report empty only before data is loaded', async () => {
    const fresh = await openStore('sqlite::memory:');
    expect(await fresh.isEmpty()).toBe(true);
    expect(await store.isEmpty()).toBe(false);
    await fresh.close();
  });

  test('should group roles per account membership', async () => {
    expect(await store.accounts.membershipsOf('u-1')).toEqual([
      { accountNumber: 'A1B2C3', userId: 'u-1', roles: ['Admin', 'View'] },
      { accountNumber: 'Z9Y8X7', userId: 'u-1', roles: ['View'] },
    ]);
    expect((await store.accounts.members('Z9Y8X7')).map((m) => m.userId)).toEqual(['u-1', 'u-2']);
  });

  test('should keep a shipment search inside the account', async () => {
    const london = await store.shipments.search({ accountNumber: 'A1B2C3', destinationCountry: 'GB' });
    expect(london.map((s) => s.accountNumber)).toEqual(['A1B2C3']);
    const byDate = await store.shipments.search({ accountNumber: 'A1B2C3', shipDateFrom: '2026-03-18', shipDateTo: '2026-03-18' });
    expect(byDate.map((s) => s.destination.city)).toEqual(['New York']);
    expect(await store.shipments.countForAccount('Z9Y8X7')).toBe(1);
  });

  test('should round-trip a shipment and its events in order', async () => {
    const n = makeUpsTrackingNumber('TEST01', '66', '0000001');
    const s = await store.shipments.byTrackingNumber(n);
    expect(s).toMatchObject({ trackingNumber: n, origin: { city: 'Shanghai', country: 'CN' }, declaredValue: { amount: 120, currency: 'USD' } });
    expect((await store.shipments.events(n)).map((e) => e.seq)).toEqual([0, 1]);
    expect(await store.shipments.byTrackingNumber('1Z0000000000000000')).toBeNull();
  });

  test('should number activities per conversation from 0 and list after a watermark', async () => {
    await store.conversations.ensure({ id: 'c1', channelId: 'test', externalUserId: 'user-1', locale: 'en', timeZone: 'UTC' }, AT);
    await store.conversations.ensure({ id: 'c2', channelId: 'test', externalUserId: 'user-1', locale: 'en', timeZone: 'UTC' }, AT);
    const a = await store.activities.append('c1', 'in', message('c1', 'one'));
    const b = await store.activities.append('c1', 'out', message('c1', 'two'));
    const c = await store.activities.append('c2', 'in', message('c2', 'other'));
    expect([a.seq, b.seq, c.seq]).toEqual([0, 1, 0]);
    expect((await store.activities.list('c1', 0)).map((s) => s.activity.text)).toEqual(['two']);
    expect((await store.activities.list('c1')).map((s) => s.direction)).toEqual(['in', 'out']);
  });

  test('should create a conversation once and patch it', async () => {
    const first = await store.conversations.ensure({ id: 'c1', channelId: 'test', externalUserId: 'x', locale: 'zh', timeZone: 'Asia/Shanghai' }, AT);
    const again = await store.conversations.ensure({ id: 'c1', channelId: 'test', externalUserId: 'x', locale: 'en', timeZone: 'UTC' }, '2026-03-21T00:00:00.000Z');
    expect(again).toEqual(first);
    expect(first).toMatchObject({ owner: 'bot', state: {}, locale: 'zh', userId: null });
    await store.conversations.update('c1', { state: { misunderstandings: 1 }, userId: 'u-1' }, '2026-03-21T00:00:00.000Z');
    expect(await store.conversations.get('c1')).toMatchObject({ state: { misunderstandings: 1 }, userId: 'u-1', updatedAt: '2026-03-21T00:00:00.000Z' });
  });

  test('should claim a delivery id once per channel', async () => {
    expect(await store.receipts.claim('whatsapp', 'wamid.1', AT)).toBe(true);
    expect(await store.receipts.claim('whatsapp', 'wamid.1', AT)).toBe(false);
    expect(await store.receipts.claim('wechat', 'wamid.1', AT)).toBe(true);
  });

  test('should number tickets CA-000001 upward', async () => {
    const base = { category: 'general' as const, priority: 'normal' as const, conversationId: null, accountNumber: 'A1B2C3', userId: 'u-1', trackingNumbers: [], subject: 'Question', details: { a: 1 } };
    const t1 = await store.tickets.create(base, AT);
    const t2 = await store.tickets.create(base, AT);
    expect([t1.number, t2.number]).toEqual(['CA-000001', 'CA-000002']);
    expect(await store.tickets.get('CA-000002')).toMatchObject({ state: 'open', details: { a: 1 }, accountNumber: 'A1B2C3' });
  });

  test('should link and unlink a channel identity', async () => {
    await store.identities.link({ channelId: 'webchat', externalId: 'dl_1', userId: 'u-2', linkedAt: AT });
    expect(await store.identities.find('webchat', 'dl_1')).toMatchObject({ userId: 'u-2' });
    await store.identities.unlink('webchat', 'dl_1');
    expect(await store.identities.find('webchat', 'dl_1')).toBeNull();
  });

  test('should keep data across a reopen of the same file and not re-apply migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-store-'));
    try {
      const url = `sqlite:${join(dir, 'nested', 'db.sqlite')}`;
      const s1 = await openStore(url);
      await s1.importDataset(tinyDataset());
      await s1.conversations.ensure({ id: 'c1', channelId: 'test', externalUserId: 'x', locale: 'en', timeZone: 'UTC' }, AT);
      await s1.activities.append('c1', 'in', message('c1', 'kept'));
      await s1.close();
      const s2 = await openStore(url);
      await s2.migrate();
      expect((await s2.activities.list('c1')).map((a) => a.activity.text)).toEqual(['kept']);
      await s2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('should clone an in-memory copy that does not share writes', async () => {
    const original = store as SqliteStore;
    const copy = original.cloneInMemory();
    await copy.tickets.create({ category: 'general', priority: 'low', conversationId: null, accountNumber: null, userId: null, trackingNumbers: [], subject: 's', details: {} }, AT);
    expect(await copy.tickets.get('CA-000001')).not.toBeNull();
    expect(await store.tickets.get('CA-000001')).toBeNull();
    expect(await copy.accounts.list()).toHaveLength(2);
    await copy.close();
  });

  test('should reject an unknown or unsupported DATABASE_URL clearly', async () => {
    await expect(openStore('postgres://u:p@localhost/db')).rejects.toThrow(/PostgreSQL/);
    await expect(openStore('mysql://x')).rejects.toThrow(/unsupported/);
  });
});
