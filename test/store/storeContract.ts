/**
 * The store contract: one suite that every Store implementation passes (ARCHITECTURE.md: "the same
 * test suite runs on both"). sqliteStore.test.ts and postgresStore.test.ts run it; what only one
 * implementation has (files, cloning, pools, advisory locks) is tested beside it in those files.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import type { Dataset, NewTicket, ShipmentRecord, UserRecord } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { makeUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import { describeAvailabilityContract } from './availabilityContract.ts';
import { describeSubscriptionContract } from './subscriptionContract.ts';
import { describeSatisfactionContract } from './satisfactionContract.ts';
import { describeSupervisorStatsContract } from './supervisorStatsContract.ts';
import { describeHandoffContract } from './handoffContract.ts';
import { describeQueueContract } from './queueContract.ts';
import { describeSupportContract } from './supportContract.ts';
import { describeTicketWorkContract } from './ticketWorkContract.ts';

export const AT = '2026-03-20T09:00:00.000Z';
const LATER = '2026-03-20T09:10:00.000Z';

const party = { name: 'A Sender', phone: null, email: null, address: '1 Road' };

export function shipment(n: string, account: string, shipDate: string, dest: string, country: string): ShipmentRecord {
  return {
    trackingNumber: makeUpsTrackingNumber('TEST01', '66', n),
    accountNumber: account,
    serviceCode: '65',
    serviceName: 'UPS Worldwide Saver',
    shipDate,
    origin: { city: 'Shanghai', country: 'CN' },
    destination: { city: dest, country },
    status: 'in_transit',
    estimatedDelivery: '2026-03-22T18:00:00.000Z',
    deliveredAt: null,
    declaredValue: { amount: 120, currency: 'USD' },
    customsState: 'pending',
    weightKg: 2.5,
    co2eKg: 14.2,
    sender: party,
    recipient: party,
    lastEventAt: AT,
  };
}

export function tinyDataset(): Dataset {
  const first = makeUpsTrackingNumber('TEST01', '66', '0000001');
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
      shipment('0000001', 'A1B2C3', '2026-03-18', 'New York', 'US'),
      shipment('0000002', 'A1B2C3', '2026-03-19', 'London', 'GB'),
      shipment('0000003', 'Z9Y8X7', '2026-03-19', 'London', 'GB'),
    ],
    events: [
      { trackingNumber: first, seq: 0, at: '2026-03-18T02:00:00.000Z', status: 'label_created', code: 'M', description: 'Shipper created a label', city: 'Shanghai', country: 'CN' },
      { trackingNumber: first, seq: 1, at: '2026-03-18T09:00:00.000Z', status: 'picked_up', code: 'P', description: 'Picked up', city: 'Shanghai', country: 'CN' },
    ],
  };
}

export const message = (conversationId: string, text: string): Activity => ({
  type: 'message',
  channelId: 'test',
  from: { id: 'user-1', role: 'user' },
  conversation: { id: conversationId },
  text,
  timestamp: AT,
});

export const conversation = (id: string) => ({ id, channelId: 'test', externalUserId: 'user-1', locale: 'en', timeZone: 'UTC' });

/** A general ticket of Li Wei on A1B2C3, with `patch` over it. */
export const ticket = (patch: Partial<NewTicket> = {}): NewTicket => ({
  category: 'general',
  priority: 'normal',
  conversationId: null,
  accountNumber: 'A1B2C3',
  userId: 'u-1',
  trackingNumbers: [],
  subject: 'Question',
  details: { a: 1 },
  ...patch,
});

/**
 * Registers the contract tests. `openEmpty` opens a migrated store with no data in it; the suite
 * closes each store it opened.
 */
export function describeStoreContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: store contract`, () => {
    let store: Store;

    beforeEach(async () => {
      store = await openEmpty();
    });
    afterEach(async () => {
      await store.close();
    });

    test('should report empty only before data is loaded', async () => {
      expect(await store.isEmpty()).toBe(true);
      await store.importDataset(tinyDataset());
      expect(await store.isEmpty()).toBe(false);
      await store.ping();
    });

    test('should load nothing of a data set that fails part way', async () => {
      const broken = tinyDataset();
      broken.events.push({ ...broken.events[0]!, trackingNumber: '1ZNOSUCHSHIPMENT00' });
      await expect(store.importDataset(broken)).rejects.toThrow();
      expect(await store.isEmpty()).toBe(true);
      expect(await store.shipments.countForAccount('A1B2C3')).toBe(0);
    });

    test('should refuse records that break the schema\'s checks', async () => {
      const bad = (patch: (d: Dataset) => void) => {
        const d = tinyDataset();
        patch(d);
        return d;
      };
      await expect(store.importDataset(bad((d) => (d.accounts[0]!.number = 'A1B2C')))).rejects.toThrow();
      await expect(store.importDataset(bad((d) => (d.accounts[0]!.tier = 'gold' as 'standard')))).rejects.toThrow();
      await expect(store.importDataset(bad((d) => (d.memberships[0]!.roles = ['Owner' as 'View'])))).rejects.toThrow();
      await expect(store.importDataset(bad((d) => (d.shipments[0]!.status = 'lost' as 'exception')))).rejects.toThrow();
      await expect(store.importDataset(bad((d) => (d.users[1]!.email = d.users[0]!.email)))).rejects.toThrow();
      expect(await store.isEmpty()).toBe(true);
    });

    test('should import more rows than one batch', async () => {
      const big = tinyDataset();
      big.shipments = [];
      big.events = [];
      for (let i = 0; i < 2_500; i++) {
        const s = shipment(String(i).padStart(7, '0'), i % 2 ? 'A1B2C3' : 'Z9Y8X7', '2026-03-01', 'Paris', 'FR');
        big.shipments.push(s);
        for (let seq = 0; seq < 5; seq++) {
          big.events.push({ trackingNumber: s.trackingNumber, seq, at: AT, status: 'in_transit', code: 'I', description: `Scan ${seq}`, city: 'Paris', country: 'FR' });
        }
      }
      await store.importDataset(big);
      expect(await store.shipments.countForAccount('A1B2C3')).toBe(1_250);
      expect(await store.shipments.countForAccount('Z9Y8X7')).toBe(1_250);
      expect((await store.shipments.events(big.shipments[2_499]!.trackingNumber)).map((e) => e.description)).toEqual([
        'Scan 0',
        'Scan 1',
        'Scan 2',
        'Scan 3',
        'Scan 4',
      ]);
    });

    test('should order text by its bytes, whatever the database locale', async () => {
      const user = (id: string): UserRecord => ({ id, name: id, email: `${id}@example.com`, phone: null, locale: 'en', timeZone: 'UTC', createdAt: AT });
      await store.importDataset({ ...tinyDataset(), users: ['b', 'B', 'a1', 'a-2', 'Z'].map(user), memberships: [] });
      expect((await store.users.list()).map((u) => u.id)).toEqual(['B', 'Z', 'a-2', 'a1', 'b']);
    });

    test('should keep numbers, unicode and a NUL character exactly', async () => {
      const data = tinyDataset();
      const odd = { ...shipment('0000009', 'A1B2C3', '2026-03-17', 'Zürich', 'CH'), weightKg: 0.1 + 0.2, co2eKg: 12345.678901234567 };
      odd.recipient = { name: '李伟', phone: '+86 21 5555 0100', email: null, address: '上海市浦东新区 1号' };
      data.shipments.push(odd);
      data.accounts[1]!.annualVolumeUsd = 7_123_456.789;
      await store.importDataset(data);
      expect(await store.shipments.byTrackingNumber(odd.trackingNumber)).toEqual(odd);
      expect((await store.accounts.get('Z9Y8X7'))?.annualVolumeUsd).toBe(7_123_456.789);

      await store.conversations.ensure(conversation('c1'), AT);
      const text = '我的包裹在哪里？ \u0000 ¿dónde está?';
      await store.activities.append('c1', 'in', message('c1', text));
      await store.conversations.update('c1', { state: { lastText: text, n: 1.5 } }, AT);
      const t = await store.tickets.create(ticket({ conversationId: 'c1', details: { note: text } }), AT);
      expect((await store.activities.list('c1'))[0]?.activity.text).toBe(text);
      expect((await store.conversations.get('c1'))?.state).toEqual({ lastText: text, n: 1.5 });
      expect((await store.tickets.get(t.number))?.details).toEqual({ note: text });
    });

    describe('with the tiny data set', () => {
      beforeEach(async () => {
        await store.importDataset(tinyDataset());
      });

      test('should list accounts and users in key order', async () => {
        expect((await store.accounts.list()).map((a) => a.number)).toEqual(['A1B2C3', 'Z9Y8X7']);
        expect(await store.accounts.get('Z9Y8X7')).toEqual(tinyDataset().accounts[1]);
        expect(await store.accounts.get('NOPE00')).toBeNull();
        expect(await store.users.list()).toEqual(tinyDataset().users);
        expect(await store.users.get('u-2')).toMatchObject({ phone: '+15550100', timeZone: 'America/New_York' });
        expect(await store.users.get('u-9')).toBeNull();
      });

      test('should group roles per account membership', async () => {
        expect(await store.accounts.membershipsOf('u-1')).toEqual([
          { accountNumber: 'A1B2C3', userId: 'u-1', roles: ['Admin', 'View'] },
          { accountNumber: 'Z9Y8X7', userId: 'u-1', roles: ['View'] },
        ]);
        expect((await store.accounts.members('Z9Y8X7')).map((m) => m.userId)).toEqual(['u-1', 'u-2']);
        expect(await store.accounts.membershipsOf('u-9')).toEqual([]);
      });

      test('should keep a shipment search inside the account', async () => {
        const london = await store.shipments.search({ accountNumber: 'A1B2C3', destinationCountry: 'GB' });
        expect(london.map((s) => s.accountNumber)).toEqual(['A1B2C3']);
        const byDate = await store.shipments.search({ accountNumber: 'A1B2C3', shipDateFrom: '2026-03-18', shipDateTo: '2026-03-18' });
        expect(byDate.map((s) => s.destination.city)).toEqual(['New York']);
        expect(await store.shipments.countForAccount('Z9Y8X7')).toBe(1);
        expect(await store.shipments.countForAccount('NOPE00')).toBe(0);
      });

      test('should filter by status and origin, newest first, up to the limit', async () => {
        const all = await store.shipments.search({ accountNumber: 'A1B2C3', originCity: 'Shanghai', originCountry: 'CN', statuses: ['in_transit', 'delivered'] });
        expect(all.map((s) => s.shipDate)).toEqual(['2026-03-19', '2026-03-18']);
        expect(await store.shipments.search({ accountNumber: 'A1B2C3', statuses: ['delivered'] })).toEqual([]);
        expect((await store.shipments.search({ accountNumber: 'A1B2C3', limit: 1 })).map((s) => s.destination.city)).toEqual(['London']);
        expect(await store.shipments.search({ accountNumber: 'A1B2C3', destinationCity: 'London', destinationCountry: 'GB' })).toHaveLength(1);
      });

      test('should round-trip a shipment and its events in order', async () => {
        const n = makeUpsTrackingNumber('TEST01', '66', '0000001');
        expect(await store.shipments.byTrackingNumber(n)).toEqual(tinyDataset().shipments[0]);
        expect(await store.shipments.events(n)).toEqual(tinyDataset().events);
        expect(await store.shipments.byTrackingNumber('1Z0000000000000000')).toBeNull();
        expect(await store.shipments.events('1Z0000000000000000')).toEqual([]);
      });

      test('should number activities per conversation from 0 and list after a watermark', async () => {
        await store.conversations.ensure(conversation('c1'), AT);
        await store.conversations.ensure(conversation('c2'), AT);
        const a = await store.activities.append('c1', 'in', message('c1', 'one'));
        const b = await store.activities.append('c1', 'out', message('c1', 'two'));
        const c = await store.activities.append('c2', 'in', message('c2', 'other'));
        expect([a.seq, b.seq, c.seq]).toEqual([0, 1, 0]);
        expect((await store.activities.list('c1', 0)).map((s) => s.activity.text)).toEqual(['two']);
        expect((await store.activities.list('c1')).map((s) => s.direction)).toEqual(['in', 'out']);
        expect(await store.activities.list('c1')).toEqual([a, b]);
        expect(await store.activities.count('c1')).toBe(2);
        expect(await store.activities.count('c3')).toBe(0);
      });

      test("should find the customer's newest activity of a conversation", async () => {
        await store.conversations.ensure(conversation('c1'), AT);
        await store.conversations.ensure(conversation('c2'), AT);
        expect(await store.activities.lastInbound('c1')).toBeNull();
        await store.activities.append('c1', 'in', message('c1', 'first'));
        const second = await store.activities.append('c1', 'in', message('c1', 'second'));
        await store.activities.append('c1', 'out', message('c1', 'answer'));
        await store.activities.append('c2', 'in', message('c2', 'elsewhere'));
        expect(await store.activities.lastInbound('c1')).toEqual(second);
        expect(await store.activities.lastInbound('nope')).toBeNull();
      });

      test('should number concurrent appends without gaps or duplicates', async () => {
        await store.conversations.ensure(conversation('c1'), AT);
        const stored = await Promise.all(
          Array.from({ length: 40 }, (_, i) => store.activities.append('c1', i % 2 ? 'out' : 'in', message('c1', `m${i}`))),
        );
        expect(stored.map((s) => s.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i));
        const listed = await store.activities.list('c1');
        expect(listed.map((s) => s.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i));
        expect(new Set(listed.map((s) => s.activity.text)).size).toBe(40);
      });

      test('should refuse an activity for an unknown conversation', async () => {
        await expect(store.activities.append('nope', 'in', message('nope', 'hi'))).rejects.toThrow();
        expect(await store.activities.count('nope')).toBe(0);
      });

      test('should create a conversation once and patch it', async () => {
        const first = await store.conversations.ensure({ id: 'c1', channelId: 'test', externalUserId: 'x', locale: 'zh', timeZone: 'Asia/Shanghai' }, AT);
        const again = await store.conversations.ensure({ id: 'c1', channelId: 'test', externalUserId: 'x', locale: 'en', timeZone: 'UTC' }, '2026-03-21T00:00:00.000Z');
        expect(again).toEqual(first);
        expect(first).toMatchObject({ owner: 'bot', state: {}, locale: 'zh', userId: null, createdAt: AT, updatedAt: AT });
        await store.conversations.update('c1', { state: { misunderstandings: 1 }, userId: 'u-1' }, '2026-03-21T00:00:00.000Z');
        expect(await store.conversations.get('c1')).toMatchObject({ state: { misunderstandings: 1 }, userId: 'u-1', updatedAt: '2026-03-21T00:00:00.000Z' });
        await store.conversations.update('c1', { userId: null, accountNumber: 'A1B2C3', locale: 'en', timeZone: 'UTC' }, '2026-03-22T00:00:00.000Z');
        expect(await store.conversations.get('c1')).toMatchObject({ userId: null, accountNumber: 'A1B2C3', locale: 'en', timeZone: 'UTC', state: { misunderstandings: 1 }, createdAt: AT });
        expect(await store.conversations.get('c9')).toBeNull();
      });

      test('should list conversations by owner, least recently updated first', async () => {
        for (const id of ['c1', 'c2', 'c3']) await store.conversations.ensure(conversation(id), AT);
        await store.conversations.update('c3', { owner: 'agent' }, '2026-03-20T10:00:00.000Z');
        await store.conversations.update('c1', { owner: 'agent' }, '2026-03-20T11:00:00.000Z');
        expect((await store.conversations.listByOwner('agent')).map((c) => c.id)).toEqual(['c3', 'c1']);
        expect((await store.conversations.listByOwner('bot')).map((c) => c.id)).toEqual(['c2']);
      });

      test('should claim a delivery id once per channel', async () => {
        expect(await store.receipts.claim('whatsapp', 'wamid.1', AT)).toBe(true);
        expect(await store.receipts.claim('whatsapp', 'wamid.1', AT)).toBe(false);
        expect(await store.receipts.claim('wechat', 'wamid.1', AT)).toBe(true);
      });

      test('should let exactly one of many concurrent claims win', async () => {
        const results = await Promise.all(Array.from({ length: 20 }, () => store.receipts.claim('whatsapp', 'wamid.race', AT)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      test('should number tickets CA-000001 upward', async () => {
        const t1 = await store.tickets.create(ticket(), AT);
        const t2 = await store.tickets.create(ticket(), AT);
        expect([t1.number, t2.number]).toEqual(['CA-000001', 'CA-000002']);
        expect(await store.tickets.get('CA-000002')).toMatchObject({ state: 'new', queue: 'support', details: { a: 1 }, accountNumber: 'A1B2C3' });
        expect(await store.tickets.get('CA-000009')).toBeNull();
      });

      test('should keep every field of a ticket and list a conversation\'s tickets in order', async () => {
        await store.conversations.ensure(conversation('c1'), AT);
        const numbers = makeUpsTrackingNumber('TEST01', '66', '0000001');
        const t1 = await store.tickets.create(ticket({ conversationId: 'c1', category: 'damage', priority: 'urgent', trackingNumbers: [numbers], details: { photos: 2, contact: { phone: '+1' } } }), AT);
        await store.tickets.create(ticket(), AT);
        const t3 = await store.tickets.create(ticket({ conversationId: 'c1', subject: 'Again' }), '2026-03-21T00:00:00.000Z');
        expect(t1).toEqual({
          number: 'CA-000001',
          category: 'damage',
          priority: 'urgent',
          state: 'new',
          queue: 'support',
          conversationId: 'c1',
          accountNumber: 'A1B2C3',
          userId: 'u-1',
          trackingNumbers: [numbers],
          subject: 'Question',
          details: { photos: 2, contact: { phone: '+1' } },
          assignee: null,
          firstResponseAt: null,
          createdAt: AT,
          updatedAt: AT,
        });
        expect(await store.tickets.listForConversation('c1')).toEqual([t1, t3]);
        expect(await store.tickets.listForConversation('c2')).toEqual([]);
      });

      test('should link and unlink a channel identity', async () => {
        await store.identities.link({ channelId: 'webchat', externalId: 'dl_1', userId: 'u-2', linkedAt: AT });
        expect(await store.identities.find('webchat', 'dl_1')).toEqual({ channelId: 'webchat', externalId: 'dl_1', userId: 'u-2', linkedAt: AT });
        await store.identities.link({ channelId: 'webchat', externalId: 'dl_1', userId: 'u-1', linkedAt: '2026-03-21T00:00:00.000Z' });
        expect(await store.identities.find('webchat', 'dl_1')).toMatchObject({ userId: 'u-1', linkedAt: '2026-03-21T00:00:00.000Z' });
        await store.identities.unlink('webchat', 'dl_1');
        expect(await store.identities.find('webchat', 'dl_1')).toBeNull();
      });

      test('should find a user by e-mail whatever the case of its ASCII letters', async () => {
        expect((await store.users.byEmail('ann@example.com'))?.id).toBe('u-2');
        expect((await store.users.byEmail('ANN@Example.COM'))?.id).toBe('u-2');
        expect(await store.users.byEmail('Li@EXAMPLE.cn')).toEqual(tinyDataset().users[0]);
        expect(await store.users.byEmail('nobody@example.com')).toBeNull();
        expect(await store.users.byEmail(' ann@example.com')).toBeNull();
        expect(await store.users.byEmail('ann@example.co')).toBeNull();
      });

      test('should keep verifications per identity, the newest open one first', async () => {
        const base = { channelId: 'webchat', externalId: 'dl_1', userId: 'u-2', codeHash: 'scrypt$s$h1', createdAt: AT, expiresAt: LATER };
        const first = await store.verifications.create(base);
        expect(first).toEqual({ ...base, id: first.id, attempts: 0, consumedAt: null });
        // Same instant: the later insert is the newer code.
        const second = await store.verifications.create({ ...base, codeHash: 'scrypt$s$h2' });
        const unknown = await store.verifications.create({ ...base, externalId: 'dl_2', userId: null });
        expect(unknown.userId).toBeNull();
        expect(second.id).toBeGreaterThan(first.id);
        expect(await store.verifications.latestOpen('webchat', 'dl_1')).toEqual(second);
        expect(await store.verifications.latestOpen('webchat', 'dl_2')).toEqual(unknown);
        expect(await store.verifications.latestOpen('whatsapp', 'dl_1')).toBeNull();

        expect(await store.verifications.recordAttempt(second.id)).toBe(1);
        expect(await store.verifications.recordAttempt(second.id)).toBe(2);
        expect(await store.verifications.recordAttempt(999_999)).toBe(0);
        expect((await store.verifications.latestOpen('webchat', 'dl_1'))?.attempts).toBe(2);

        expect(await store.verifications.consume(second.id, LATER)).toBe(true);
        expect(await store.verifications.consume(second.id, LATER)).toBe(false);
        expect(await store.verifications.consume(999_999, LATER)).toBe(false);
        // The consumed code was the newest: the older one it superseded does not come back.
        expect(await store.verifications.latestOpen('webchat', 'dl_1')).toBeNull();
        const third = await store.verifications.create({ ...base, createdAt: LATER, expiresAt: LATER });
        expect(await store.verifications.latestOpen('webchat', 'dl_1')).toEqual(third);
      });

      test('should order verifications by creation time before id', async () => {
        const base = { channelId: 'webchat', externalId: 'dl_1', userId: 'u-1', codeHash: 'h', expiresAt: LATER };
        const newer = await store.verifications.create({ ...base, createdAt: '2026-03-20T09:30:00.000Z' });
        await store.verifications.create({ ...base, createdAt: '2026-03-20T09:10:00.000Z' });
        expect((await store.verifications.latestOpen('webchat', 'dl_1'))?.id).toBe(newer.id);
      });

      test('should count an identity\'s verifications since an instant', async () => {
        const at = (minute: number) => `2026-03-20T09:${String(minute).padStart(2, '0')}:00.000Z`;
        for (const minute of [0, 20, 40]) {
          await store.verifications.create({ channelId: 'webchat', externalId: 'dl_1', userId: null, codeHash: 'h', createdAt: at(minute), expiresAt: LATER });
        }
        await store.verifications.create({ channelId: 'webchat', externalId: 'dl_2', userId: null, codeHash: 'h', createdAt: at(30), expiresAt: LATER });
        expect(await store.verifications.countSince('webchat', 'dl_1', at(0))).toBe(3);
        expect(await store.verifications.countSince('webchat', 'dl_1', at(20))).toBe(2);
        expect(await store.verifications.countSince('webchat', 'dl_1', at(41))).toBe(0);
        expect(await store.verifications.countSince('whatsapp', 'dl_1', at(0))).toBe(0);
        expect(await store.verifications.countForUserSince('u-1', at(0))).toBe(0);
      });

      test('should count a user\'s verifications from every identity since an instant', async () => {
        const at = (minute: number) => `2026-03-20T09:${String(minute).padStart(2, '0')}:00.000Z`;
        const create = (externalId: string, userId: string | null, minute: number) =>
          store.verifications.create({ channelId: 'webchat', externalId, userId, codeHash: 'h', createdAt: at(minute), expiresAt: LATER });
        await create('dl_1', 'u-1', 0);
        await create('dl_2', 'u-1', 20);
        await create('dl_3', 'u-2', 20);
        await create('dl_4', null, 20);
        expect(await store.verifications.countForUserSince('u-1', at(0))).toBe(2);
        expect(await store.verifications.countForUserSince('u-1', at(1))).toBe(1);
        expect(await store.verifications.countForUserSince('u-2', at(0))).toBe(1);
        expect(await store.verifications.countForUserSince('', at(0))).toBe(0);
      });

      test('should refuse a verification for a user that does not exist', async () => {
        await expect(
          store.verifications.create({ channelId: 'webchat', externalId: 'dl_1', userId: 'u-9', codeHash: 'h', createdAt: AT, expiresAt: LATER }),
        ).rejects.toThrow();
      });

      test('should count concurrent attempts without losing one and let one consumer win', async () => {
        const v = await store.verifications.create({ channelId: 'webchat', externalId: 'dl_1', userId: 'u-1', codeHash: 'h', createdAt: AT, expiresAt: LATER });
        const counts = await Promise.all(Array.from({ length: 20 }, () => store.verifications.recordAttempt(v.id)));
        expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        const wins = await Promise.all(Array.from({ length: 10 }, () => store.verifications.consume(v.id, LATER)));
        expect(wins.filter(Boolean)).toHaveLength(1);
      });

      test('should claim unsent e-mail once until the claim lapses or the attempt is recorded', async () => {
        const mail = (n: number) => ({ toAddress: `user${n}@example.com`, subject: `Subject ${n}`, bodyText: `Body ${n}` });
        const [m1, m2, m3] = [await store.outbox.enqueue(mail(1), AT), await store.outbox.enqueue(mail(2), AT), await store.outbox.enqueue(mail(3), AT)];
        const claimAt = (now: string, limit = 10) => store.outbox.claim({ limit, maxAttempts: 5, now, until: '2026-03-20T09:05:00.000Z' });
        expect((await claimAt(AT, 2)).map((m) => m.id)).toEqual([m1!.id, m2!.id]);
        expect((await claimAt(AT)).map((m) => m.id)).toEqual([m3!.id]);
        expect(await claimAt(AT)).toEqual([]);
        // A recorded failure ends the claim: the next pass tries again.
        await store.outbox.markFailed(m1!.id, 'timeout', AT);
        expect((await claimAt(AT)).map((m) => m.id)).toEqual([m1!.id]);
        await store.outbox.markSent(m2!.id, AT, 'smtp');
        // Past the claims' end (their instance died): the unsent ones are claimed again.
        expect((await claimAt('2026-03-20T09:05:00.000Z')).map((m) => m.id)).toEqual([m1!.id, m3!.id]);
      });

      test('should queue outbox messages and record each delivery attempt', async () => {
        const mail = (n: number) => ({ toAddress: `user${n}@example.com`, subject: `Subject ${n}`, bodyText: `Body ${n}\n你好` });
        const m1 = await store.outbox.enqueue(mail(1), AT);
        expect(m1).toEqual({ id: m1.id, ...mail(1), createdAt: AT, sentAt: null, transport: null, error: null, attempts: 0, lastAttemptAt: null });
        const m2 = await store.outbox.enqueue(mail(2), AT);
        const m3 = await store.outbox.enqueue(mail(3), LATER);
        expect((await store.outbox.pending(10)).map((m) => m.id)).toEqual([m1.id, m2.id, m3.id]);
        expect((await store.outbox.pending(2)).map((m) => m.id)).toEqual([m1.id, m2.id]);

        await store.outbox.markFailed(m1.id, 'ECONNREFUSED', '2026-03-20T09:01:00.000Z');
        await store.outbox.markFailed(m1.id, 'timeout', '2026-03-20T09:02:00.000Z');
        expect(await store.outbox.pending(1)).toEqual([
          { ...m1, error: 'timeout', attempts: 2, lastAttemptAt: '2026-03-20T09:02:00.000Z' },
        ]);
        expect((await store.outbox.pending(10, 2)).map((m) => m.id)).toEqual([m2.id, m3.id]);
        expect((await store.outbox.pending(10, 3)).map((m) => m.id)).toEqual([m1.id, m2.id, m3.id]);

        await store.outbox.markSent(m1.id, '2026-03-20T09:03:00.000Z', 'smtp');
        await store.outbox.markSent(m2.id, '2026-03-20T09:03:00.000Z', 'mailbox');
        expect((await store.outbox.pending(10)).map((m) => m.id)).toEqual([m3.id]);
        // A delivered message stays as it was delivered.
        await store.outbox.markSent(m1.id, LATER, 'mailbox');
        await store.outbox.markFailed(m1.id, 'late', LATER);

        const listed = await store.outbox.list(10);
        expect(listed.map((m) => m.id)).toEqual([m3.id, m2.id, m1.id]);
        expect(listed[2]).toEqual({
          ...m1,
          sentAt: '2026-03-20T09:03:00.000Z',
          transport: 'smtp',
          error: 'timeout',
          attempts: 3,
          lastAttemptAt: '2026-03-20T09:03:00.000Z',
        });
        expect(listed[1]).toMatchObject({ sentAt: '2026-03-20T09:03:00.000Z', transport: 'mailbox', error: null, attempts: 1 });
        expect((await store.outbox.list(1)).map((m) => m.id)).toEqual([m3.id]);
      });
    });

    test('should store channel media once per platform media id, with its size and hash', async () => {
      const data = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02, 0x00, 0xfe]);
      const saved = await store.media.save({
        channelId: 'whatsapp',
        conversationId: 'c1',
        providerMediaId: '65463453',
        contentType: 'image/jpeg',
        fileName: null,
        data,
        createdAt: AT,
      });
      expect(saved).toEqual({
        id: expect.any(String),
        channelId: 'whatsapp',
        conversationId: 'c1',
        providerMediaId: '65463453',
        contentType: 'image/jpeg',
        fileName: null,
        sizeBytes: 8,
        sha256: createHash('sha256').update(data).digest('hex'),
        data,
        createdAt: AT,
      });
      expect(await store.media.get(saved.id)).toEqual(saved);
      const again = await store.media.save({ channelId: 'whatsapp', conversationId: 'c1', providerMediaId: '65463453', contentType: 'image/jpeg', fileName: null, data: Buffer.from('other'), createdAt: LATER });
      expect(again).toEqual(saved);
      const doc = await store.media.save({ channelId: 'wechat', conversationId: null, providerMediaId: '65463453', contentType: 'application/pdf', fileName: '报关单.pdf', data: Buffer.alloc(0), createdAt: AT });
      expect(doc).toMatchObject({ channelId: 'wechat', fileName: '报关单.pdf', sizeBytes: 0, conversationId: null });
      expect(doc.id).not.toBe(saved.id);
      expect(await store.media.findByProvider('whatsapp', '65463453')).toEqual(saved);
      expect(await store.media.findByProvider('whatsapp', 'nope')).toBeNull();
      expect(await store.media.get('no-such-id')).toBeNull();
    });

    test('should record outbound messages and move their status only forward', async () => {
      const base = { channelId: 'whatsapp', conversationId: 'c1', error: null };
      const m = await store.outboundMessages.record({ ...base, providerMessageId: 'wamid.A', activityId: 'c1|a', status: 'accepted', statusAt: AT });
      expect(m).toEqual({ id: m.id, ...base, providerMessageId: 'wamid.A', activityId: 'c1|a', status: 'accepted', statusAt: AT, createdAt: AT });
      const at = (minute: number) => `2026-03-20T09:${String(minute).padStart(2, '0')}:00.000Z`;
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.A', 'sent', at(1), null)).toBe(true);
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.A', 'read', at(3), null)).toBe(true);
      // Out of order and repeated webhooks change nothing.
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.A', 'delivered', at(2), null)).toBe(false);
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.A', 'read', at(4), null)).toBe(false);
      expect(await store.outboundMessages.get('whatsapp', 'wamid.A')).toEqual({ ...m, status: 'read', statusAt: at(3) });
      expect(await store.outboundMessages.updateStatus('wechat', 'wamid.A', 'read', at(3), null)).toBe(false);
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.unknown', 'sent', at(3), null)).toBe(false);
      expect(await store.outboundMessages.get('whatsapp', 'wamid.unknown')).toBeNull();

      const f = await store.outboundMessages.record({ ...base, providerMessageId: 'wamid.B', activityId: 'c1|b', status: 'accepted', statusAt: AT });
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.B', 'failed', at(1), '131047: Re-engagement message')).toBe(true);
      expect(await store.outboundMessages.updateStatus('whatsapp', 'wamid.B', 'delivered', at(2), null)).toBe(false);
      expect(await store.outboundMessages.get('whatsapp', 'wamid.B')).toEqual({ ...f, status: 'failed', statusAt: at(1), error: '131047: Re-engagement message' });
      await expect(
        store.outboundMessages.record({ ...base, providerMessageId: 'wamid.B', activityId: null, status: 'accepted', statusAt: AT }),
      ).rejects.toThrow();
      await expect(
        store.outboundMessages.record({ ...base, providerMessageId: 'wamid.C', activityId: null, status: 'lost' as 'sent', statusAt: AT }),
      ).rejects.toThrow();
    });

    test('should mark each queued outbound message released by exactly one caller', async () => {
      const queue = (conversationId: string, activityId: string) =>
        store.outboundMessages.record({ channelId: 'whatsapp', providerMessageId: null, conversationId, activityId, status: 'queued_outside_window', statusAt: AT, error: null });
      const q1 = await queue('c1', 'c1|1');
      const q2 = await queue('c1', 'c1|2');
      const q3 = await queue('c2', 'c2|1');
      expect(await store.outboundMessages.listQueued('whatsapp', 'c1')).toEqual([q1, q2]);
      expect(await store.outboundMessages.listQueued('wechat', 'c1')).toEqual([]);
      const callers = await Promise.all([1, 2, 3].map(() => store.outboundMessages.release([q1.id, q2.id], LATER)));
      expect(callers.flat().sort((a, b) => a - b)).toEqual([q1.id, q2.id].sort((a, b) => a - b));
      expect(await store.outboundMessages.release([q1.id, q2.id], LATER)).toEqual([]);
      expect(await store.outboundMessages.listForConversation('c1')).toEqual([
        { ...q1, status: 'released', statusAt: LATER },
        { ...q2, status: 'released', statusAt: LATER },
      ]);
      expect(await store.outboundMessages.listQueued('whatsapp', 'c1')).toEqual([]);
      expect((await store.outboundMessages.listForConversation('c2')).map((m) => [m.id, m.status])).toEqual([[q3.id, 'queued_outside_window']]);
    });

    test('should prefer the exact e-mail over a case variant and fold only ASCII letters', async () => {
      const data = tinyDataset();
      data.users.push(
        { ...data.users[1]!, id: 'u-3', email: 'Ann@Example.com' },
        { ...data.users[1]!, id: 'u-4', email: 'ÉLODIE@example.fr' },
      );
      await store.importDataset(data);
      expect((await store.users.byEmail('Ann@Example.com'))?.id).toBe('u-3');
      expect((await store.users.byEmail('ann@example.com'))?.id).toBe('u-2');
      expect((await store.users.byEmail('ANN@EXAMPLE.COM'))?.id).toBe('u-2');
      expect((await store.users.byEmail('ÉLODIE@EXAMPLE.FR'))?.id).toBe('u-4');
      expect(await store.users.byEmail('élodie@example.fr')).toBeNull();
    });
  });
  describeSupportContract(name, openEmpty);
  describeHandoffContract(name, openEmpty);
  describeQueueContract(name, openEmpty);
  describeTicketWorkContract(name, openEmpty);
  describeAvailabilityContract(name, openEmpty);
  describeSatisfactionContract(name, openEmpty);
  describeSupervisorStatsContract(name, openEmpty);
  describeSubscriptionContract(name, openEmpty);
}
