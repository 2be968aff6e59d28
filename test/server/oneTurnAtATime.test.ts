/**
 * One conversation, one turn at a time (issue 17): two "talk to a person" messages sent at the same
 * moment in one Direct Line conversation — to two real server processes on one PostgreSQL, to one
 * process on PostgreSQL, to one process on SQLite — open exactly one ticket and one live handoff.
 * Direct Line runs its turns at once (the HTTP answer waits for them), so this is the path where
 * nothing but the store's per-conversation lease keeps two turns of a conversation apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { createTestDatabase, describePostgres, queryOnce, type TestDatabase } from '../store/postgresTestDatabase.ts';
import { baseEnv, freePort, ServerProcess } from './crashHarness.ts';

const TRIES = 10;
const ASK_FOR_A_PERSON = 'I want to talk to a person';

interface Opened {
  tickets: number;
  /** Handoffs not ended (requested, queued, assigned, active). */
  liveHandoffs: number;
}

type CountOpened = (conversationId: string) => Promise<Opened>;

const OPENED_SQL = `SELECT (SELECT count(*) FROM tickets WHERE conversation_id = $1) AS tickets,
  (SELECT count(*) FROM handoffs WHERE conversation_id = $1 AND state IN ('requested', 'queued', 'assigned', 'active')) AS live`;

/** Web chat only (it is always on), around the clock so a handoff is always live. */
const webChatServer = (databaseUrl: string, port: number) => new ServerProcess({ ...baseEnv(databaseUrl, port), BUSINESS_HOURS: '24/7' });

/** Starts a conversation on the first server, then posts the same request to each server in `targets` at once. */
async function askTwiceAtOnce(targets: readonly DirectLineSession[]): Promise<{ conversationId: string; statuses: number[] }> {
  const started = await targets[0]!.start();
  const statuses = await Promise.all(
    [0, 1].map(async (k) => (await targets[k % targets.length]!.post(started.conversationId, started.token, userMessage(started.userId, ASK_FOR_A_PERSON))).status),
  );
  return { conversationId: started.conversationId, statuses };
}

function oneTicketEachTime(name: string, setup: () => { sessions: () => DirectLineSession[]; count: CountOpened }): void {
  test(`${name}: two requests for a person at the same moment open one ticket and one live handoff, ${TRIES} of ${TRIES} tries`, { timeout: 120_000 }, async () => {
    const { sessions, count } = setup();
    const outcomes: Opened[] = [];
    for (let i = 0; i < TRIES; i++) {
      const { conversationId, statuses } = await askTwiceAtOnce(sessions());
      expect(statuses).toEqual([200, 200]);
      outcomes.push(await count(conversationId));
    }
    expect(outcomes).toEqual(Array.from({ length: TRIES }, () => ({ tickets: 1, liveHandoffs: 1 })));
  });
}

describe('one conversation, one turn at a time on SQLite', () => {
  let dir: string;
  let file: string;
  let server: ServerProcess | undefined;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-one-turn-'));
    file = join(dir, 'store.db');
    const port = await freePort();
    server = webChatServer(`sqlite:${file}`, port);
    await server.start();
    url = `http://127.0.0.1:${port}`;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  oneTicketEachTime('one process on SQLite', () => ({
    sessions: () => [new DirectLineSession(url)],
    count: async (conversationId) => {
      const db = new Database(file, { readonly: true });
      try {
        const row = db.prepare(OPENED_SQL.replaceAll('$1', '?')).get(conversationId, conversationId) as { tickets: number; live: number };
        return { tickets: Number(row.tickets), liveHandoffs: Number(row.live) };
      } finally {
        db.close();
      }
    },
  }));
});

await describePostgres('one conversation, one turn at a time on PostgreSQL', (serverUrl) => {
  let db: TestDatabase;
  const servers: ServerProcess[] = [];
  const urls: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    // One after the other: the first creates the schema.
    for (let k = 0; k < 2; k++) {
      const port = await freePort();
      const server = webChatServer(db.url, port);
      servers.push(server);
      await server.start();
      urls.push(`http://127.0.0.1:${port}`);
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.drop();
  });

  const count: CountOpened = async (conversationId) => {
    const [row] = await queryOnce<{ tickets: string; live: string }>(db.url, OPENED_SQL, [conversationId]);
    return { tickets: Number(row!.tickets), liveHandoffs: Number(row!.live) };
  };
  oneTicketEachTime('two processes on one PostgreSQL', () => ({ sessions: () => urls.map((u) => new DirectLineSession(u)), count }));
  oneTicketEachTime('one process on PostgreSQL', () => ({ sessions: () => [new DirectLineSession(urls[0]!)], count }));
});
