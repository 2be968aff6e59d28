/**
 * Issue 8, Done when: 20 agents claiming 100 tickets at once leave every ticket with exactly one
 * owner. Over HTTP, every request in flight together, on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgresTestDatabase.ts';
import { startConsole, type Console, type Session } from './consoleHarness.ts';

const AGENTS = 20;
const HANDOFFS = 100;

/** A different order for each agent: a rotation, every other one reversed, with a stride of 7 or 13. */
function walkOrder<T>(items: readonly T[], agent: number): T[] {
  const n = items.length;
  const stride = agent % 2 ? 7 : 13; // both coprime with 100, so every item once
  const order = Array.from({ length: n }, (_, i) => items[(agent * 5 + i * stride) % n]!);
  return agent % 4 >= 2 ? order.reverse() : order;
}

function describeConcurrentClaims(name: string, openEmptyStore: () => Promise<Store>) {
  describe(`20 agents claiming 100 handoffs at once (${name})`, () => {
    let c: Console;
    let sessions: Session[];
    let ids: number[];

    beforeAll(async () => {
      c = await startConsole({ store: await openEmptyStore() });
      for (let i = 0; i < AGENTS; i++) await c.addAgent({ id: `agent-${String(i).padStart(2, '0')}`, displayName: `Agent ${i}`, queues: ['support'] });
      sessions = [];
      for (let i = 0; i < AGENTS; i++) sessions.push(await c.signIn(`agent-${String(i).padStart(2, '0')}`));
      ids = [];
      for (let i = 0; i < HANDOFFS; i++) ids.push((await c.escalate(`anon-claim-${i}`)).handoffId);
    }, 180_000);
    afterAll(async () => {
      await c?.close();
    });

    test('should leave every handoff with exactly one owner', async () => {
      expect(new Set(sessions.map((s) => s.cookie)).size).toBe(AGENTS);
      expect(new Set(sessions.map((_s, i) => walkOrder(ids, i).join())).size).toBe(AGENTS);
      // Issued round by round (every agent's j-th claim, then the (j+1)-th …), all before any answer.
      const orders = sessions.map((_s, i) => walkOrder(ids, i));
      const requests = ids.flatMap((_id, j) =>
        sessions.map((s, i) => {
          const id = orders[i]![j]!;
          return c.api(s, 'POST', `/handoffs/${id}/claim`).then((res) => ({ id, agent: s.agent, res }));
        }),
      );
      const answers = await Promise.all(requests);
      expect(answers).toHaveLength(AGENTS * HANDOFFS);
      expect(answers.filter((a) => a.res.status !== 200 && a.res.status !== 409).map((a) => [a.res.status, a.res.body])).toEqual([]);

      for (const id of ids) {
        const mine = answers.filter((a) => a.id === id);
        const won = mine.filter((a) => a.res.status === 200);
        expect(won, `handoff ${id}`).toHaveLength(1);
        const winner = won[0]!.agent;
        expect(won[0]!.res.body.item).toMatchObject({ id, state: 'assigned', assignee: { id: winner.id }, mine: true });
        const lost = mine.filter((a) => a.res.status === 409);
        expect(lost).toHaveLength(AGENTS - 1);
        for (const l of lost) expect(l.res.body).toEqual({ requestId: expect.any(String), error: `Already claimed by ${winner.displayName}.`, assignee: { id: winner.id, displayName: winner.displayName } });

        const h = (await c.store.handoffs.get(id))!;
        expect(h).toMatchObject({ state: 'assigned', assignee: winner.id });
        expect((await c.store.tickets.get(h.ticketNumber))!.assignee).toBe(winner.id);
        const claims = (await c.store.handoffs.events(id)).filter((e) => e.from === 'queued' && e.to === 'assigned');
        expect(claims, `handoff ${id}`).toHaveLength(1);
        expect(claims[0]!.actor).toBe(`agent:${winner.id}`);
      }
      // The work was shared: more than one agent won something.
      expect(new Set(answers.filter((a) => a.res.status === 200).map((a) => a.agent.id)).size).toBeGreaterThan(1);
      const queue = (await c.api(sessions[0]!, 'GET', '/queue')).body.items as { state: string }[];
      expect(queue.filter((i) => i.state === 'queued')).toEqual([]);
    }, 120_000);
  });
}

describeConcurrentClaims('SQLite', () => openStore('sqlite::memory:'));

await describePostgres('concurrent claims on PostgreSQL', (serverUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    await db?.drop();
  });
  describeConcurrentClaims('PostgreSQL', () => openStore(db.url));
});
