/**
 * One conversation, one turn at a time (issue 17): two "talk to a person" messages sent at the same
 * moment in one Direct Line conversation — to two real server processes on one PostgreSQL, to one
 * process on PostgreSQL, to one process on SQLite — open exactly one ticket and one live handoff.
 * Direct Line runs its turns at once (the HTTP answer waits for them); WhatsApp's webhook answers
 * once the message is in the durable inbox, whose loop runs it: both must keep two turns of one
 * conversation apart, on one instance and across instances.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { createTestDatabase, describePostgres, queryOnce, type TestDatabase } from '../store/postgresTestDatabase.ts';
import { signatureHeader } from '../../adapters/whatsapp/signature.ts';
import { emulatorMessage, FakeConnector, postActivity } from '../adapters/botframework/connectorHarness.ts';
import { APP_SECRET, textMessage } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { baseEnv, freePort, GraphStandIn, ServerProcess } from './crashHarness.ts';

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

/** Posts the same request from one WhatsApp customer to each server at once (two messages, as Meta delivers them). */
async function askTwiceOnWhatsApp(ports: readonly number[], customer: string): Promise<number[]> {
  return Promise.all(
    [0, 1].map(async (k) => {
      const body = textMessage(ASK_FOR_A_PERSON, { id: `wamid.TWICE.${customer}.${k}`, from: customer, timestamp: Math.floor(Date.now() / 1000) });
      const res = await fetch(`http://127.0.0.1:${ports[k % ports.length]}/webhooks/whatsapp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureHeader(APP_SECRET, body) },
        body,
      });
      return res.status;
    }),
  );
}

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
  let graph: GraphStandIn;
  const servers: ServerProcess[] = [];
  const ports: number[] = [];
  const urls: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    graph = new GraphStandIn(0);
    await graph.start();
    // One after the other: the first creates the schema. Web chat is always on; WhatsApp beside it.
    for (let k = 0; k < 2; k++) {
      const port = await freePort();
      const server = ServerProcess.whatsApp(db.url, port, graph.url, { BUSINESS_HOURS: '24/7' });
      servers.push(server);
      await server.start();
      ports.push(port);
      urls.push(`http://127.0.0.1:${port}`);
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await graph?.close();
    await db?.drop();
  });

  const count: CountOpened = async (conversationId) => {
    const [row] = await queryOnce<{ tickets: string; live: string }>(db.url, OPENED_SQL, [conversationId]);
    return { tickets: Number(row!.tickets), liveHandoffs: Number(row!.live) };
  };
  oneTicketEachTime('two processes on one PostgreSQL', () => ({ sessions: () => urls.map((u) => new DirectLineSession(u)), count }));
  oneTicketEachTime('one process on PostgreSQL', () => ({ sessions: () => [new DirectLineSession(urls[0]!)], count }));

  test.each([
    ['two processes on one PostgreSQL', 2],
    ['one process on PostgreSQL', 1],
  ])(`WhatsApp, %s: two requests for a person at the same moment open one ticket and one live handoff, ${TRIES} of ${TRIES} tries`, { timeout: 120_000 }, async (_name, instances) => {
    const outcomes: Opened[] = [];
    for (let i = 0; i < TRIES; i++) {
      const customer = `4477003${instances}${String(100 + i)}`;
      expect(await askTwiceOnWhatsApp(ports.slice(0, instances), customer)).toEqual([200, 200]);
      // Both turns done: both messages completed in the inbox.
      await expect
        .poll(async () => Number((await queryOnce<{ n: string }>(db.url, "SELECT count(*) AS n FROM inbox_messages WHERE message_id LIKE $1 AND completed_at IS NOT NULL", [`wamid.TWICE.${customer}.%`]))[0]!.n), { timeout: 10_000 })
        .toBe(2);
      const [conversation] = await queryOnce<{ id: string }>(db.url, 'SELECT id FROM conversations WHERE external_user_id = $1', [customer]);
      outcomes.push(await count(conversation!.id));
    }
    expect(outcomes).toEqual(Array.from({ length: TRIES }, () => ({ tickets: 1, liveHandoffs: 1 })));
  });

  test(`Bot Framework, two processes on one PostgreSQL: two requests for a person at the same moment open one ticket and one live handoff, ${TRIES} of ${TRIES} tries`, { timeout: 120_000 }, async () => {
    const connector = new FakeConnector();
    await connector.start();
    try {
      const outcomes: Opened[] = [];
      for (let i = 0; i < TRIES; i++) {
        const conversation = `bf-twice-${i}`;
        const statuses = await Promise.all(
          [0, 1].map(async (k) => (await postActivity(urls[k]!, emulatorMessage(connector.url, { id: `${conversation}-${k}`, text: ASK_FOR_A_PERSON, conversation }))).status),
        );
        expect(statuses).toEqual([200, 200]);
        const [stored] = await queryOnce<{ id: string }>(db.url, 'SELECT id FROM conversations WHERE id LIKE $1', [`%${conversation}%`]);
        outcomes.push(await count(stored!.id));
      }
      expect(outcomes).toEqual(Array.from({ length: TRIES }, () => ({ tickets: 1, liveHandoffs: 1 })));
    } finally {
      await connector.close();
    }
  });
});
