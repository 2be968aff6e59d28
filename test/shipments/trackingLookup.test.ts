import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Speaker } from '../../src/accounts/speaker.ts';
import { lookupTrackingNumber } from '../../src/shipments/trackingLookup.ts';
import { makeUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';

const AT = '2026-03-20T09:00:00.000Z';
const NUMBER = makeUpsTrackingNumber('ISO001', '65', '0000001');
const party = { name: 'Secret Name', phone: '+8613800000000', email: 'secret@example.cn', address: '1 Secret Road' };

describe('lookupTrackingNumber', () => {
  let store: Store;
  const member: Speaker = {
    user: { id: 'u-a', name: 'A', email: 'a@example.com', phone: null, locale: 'en', timeZone: 'UTC', createdAt: AT },
    memberships: [{ accountNumber: 'AAA111', userId: 'u-a', roles: ['View'] }],
  };
  const outsider: Speaker = {
    user: { id: 'u-b', name: 'B', email: 'b@example.com', phone: null, locale: 'en', timeZone: 'UTC', createdAt: AT },
    memberships: [{ accountNumber: 'BBB222', userId: 'u-b', roles: ['View', 'Admin'] }],
  };

  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset({
      accounts: [
        { number: 'AAA111', name: 'A', tier: 'standard', country: 'CN', annualVolumeUsd: 1, createdAt: AT },
        { number: 'BBB222', name: 'B', tier: 'standard', country: 'US', annualVolumeUsd: 1, createdAt: AT },
      ],
      users: [member.user, outsider.user],
      memberships: [...member.memberships, ...outsider.memberships],
      identities: [],
      shipments: [
        {
          trackingNumber: NUMBER,
          accountNumber: 'AAA111',
          serviceCode: '65',
          serviceName: 'UPS Worldwide Saver',
          shipDate: '2026-03-18',
          origin: { city: 'Shanghai', country: 'CN' },
          destination: { city: 'New York', country: 'US' },
          status: 'in_transit',
          estimatedDelivery: '2026-03-22T18:00:00.000Z',
          deliveredAt: null,
          declaredValue: { amount: 4321, currency: 'USD' },
          customsState: 'pending',
          weightKg: 3,
          co2eKg: 20,
          sender: party,
          recipient: party,
          lastEventAt: AT,
        },
      ],
      events: [
        { trackingNumber: NUMBER, seq: 0, at: '2026-03-18T02:00:00.000Z', status: 'label_created', code: 'M', description: 'Label created', city: 'Shanghai', country: 'CN' },
        { trackingNumber: NUMBER, seq: 1, at: AT, status: 'in_transit', code: 'I', description: 'Departed from facility', city: 'Anchorage', country: 'US' },
      ],
    });
  });
  afterAll(async () => {
    await store.close();
  });

  test('should give a member of the account the full record', async () => {
    const r = await lookupTrackingNumber(store.shipments, member, NUMBER);
    expect(r.kind).toBe('account');
    if (r.kind === 'account') expect(r.tracking.shipment.recipient.name).toBe('Secret Name');
  });

  test.each([
    ['an anonymous customer', null],
    ["another account's user", outsider],
  ])('should give %s only the public view', async (_who, speaker) => {
    const r = await lookupTrackingNumber(store.shipments, speaker as Speaker | null, NUMBER);
    expect(r.kind).toBe('public');
    expect(r).toMatchObject({ tracking: { status: 'in_transit', lastEvent: { city: 'Anchorage' } } });
    const json = JSON.stringify(r);
    for (const secret of ['Secret', 'secret@', 'AAA111', '4321', '+8613800000000']) expect(json).not.toContain(secret);
  });

  test('should say not found for an unknown number', async () => {
    expect(await lookupTrackingNumber(store.shipments, member, makeUpsTrackingNumber('NOPE00', '01', '0000009'))).toMatchObject({ kind: 'not_found' });
  });
});
