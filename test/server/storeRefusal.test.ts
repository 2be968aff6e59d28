/**
 * Nothing accepted is lost when the store refuses a write (issue 17): with INSERT revoked for a moment
 * on a table a message is stored in, a platform whose HTTP answer waits for the turn (Direct Line)
 * gets a 5xx, never a 200 with an apology it drops; a platform answered once the message is in the
 * inbox (WhatsApp) gets its 200 only when it is there, and the turn is run again until the store takes
 * it. After the grant, the retry (or the inbox) answers the message, once, and no apology went out.
 * A real server process, on SQLite (a trigger refuses the INSERT) and on PostgreSQL (INSERT revoked;
 * the server's role is not a superuser, so revoking binds it).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signatureHeader } from '../../adapters/whatsapp/signature.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { numbered } from '../../src/store/queueSql.ts';
import { APP_SECRET, textMessage } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { emulatorMessage, FakeConnector, postActivity } from '../adapters/botframework/connectorHarness.ts';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { createTestDatabase, describePostgres, queryOnce, type TestDatabase } from '../store/postgresTestDatabase.ts';
import { freePort, GraphStandIn, ServerProcess, sleep } from './crashHarness.ts';

const APOLOGY = textsFor('en').turnFailed;

/** The database with a role that is not a superuser owning its schema: the server runs as it. */
async function serverDatabase(serverUrl: string): Promise<{ db: TestDatabase; url: string; role: string; dropRole(): Promise<void> }> {
  const db = await createTestDatabase(serverUrl);
  const [me] = await queryOnce<{ role: string; super: boolean }>(db.url, 'SELECT current_user AS role, rolsuper AS super FROM pg_roles WHERE rolname = current_user');
  if (!me!.super) return { db, url: db.url, role: me!.role, dropRole: async () => {} };
  // A superuser ignores revoked privileges: the server gets a role of its own.
  const role = `ca_srv_${randomBytes(4).toString('hex')}`;
  await queryOnce(db.url, `CREATE ROLE ${role} LOGIN PASSWORD '${role}'`);
  await queryOnce(db.url, `ALTER DATABASE ${db.name} OWNER TO ${role}`);
  await queryOnce(db.url, `ALTER SCHEMA public OWNER TO ${role}`);
  const url = new URL(db.url);
  url.username = role;
  url.password = role;
  return { db, url: url.toString(), role, dropRole: () => queryOnce(serverUrl, `DROP ROLE IF EXISTS ${role}`).then(() => {}) };
}

/** The store a server runs on, as the test drives it: refusing INSERT on a table for a moment, and reading it. */
interface RefusingStore {
  /** What the server's DATABASE_URL is. */
  url: string;
  /** INSERT on `table` fails while `work` runs (PostgreSQL: revoked; SQLite: a trigger that aborts). */
  refused<T>(table: string, work: () => Promise<T>): Promise<T>;
  query<R>(sql: string, params: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

function describeRefusals(name: string, open: () => Promise<RefusingStore>): void {
  describe(name, () => {
    let store: RefusingStore;
    let server: ServerProcess;
    let graph: GraphStandIn;
    let baseUrl: string;
    beforeAll(async () => {
      store = await open();
      graph = new GraphStandIn(0);
      await graph.start();
      const port = await freePort();
      server = ServerProcess.whatsApp(store.url, port, graph.url, { BUSINESS_HOURS: '24/7', LOG_LEVEL: 'fatal' });
      await server.start();
      baseUrl = `http://127.0.0.1:${port}`;
    }, 60_000);
    afterAll(async () => {
      await server?.stop();
      await graph?.close();
      await store?.close();
    });
    const revoked = <T>(table: string, work: () => Promise<T>) => store.refused(table, work);

  const botTexts = async (conversationId: string) =>
    (await store.query<{ text: string | null }>("SELECT body->>'text' AS text FROM activities WHERE conversation_id = $1 AND direction = 'out' ORDER BY seq", [conversationId])).map((r) => r.text);

  test.each(['inbox_messages', 'activities'])('Direct Line: INSERT on %s refused answers 5xx; the retry after the grant is answered once', async (table) => {
    const dl = new DirectLineSession(baseUrl);
    const { conversationId, token, userId } = await dl.start();
    const before = (await botTexts(conversationId)).length;
    const message = userMessage(userId, 'help', `refused-${table}`);
    const refused = await revoked(table, () => dl.post(conversationId, token, message));
    expect(refused.status).toBeGreaterThanOrEqual(500);
    const retried = await dl.post(conversationId, token, message);
    expect(retried.status).toBe(200);
    // Answered by the retry's turn, or by the inbox's loop when it took the message first (through the outbox).
    await expect.poll(async () => (await botTexts(conversationId)).length, { timeout: 10_000 }).toBeGreaterThan(before);
    await sleep(300);
    const answers = (await botTexts(conversationId)).slice(before);
    expect(answers).not.toContain(APOLOGY);
    // Answered once: a further retry is a duplicate.
    await dl.post(conversationId, token, message);
    expect((await botTexts(conversationId)).slice(before)).toEqual(answers);
  });

  test('Bot Framework: INSERT on activities refused answers 5xx and sends no apology; the retry after the grant is answered once', async () => {
    const connector = new FakeConnector();
    await connector.start();
    try {
      const message = emulatorMessage(connector.url, { id: `bf-refused-${randomBytes(4).toString('hex')}`, text: 'help', conversation: `bf-${randomBytes(4).toString('hex')}` });
      const refused = await revoked('activities', () => postActivity(baseUrl, message));
      expect(refused.status).toBeGreaterThanOrEqual(500);
      expect(connector.requests).toEqual([]);
      expect((await postActivity(baseUrl, message)).status).toBe(200);
      // Answered by the retry's turn, or by the inbox's loop through the outbox when it took the message first.
      await expect.poll(() => connector.requests.length, { timeout: 10_000 }).toBeGreaterThan(0);
      await sleep(300);
      const sent = connector.requests.map((r) => r.body['text']);
      expect(sent).not.toContain(APOLOGY);
      expect((await postActivity(baseUrl, message)).status).toBe(200);
      await sleep(300);
      expect(connector.requests.map((r) => r.body['text'])).toEqual(sent);
    } finally {
      await connector.close();
    }
  });

  const postWhatsApp = async (wamid: string, from: string) => {
    const body = textMessage('help', { id: wamid, from, timestamp: Math.floor(Date.now() / 1000) });
    const res = await fetch(`${baseUrl}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureHeader(APP_SECRET, body) }, body });
    return res.status;
  };

  /** The replies committed for the message, once its turn completed; null while it has not. */
  const whatsAppReplies = async (wamid: string) => {
    const rows = await store.query<{ completed: boolean; text: string | null }>(
      `SELECT i.completed_at IS NOT NULL AS completed, d.activity->>'text' AS text FROM inbox_messages i
        LEFT JOIN outbox_deliveries d ON d.inbox_id = i.id WHERE i.channel_id = 'whatsapp' AND i.message_id = $1 ORDER BY d.id`,
      [wamid],
    );
    return rows.length && rows[0]!.completed ? rows.map((r) => r.text) : null;
  };

  test('WhatsApp: INSERT on inbox_messages refused answers 5xx (Meta redelivers); the redelivery is answered', async () => {
    const wamid = `wamid.REFUSED${randomBytes(4).toString('hex')}`;
    expect(await revoked('inbox_messages', () => postWhatsApp(wamid, '447700900301'))).toBeGreaterThanOrEqual(500);
    expect(await postWhatsApp(wamid, '447700900301')).toBe(200);
    await expect.poll(() => whatsAppReplies(wamid), { timeout: 10_000 }).not.toBeNull();
    expect(await whatsAppReplies(wamid)).not.toContain(APOLOGY);
  });

  test('WhatsApp: a turn that cannot store the message is run again once the store takes it, without an apology', async () => {
    const wamid = `wamid.REFUSED${randomBytes(4).toString('hex')}`;
    await revoked('activities', async () => {
      // Accepted: the message is in the inbox.
      expect(await postWhatsApp(wamid, '447700900302')).toBe(200);
      await sleep(500);
      expect(await whatsAppReplies(wamid)).toBeNull();
    });
    await expect.poll(() => whatsAppReplies(wamid), { timeout: 15_000, interval: 200 }).not.toBeNull();
    const replies = await whatsAppReplies(wamid);
    expect(replies!.length).toBeGreaterThan(0);
    expect(replies).not.toContain(APOLOGY);
  });
  });
}

describeRefusals('a write SQLite refuses for a moment', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ca-refusal-'));
  const file = join(dir, 'store.db');
  const withFile = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(file, { timeout: 5000 });
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    url: `sqlite:${file}`,
    async refused(table, work) {
      withFile((db) => db.exec(`CREATE TRIGGER refuse_${table} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`));
      try {
        return await work();
      } finally {
        withFile((db) => db.exec(`DROP TRIGGER refuse_${table}`));
      }
    },
    query: async <R>(sql: string, params: unknown[]) => withFile((db) => db.prepare(sql).all(numbered(params)) as R[]),
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

await describePostgres('a write PostgreSQL refuses for a moment', (serverUrl) => {
  describeRefusals('INSERT revoked from the server\'s role', async () => {
    const target = await serverDatabase(serverUrl);
    const admin = (sql: string) => queryOnce(target.db.url, sql);
    return {
      url: target.url,
      async refused(table, work) {
        await admin(`REVOKE INSERT ON ${table} FROM ${target.role}`);
        try {
          return await work();
        } finally {
          await admin(`GRANT INSERT ON ${table} TO ${target.role}`);
        }
      },
      query: async <R>(sql: string, params: unknown[]) => (await queryOnce(target.db.url, sql, params)) as R[],
      close: async () => {
        await target.db.drop();
        await target.dropRole();
      },
    };
  });
});
