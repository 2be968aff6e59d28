import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.ts';
import { describeAccessAndBillingContract } from './accessAndBillingContract.ts';
import { describeCarrierCopyContract } from './carrierCopyContract.ts';
import { AT, conversation, describeStoreContract, message, tinyDataset } from './storeContract.ts';

describeStoreContract('SqliteStore', () => openStore('sqlite::memory:'));
describeAccessAndBillingContract('SqliteStore', () => openStore('sqlite::memory:'));
describeCarrierCopyContract('SqliteStore', () => openStore('sqlite::memory:'));

describe('SqliteStore', () => {
  test('should keep data across a reopen of the same file and not re-apply migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ca-store-'));
    try {
      const url = `sqlite:${join(dir, 'nested', 'db.sqlite')}`;
      const s1 = await openStore(url);
      await s1.importDataset(tinyDataset());
      await s1.conversations.ensure(conversation('c1'), AT);
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
    const original = SqliteStore.open(':memory:');
    await original.importDataset(tinyDataset());
    const copy = original.cloneInMemory();
    await copy.tickets.create({ category: 'general', priority: 'low', conversationId: null, accountNumber: null, userId: null, trackingNumbers: [], subject: 's', details: {} }, AT);
    expect(await copy.tickets.get('CA-000001')).not.toBeNull();
    expect(await original.tickets.get('CA-000001')).toBeNull();
    expect(await copy.accounts.list()).toHaveLength(2);
    await copy.close();
    await original.close();
  });
});
