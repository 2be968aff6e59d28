/**
 * After a SQLite commit that failed (here: the kernel refuses this process's writes past a file size
 * of 1 byte, set with prlimit, as a full disk refuses them), the queues take their work again from
 * what the file holds (issue 16): every lease the process held is ended once writes go through, and
 * not before. (The whole server under refused writes: test/server/writeFailure.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FixedClock } from '../../../src/clock.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';
import { LostWritesRecovery } from '../../../src/turn/durable/lostWritesRecovery.ts';
import { PRLIMIT_PATH, prlimit, requirePart } from '../../support/externalParts.ts';

const AT = '2026-03-01T09:00:00.000Z';
const LATER = '2026-03-01T09:01:00.000Z';

/** Runs `work` while this process may not grow any file (soft RLIMIT_FSIZE of 1 byte); the limit is lifted after. */
async function withWritesRefused<T>(work: () => Promise<T>): Promise<T> {
  execFileSync(PRLIMIT_PATH, [`--pid=${process.pid}`, '--fsize=1:unlimited']);
  try {
    return await work();
  } finally {
    execFileSync(PRLIMIT_PATH, [`--pid=${process.pid}`, '--fsize=unlimited:unlimited']);
  }
}

describe('LostWritesRecovery', () => {
  let dir: string;
  let store: Store;
  let retaken: number;
  let recovery: LostWritesRecovery;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-lost-writes-'));
    store = await openStore(`sqlite:${join(dir, 'ca.db')}`, { groupCommit: true });
    retaken = 0;
    recovery = new LostWritesRecovery({ store, clock: new FixedClock(new Date(AT)), logger: pino({ level: 'silent' }), pollMs: 60_000, retake: () => retaken++ });
    recovery.start();
  });
  afterEach(async () => {
    await recovery.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('should end the leases the process held and retake the work once writes go through again, and only then', async (ctx) => {
    await requirePart(ctx, prlimit);
    const payload = { activity: { type: 'message', id: 'wamid.1', text: 'hello' } };
    await store.inbox.accept([{ channelId: 'whatsapp', messageId: 'wamid.1', conversationId: 'c1', payload }], AT);
    await store.inbox.lease({ owner: 'me', now: AT, until: LATER, limit: 1 });
    await store.durable();
    // Nothing lost yet: nothing to do.
    await recovery.check();
    expect(retaken).toBe(0);

    await withWritesRefused(async () => {
      // More than the log holds already (a write within its present size is not refused): the disk refuses it.
      const big = Array.from({ length: 64 }, (_, k) => ({ channelId: 'whatsapp', messageId: `wamid.big.${k}`, conversationId: 'c2', payload: { text: 'x'.repeat(64 * 1024) } }));
      await expect(store.inbox.accept(big, AT)).rejects.toThrow(/I\/O|full/i);
      expect(store.lostWrites()).toBeGreaterThan(0);
      // The store still refuses writes: the recovery waits.
      await recovery.check();
      expect(retaken).toBe(0);
    });

    await recovery.check();
    expect(retaken).toBe(1);
    // The lease was ended at once (not at LATER): the message is leased again now.
    expect(await store.inbox.lease({ owner: 'me', now: AT, until: LATER, limit: 1 })).toMatchObject([{ messageId: 'wamid.1' }]);
    // Once recovered, the same loss is not recovered twice.
    await recovery.check();
    expect(retaken).toBe(1);
  });
});
