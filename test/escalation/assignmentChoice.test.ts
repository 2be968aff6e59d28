import { describe, expect, test } from 'vitest';
import { assignmentOrder, chooseAssignments, type CandidateAgent, type WaitingWork } from '../../src/escalation/assignmentChoice.ts';

const work = (key: string, patch: Partial<WaitingWork<string>> = {}): WaitingWork<string> => ({ key, queue: 'support', rank: 5, waitingSince: '2026-03-20T09:00:00.000Z', ...patch });
const agent = (id: string, patch: Partial<CandidateAgent> = {}): CandidateAgent => ({
  id,
  role: 'agent',
  queues: ['support', 'customs'],
  available: true,
  capacity: 3,
  open: 0,
  lastAssignedAt: null,
  ...patch,
});
const pairs = (list: readonly { key: string; agentId: string }[]) => list.map((a) => `${a.key}->${a.agentId}`);

describe('assignmentOrder', () => {
  test.each([
    ['the lower rank first, however young', [work('w1', { rank: 5, waitingSince: '2026-03-20T08:00:00.000Z' }), work('w2', { rank: 2 })], ['w2', 'w1']],
    ['the longest waiting among the same rank', [work('w1', { waitingSince: '2026-03-20T09:10:00.000Z' }), work('w2', { waitingSince: '2026-03-20T09:05:00.000Z' })], ['w2', 'w1']],
    ['as given when rank and age tie', [work('w9'), work('w3')], ['w9', 'w3']],
  ])('should hand out %s', (_what, list, expected) => {
    expect(assignmentOrder(list).map((w) => w.key)).toEqual(expected);
  });
});

describe('chooseAssignments', () => {
  test.each<[string, WaitingWork<string>[], CandidateAgent[], string[]]>([
    ['the oldest most urgent to the agent with the fewest open', [work('w1'), work('w2', { rank: 1 })], [agent('ana', { open: 2 }), agent('bo')], ['w2->bo', 'w1->bo']],
    ['each choice counting toward the load', [work('w1'), work('w2'), work('w3')], [agent('ana', { open: 1 }), agent('bo')], ['w1->bo', 'w2->ana', 'w3->bo']],
    ['a tie in load to the one longest without a new one', [work('w1')], [agent('ana', { lastAssignedAt: '2026-03-20T08:50:00.000Z' }), agent('bo', { lastAssignedAt: '2026-03-20T08:10:00.000Z' })], ['w1->bo']],
    ['a tie to the one who never had one', [work('w1')], [agent('ana', { lastAssignedAt: '2026-03-20T08:50:00.000Z' }), agent('bo')], ['w1->bo']],
    ['a full tie by agent id', [work('w1')], [agent('cy'), agent('ana'), agent('bo')], ['w1->ana']],
    ['nothing above capacity: the rest waits', [work('w1'), work('w2'), work('w3')], [agent('ana', { capacity: 2, open: 1 })], ['w1->ana']],
    ['nothing to an agent whose capacity is full', [work('w1')], [agent('ana', { capacity: 2, open: 2 })], []],
    ['nothing to an agent with capacity 0', [work('w1')], [agent('ana', { capacity: 0 })], []],
    ['nothing when nobody is available', [work('w1'), work('w2')], [agent('ana', { available: false }), agent('bo', { available: false })], []],
    ['nothing when nobody works the queue; later work of another queue still goes', [work('w1', { queue: 'vip', rank: 0 }), work('w2')], [agent('ana')], ['w2->ana']],
    ['a supervisor who is available takes any queue', [work('w1', { queue: 'vip' })], [agent('sue', { role: 'supervisor', queues: [] })], ['w1->sue']],
    ['nothing when nothing waits', [], [agent('ana')], []],
  ])('should give %s', (_what, waiting, agents, expected) => {
    expect(pairs(chooseAssignments(waiting, agents))).toEqual(expected);
  });

  test('should never give an agent more than their capacity, whatever the mix (oracle over many cases)', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const agents = Array.from({ length: 1 + next(4) }, (_, i) =>
        agent(`a${i}`, { available: next(4) > 0, capacity: next(4), open: next(3), queues: next(2) ? ['support'] : ['customs'] }),
      );
      const waiting = Array.from({ length: next(8) }, (_, i) => work(`w${i}`, { rank: next(3), queue: next(2) ? 'support' : 'customs' }));
      const chosen = chooseAssignments(waiting, agents);
      for (const a of agents) {
        const got = chosen.filter((c) => c.agentId === a.id).length;
        expect(got === 0 || (a.available && a.open + got <= a.capacity)).toBe(true);
      }
      // Work of a queue stays waiting only when every available agent of that queue is full.
      for (const w of waiting.filter((w) => !chosen.some((c) => c.key === w.key))) {
        const room = agents.filter((a) => a.available && a.queues.includes(w.queue) && a.open + chosen.filter((c) => c.agentId === a.id).length < a.capacity);
        expect(room).toEqual([]);
      }
      expect(new Set(chosen.map((c) => c.key)).size).toBe(chosen.length);
    }
  });
});
