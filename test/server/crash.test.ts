/**
 * "Accepted" means durable (issue 16): a real `carrier-assist serve` gets signed WhatsApp messages at
 * a steady rate, is killed with SIGKILL mid-run and restarted on the same SQLite file; Meta (here the
 * test) redelivers what was not answered 200. Then the stand-in Graph API must hold exactly one
 * answer for every acknowledged message. A reply the platform accepted in the instant before the kill
 * may go out once more (the Graph API has no idempotency key): those are counted apart and bounded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freePort, GraphStandIn, ServerProcess, sleep, WhatsAppDeliveries, type GraphSend } from './crashHarness.ts';

const MESSAGES = 300;
const CUSTOMERS = 30;
const INTERVAL_MS = 8;
const KILL_AT = 150;
/** Sends the outbox has in flight at most (its concurrency): the most that can be repeated after a kill. */
const CRASH_WINDOW = 16;

interface Ledger {
  /** Acknowledged messages without an answer the platform accepted. */
  unanswered: string[];
  /** Answers the platform accepted more than once (the crash window). */
  repeated: number;
  /** Accepted sends of no committed reply: a reply that was never in the outbox went out. */
  strays: number;
  /** Turns run again after the kill (their first run died with the process). */
  takenOver: number;
  answers: number;
}

/** What the store and the stand-in platform say happened to each message. */
function ledger(dbFile: string, sends: readonly GraphSend[], acknowledged: ReadonlySet<number>): Ledger {
  const db = new Database(dbFile, { readonly: true });
  try {
    const inbox = new Map(
      (db.prepare("SELECT id, message_id, completed_at, attempts FROM inbox_messages WHERE channel_id = 'whatsapp'").all() as { id: number; message_id: string; completed_at: string | null; attempts: number }[]).map((r) => [r.message_id, r]),
    );
    const replies = db.prepare('SELECT inbox_id, activity_id, status FROM outbox_deliveries').all() as { inbox_id: number; activity_id: string; status: string }[];
    const accepted = new Map<string, number>();
    for (const s of sends) if (s.accepted && s.tracking) accepted.set(s.tracking, (accepted.get(s.tracking) ?? 0) + 1);
    const unanswered: string[] = [];
    for (const i of acknowledged) {
      const wamid = WhatsAppDeliveries.wamid(i);
      const row = inbox.get(wamid);
      const mine = row ? replies.filter((r) => r.inbox_id === row.id) : [];
      if (!row?.completed_at || !mine.length || mine.some((r) => r.status !== 'sent' || !accepted.get(r.activity_id))) unanswered.push(wamid);
    }
    const committed = new Set(replies.map((r) => r.activity_id));
    return {
      unanswered,
      repeated: [...accepted.values()].filter((n) => n > 1).length,
      strays: sends.filter((s) => s.accepted && (!s.tracking || !committed.has(s.tracking))).length,
      takenOver: [...inbox.values()].filter((r) => r.attempts > 1).length,
      answers: replies.length,
    };
  } finally {
    db.close();
  }
}

/** Waits (bounded) until every message is in the inbox and completed and nothing waits in the outbox. */
async function settled(dbFile: string, count: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const db = new Database(dbFile, { readonly: true });
    try {
      const open = db.prepare('SELECT count(*) AS n FROM inbox_messages WHERE completed_at IS NULL').get() as { n: number };
      const all = db.prepare('SELECT count(*) AS n FROM inbox_messages').get() as { n: number };
      const pending = db.prepare("SELECT count(*) AS n FROM outbox_deliveries WHERE status = 'pending'").get() as { n: number };
      if (all.n === count && open.n === 0 && pending.n === 0) return;
    } finally {
      db.close();
    }
    await sleep(200);
  }
}

describe('a server killed mid-run (SQLite)', () => {
  let dir: string;
  let graph: GraphStandIn;
  let servers: ServerProcess[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-crash-'));
    servers = [];
  });
  afterEach(async () => {
    for (const s of servers) await s.stop().catch(() => null);
    await graph?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One run: steady deliveries, kill -9 at KILL_AT, restart on the same file, Meta's redeliveries. */
  async function crashRun(failShare: number): Promise<{ ledger: Ledger; deliveries: WhatsAppDeliveries; sends: number }> {
    graph = new GraphStandIn(120);
    await graph.start();
    graph.failShare = failShare;
    const dbFile = join(dir, 'ca.db');
    const port = await freePort();
    const first = ServerProcess.whatsApp(dbFile, port, graph.url);
    servers.push(first);
    await first.start();
    const deliveries = new WhatsAppDeliveries(`http://127.0.0.1:${port}/webhooks/whatsapp`, MESSAGES, CUSTOMERS);
    let restarted: Promise<void> | undefined;
    const second = ServerProcess.whatsApp(dbFile, port, graph.url);
    servers.push(second);
    await deliveries.steady(INTERVAL_MS, (i) => {
      if (i === KILL_AT) restarted = first.crash().then(() => second.start());
    });
    await restarted;
    await deliveries.redeliverUnacknowledged(10);
    // The platform recovers: whatever still fails now goes out on a retry.
    await sleep(500);
    graph.failShare = 0;
    await settled(dbFile, MESSAGES);
    expect(await second.stop()).toBe(0);
    return { ledger: ledger(dbFile, graph.sends, deliveries.acknowledged), deliveries, sends: graph.sends.length };
  }

  test('should answer every acknowledged message exactly once after a kill -9 and a restart', { timeout: 120_000 }, async () => {
    const { ledger: l, deliveries } = await crashRun(0);
    console.info('crash run:', { ...l, unanswered: l.unanswered.length, acknowledged: deliveries.acknowledged.size, refusals: Object.fromEntries(deliveries.refusals) });
    expect(deliveries.acknowledged.size).toBe(MESSAGES);
    // The kill happened mid-run: some deliveries were refused and redelivered.
    expect([...deliveries.refusals.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect({ unanswered: l.unanswered, strays: l.strays }).toEqual({ unanswered: [], strays: 0 });
    expect(l.repeated).toBeLessThanOrEqual(CRASH_WINDOW);
  });

  test('should answer every acknowledged message exactly once when the platform also fails 30% of sends with 500 for a while', { timeout: 120_000 }, async () => {
    const { ledger: l, deliveries, sends } = await crashRun(0.3);
    console.info('crash run with a failing platform:', { ...l, unanswered: l.unanswered.length, sends, acknowledged: deliveries.acknowledged.size });
    expect(deliveries.acknowledged.size).toBe(MESSAGES);
    expect({ unanswered: l.unanswered, strays: l.strays }).toEqual({ unanswered: [], strays: 0 });
    expect(l.repeated).toBeLessThanOrEqual(CRASH_WINDOW);
    // The stand-in refused sends, and they were retried until accepted.
    expect(sends).toBeGreaterThan(l.answers);
  });
});
