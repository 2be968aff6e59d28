import { describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';

describe('openStore', () => {
  test('should open SQLite for a sqlite: URL', async () => {
    const store = await openStore('sqlite::memory:');
    expect(store.kind).toBe('sqlite');
    await store.close();
  });

  test('should route postgres:// and postgresql:// to PostgreSQL, naming the server but not the password when it is unreachable', async () => {
    for (const url of ['postgres://u:secret@127.0.0.1:1/db', 'postgresql://u:secret@127.0.0.1:1/db']) {
      const error = await openStore(url).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/^PostgreSQL at postgres(ql)?:\/\/u:\*\*\*@127\.0\.0\.1:1\/db: .*ECONNREFUSED/);
      expect(error?.message).not.toContain('secret');
    }
  });

  test('should reject an unsupported DATABASE_URL clearly', async () => {
    await expect(openStore('mysql://x')).rejects.toThrow(/unsupported/);
  });
});
