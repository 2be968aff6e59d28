/**
 * Nothing accepted is lost when the database goes away for a while (issue 16): a real `carrier-assist
 * serve` on PostgreSQL, reached through a TCP proxy, gets signed WhatsApp messages at a steady rate;
 * mid-run the proxy resets every connection and refuses new ones for three seconds (a database restart
 * or a failover, as the client sees it), then lets them through again. What the webhook could not store
 * is answered 5xx and Meta (here the test) redelivers it; what it acknowledged before must still be
 * answered. Afterwards every acknowledged message has exactly one answer at the stand-in Graph API, and
 * the server is still running. The lease is longer than the test: a turn that failed in the outage
 * must be retaken because its lease was ended, not because it ran out (a renewal sent during the
 * outage and run after it once extended the ended leases, and 120 messages waited a whole lease).
 */
import { afterAll, expect, test } from 'vitest';
import { describePostgres } from '../store/postgresTestDatabase.ts';
import { TcpProxy } from '../support/tcpProxy.ts';
import { faultLedger, freePort, postgresFaultSuite, ServerProcess, sleep, whatsAppDeliveries } from './crashHarness.ts';

const MESSAGES = 300;
const CUSTOMERS = 30;
const INTERVAL_MS = 10;
const OUTAGE_AT = 100;
const OUTAGE_MS = 3000;

await describePostgres('a server whose PostgreSQL goes away for three seconds mid-run', (serverUrl) => {
  const { db, graph, servers } = postgresFaultSuite(serverUrl, 60);
  let proxy: TcpProxy | undefined;
  afterAll(async () => {
    // The servers stop on a database they can still reach (their suite's own teardown comes after or before this).
    for (const s of servers) await s.stop().catch(() => null);
    await proxy?.down();
  });

  test('should answer every acknowledged message exactly once and keep running', { timeout: 120_000 }, async () => {
    const target = new URL(db().url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.up();
    const viaProxy = new URL(db().url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const port = await freePort();
    // A lease far longer than the test: a message is answered because its lease was ended, never because it ran out.
    const server = ServerProcess.whatsApp(viaProxy.toString(), port, graph().url, { INBOX_LEASE_MS: '600000' });
    servers.push(server);
    await server.start();
    const deliveries = whatsAppDeliveries(MESSAGES, CUSTOMERS, () => `http://127.0.0.1:${port}/webhooks/whatsapp`);
    let outage: Promise<void> | undefined;
    await deliveries.steady(INTERVAL_MS, (i) => {
      if (i === OUTAGE_AT) outage = proxy!.down().then(() => sleep(OUTAGE_MS)).then(() => proxy!.up());
    });
    await outage;
    const l = await faultLedger(db().url, graph(), deliveries, MESSAGES, 20, 'PostgreSQL away for 3 s mid-run');
    // The outage hit: turns lost their connection mid-run (the webhooks' statements waited for it to come back, or were refused 5xx).
    expect(server.output).toMatch(/ECONNRESET|ECONNREFUSED|Connection terminated/);
    expect(server.alive()).toBe(true);
    expect(deliveries.acknowledged.size).toBe(MESSAGES);
    expect({ unanswered: l.unanswered, strays: l.strays, repeated: l.repeated }).toEqual({ unanswered: [], strays: 0, repeated: 0 });
    expect(await server.stop(), server.output.slice(-3000)).toBe(0);
  });
});
