import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { isStoreFailure } from '../../src/store/storeFailure.ts';
import { freePort } from '../server/crashHarness.ts';

/** The error `work` throws (it must throw). */
async function thrownBy(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('isStoreFailure', () => {
  test.each([
    ['a statement SQLite refuses', () => new Database(':memory:').prepare('INSERT INTO nowhere VALUES (1)').run(), true],
    [
      'a PostgreSQL server that is not there',
      async () => {
        const client = new pg.Client({ connectionString: `postgres://nobody@127.0.0.1:${await freePort()}/none`, connectionTimeoutMillis: 2000 });
        await client.connect();
      },
      true,
    ],
    ['a bug in the code that called the store', () => JSON.parse('{'), false],
    ['an error that is not an Error', () => Promise.reject('just a string'), false],
  ])('should classify %s', async (_what, work, expected) => {
    expect(isStoreFailure(await thrownBy(work))).toBe(expected);
  });
});
