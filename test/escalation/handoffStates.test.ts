import { describe, expect, test } from 'vitest';
import { canMove, HANDOFF_MOVES, isLive, ownerIn, type HandoffMove } from '../../src/escalation/handoffStates.ts';
import { HANDOFF_STATES, type HandoffState } from '../../src/store/handoffRecords.ts';

describe('HANDOFF_MOVES', () => {
  test.each<[HandoffMove, HandoffState[], HandoffState]>([
    ['queue', ['requested'], 'queued'],
    ['claim', ['queued'], 'assigned'],
    ['respond', ['assigned'], 'active'],
    ['transfer', ['assigned', 'active'], 'assigned'],
    ['release', ['assigned', 'active'], 'queued'],
    ['resolve', ['assigned', 'active'], 'resolved'],
    ['handBack', ['assigned', 'active'], 'returned'],
    ['return', ['resolved'], 'returned'],
    ['abandon', ['requested', 'queued', 'assigned', 'active'], 'abandoned'],
  ])('should move %s from %j to %s', (move, from, to) => {
    expect(HANDOFF_MOVES[move]).toEqual({ from, to });
  });

  test('should have no other moves, and nothing leaves returned or abandoned', () => {
    expect(Object.keys(HANDOFF_MOVES).sort()).toEqual(['abandon', 'claim', 'handBack', 'queue', 'release', 'resolve', 'respond', 'return', 'transfer']);
    const moves = Object.keys(HANDOFF_MOVES) as HandoffMove[];
    for (const end of ['returned', 'abandoned'] as const) expect(moves.filter((m) => canMove(m, end))).toEqual([]);
  });
});

describe('canMove', () => {
  // Every move against every state: allowed exactly where the table says.
  const allowed: Record<HandoffMove, HandoffState[]> = {
    queue: ['requested'],
    claim: ['queued'],
    respond: ['assigned'],
    transfer: ['assigned', 'active'],
    release: ['assigned', 'active'],
    resolve: ['assigned', 'active'],
    handBack: ['assigned', 'active'],
    return: ['resolved'],
    abandon: ['requested', 'queued', 'assigned', 'active'],
  };
  const cases = (Object.keys(allowed) as HandoffMove[]).flatMap((move) => HANDOFF_STATES.map((state) => [move, state, allowed[move].includes(state)] as const));

  test.each(cases)('should allow %s from %s: %s', (move, state, expected) => {
    expect(canMove(move, state)).toBe(expected);
  });
});

describe('ownerIn', () => {
  test.each<[HandoffState, 'bot' | 'agent', boolean]>([
    ['requested', 'bot', true],
    ['queued', 'agent', true],
    ['assigned', 'agent', true],
    ['active', 'agent', true],
    ['resolved', 'bot', false],
    ['returned', 'bot', false],
    ['abandoned', 'bot', false],
  ])('should give %s to the %s (live: %s)', (state, owner, live) => {
    expect(ownerIn(state)).toBe(owner);
    expect(isLive(state)).toBe(live);
  });
});
