/**
 * An instance frozen longer than its leases (a stopped container, a VM paused, a long GC pause) must not
 * answer twice what the other instance took over meanwhile (issue 16): two `carrier-assist serve` on one
 * PostgreSQL get signed WhatsApp messages in turn; mid-run the first is stopped (SIGSTOP) for three
 * leases, then continued (SIGCONT). The second takes over its turns and sends when their leases end;
 * the first, when it wakes, must not run or send again what is no longer its. Every acknowledged message
 * is answered exactly once; only sends already on their way to the platform when it froze may repeat.
 */
import { expect, test } from 'vitest';
import { describePostgres } from '../store/postgresTestDatabase.ts';
import { faultLedger, freePort, postgresFaultSuite, ServerProcess, sleep, whatsAppDeliveries } from './crashHarness.ts';

const MESSAGES = 300;
const CUSTOMERS = 30;
const INTERVAL_MS = 10;
const FREEZE_AT = 150;
const LEASE_MS = 3000;
const FROZEN_MS = 3 * LEASE_MS;
/** Sends the outbox has in flight at most: what a frozen instance may have had on its way already. */
const IN_FLIGHT = 16;

await describePostgres('two instances on one PostgreSQL, one frozen longer than its leases', (serverUrl) => {
  const { db, graph, servers } = postgresFaultSuite(serverUrl, 120);

  test('should answer every acknowledged message once: what the other instance took over is not run or sent again when the frozen one wakes', { timeout: 120_000 }, async () => {
    const ports = [await freePort(), await freePort()];
    for (const port of ports) servers.push(ServerProcess.whatsApp(db().url, port, graph().url, { INBOX_LEASE_MS: String(LEASE_MS) }));
    await Promise.all(servers.map((s) => s.start()));
    const [frozen, other] = servers as [ServerProcess, ServerProcess];
    const deliveries = whatsAppDeliveries(MESSAGES, CUSTOMERS, (i) => `http://127.0.0.1:${ports[i % 2]}/webhooks/whatsapp`);
    let thawed: Promise<void> | undefined;
    await deliveries.steady(INTERVAL_MS, (i) => {
      if (i !== FREEZE_AT) return;
      frozen.freeze();
      thawed = sleep(FROZEN_MS).then(() => frozen.resume());
    });
    await thawed;
    // Then the woken instance finishes what it had in hand.
    const l = await faultLedger(db().url, graph(), deliveries, MESSAGES, 10, 'PostgreSQL, two instances, one frozen for 3 leases', 2 * LEASE_MS);
    expect([frozen.alive(), other.alive()]).toEqual([true, true]);
    // The freeze hit: the other instance took over turns of the frozen one.
    expect(l.takenOver).toBeGreaterThan(0);
    expect(deliveries.acknowledged.size).toBe(MESSAGES);
    expect({ unanswered: l.unanswered, strays: l.strays }).toEqual({ unanswered: [], strays: 0 });
    expect(l.repeated).toBeLessThanOrEqual(IN_FLIGHT);
  });
});
