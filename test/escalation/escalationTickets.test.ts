import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, generateDataset } from '../../src/demo/index.ts';
import { openEscalationTicket } from '../../src/escalation/escalationTickets.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';
import { findSpeaker } from '../../src/accounts/speaker.ts';

const NOW = '2026-03-20T09:00:00.000Z';

describe('openEscalationTicket', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    await store.identities.link({ channelId: 'test', externalId: 'zhang', userId: 'u-zhang', linkedAt: NOW });
    await store.identities.link({ channelId: 'test', externalId: 'alice', userId: 'u-alice', linkedAt: NOW });
  });
  afterEach(async () => {
    await store.close();
  });

  const conversation = (id: string) =>
    store.conversations.ensure({ id, channelId: 'test', externalUserId: 'x', locale: 'en', timeZone: 'UTC' }, NOW);

  test.each([
    ['alice', 'requested', 'general', 'normal', DEMO_ACCOUNTS.mingyuan],
    ['alice', 'complaint', 'complaint', 'high', DEMO_ACCOUNTS.mingyuan],
    ['zhang', 'requested', 'general', 'high', DEMO_ACCOUNTS.pearlRiver],
    ['zhang', 'complaint', 'complaint', 'urgent', DEMO_ACCOUNTS.pearlRiver],
  ] as const)('should file %s %s as %s with priority %s', async (who, reason, category, priority, account) => {
    const speaker = await findSpeaker(store, 'test', who);
    const ticket = await openEscalationTicket(store, { conversation: await conversation(`c-${who}`), speaker, reason, trackingNumbers: [], language: 'en', at: NOW });
    expect(ticket).toMatchObject({ category, priority, accountNumber: account, state: 'open', conversationId: `c-${who}` });
  });

  test('should give a customer who asks twice the same ticket', async () => {
    const c = await conversation('c-twice');
    const first = await openEscalationTicket(store, { conversation: c, speaker: null, reason: 'requested', trackingNumbers: [], language: 'zh', at: NOW });
    const second = await openEscalationTicket(store, { conversation: c, speaker: null, reason: 'requested', trackingNumbers: [], language: 'zh', at: NOW });
    expect(second.number).toBe(first.number);
    expect(first).toMatchObject({ accountNumber: null, userId: null, details: { language: 'zh', channel: 'test' } });
  });
});
