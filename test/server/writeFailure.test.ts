/**
 * "Accepted" means durable when the disk refuses writes too (issue 16): a real `carrier-assist serve`
 * on a SQLite file gets signed WhatsApp messages at a steady rate, and for a while every write that
 * would grow one of its files fails (RLIMIT_FSIZE set on the running process with prlimit: the
 * kernel refuses the write, as a full disk does, and SQLite's commit fails and rolls back). Then
 * writes go through again, Meta (here the test) redelivers what was not answered 200, and the
 * stand-in Graph API must hold exactly one answer for every acknowledged message, soon: nothing
 * waits for a lease to expire, and nothing is sent twice, although the server never crashed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PRLIMIT_PATH, prlimit, requirePart } from '../support/externalParts.ts';
import { freePort, GraphStandIn, ledger, ServerProcess, sleep, whatsAppDeliveries, withDatabase, type Ledger } from './crashHarness.ts';

const MESSAGES = 240;
const CUSTOMERS = 20;
const INTERVAL_MS = 20;
/** Writes are refused from the message sent at REFUSE_FROM to the one sent at ALLOW_FROM. */
const REFUSE_FROM = 60;
const ALLOW_FROM = 160;

/** Sets the soft limit on the size of any file the process writes (bytes, or "unlimited"); the hard limit stays. */
const limitFileSize = (pid: number, bytes: number | 'unlimited') => execFileSync(PRLIMIT_PATH, [`--pid=${pid}`, `--fsize=${bytes}:unlimited`]);

describe('a server whose writes the disk refuses for a while (SQLite)', () => {
  let dir: string;
  let graph: GraphStandIn;
  let server: ServerProcess | null;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-write-failure-'));
    graph = new GraphStandIn(50);
    await graph.start();
    server = null;
  });
  afterEach(async () => {
    await server?.stop().catch(() => null);
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('should answer every acknowledged message exactly once, within seconds of the writes going through again', { timeout: 120_000 }, async (ctx) => {
    await requirePart(ctx, prlimit);
    const databaseUrl = `sqlite:${join(dir, 'ca.db')}`;
    const port = await freePort();
    server = ServerProcess.whatsApp(databaseUrl, port, graph.url);
    await server.start();
    const pid = server.pid;
    const deliveries = whatsAppDeliveries(MESSAGES, CUSTOMERS, () => `http://127.0.0.1:${port}/webhooks/whatsapp`);
    await deliveries.steady(INTERVAL_MS, (i) => {
      if (i === REFUSE_FROM) limitFileSize(pid, 1);
      if (i === ALLOW_FROM) limitFileSize(pid, 'unlimited');
    });
    // While writes were refused the webhook answered 5xx (nothing it could not commit was acknowledged).
    const refused = [...deliveries.refusals.values()].reduce((a, b) => a + b, 0);
    await deliveries.redeliverUnacknowledged(20);
    expect(deliveries.acknowledged.size).toBe(MESSAGES);
    // Within 20 s (the queues' lease is a minute: nothing may wait for one to expire).
    let l: Ledger | null = null;
    for (let waited = 0; waited < 20_000; waited += 250) {
      l = await withDatabase(databaseUrl, (query) => ledger(query, graph.sends, deliveries.acknowledged));
      if (!l.unanswered.length) break;
      await sleep(250);
    }
    console.info('writes refused for a while:', { ...l, unanswered: l!.unanswered.length, refused, sends: graph.sends.length });
    if (l!.unanswered.length) {
      console.info(await withDatabase(databaseUrl, (q) => q(`SELECT i.id, i.message_id, i.completed_at, i.attempts, i.lease_owner, i.lease_until, d.id AS did, d.status, d.lease_until AS dlease, d.attempts AS datt, d.not_before FROM inbox_messages i LEFT JOIN outbox_deliveries d ON d.inbox_id = i.id WHERE i.message_id IN ('${l!.unanswered.slice(0, 3).join("','")}')`)));
      const counts = new Map<string, number>();
      for (const s of server.output.split('\n').filter((s) => s.startsWith('{'))) { const m = JSON.parse(s).msg; counts.set(m, (counts.get(m) ?? 0) + 1); }
      console.info(counts, new Date().toISOString());
    }
    expect(refused).toBeGreaterThan(0);
    expect(server.alive()).toBe(true);
    // No crash, so no window for a repeat: every answer went out once.
    expect({ unanswered: l!.unanswered, repeated: l!.repeated, strays: l!.strays }).toEqual({ unanswered: [], repeated: 0, strays: 0 });
  });
});
