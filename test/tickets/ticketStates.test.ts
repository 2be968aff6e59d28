import { describe, expect, test } from 'vitest';
import { TICKET_STATES } from '../../src/store/records.ts';
import { isDone, mayMove, statesBefore } from '../../src/tickets/ticketStates.ts';

// Every pair of states as a grid: row `from` may become column `to` where it says x. The whole grid,
// so a move added or lost anywhere fails here.
const GRID = `
                      new  open  waiting_on_customer  waiting_on_carrier  resolved  closed
new                   .    x     x                    x                   x         x
open                  x    .     x                    x                   x         x
waiting_on_customer   -    x     .                    x                   x         x
waiting_on_carrier    -    x     x                    .                   x         x
resolved              -    x     -                    -                   .         x
closed                -    x     -                    -                   -         .
`;
const [header, ...rows] = GRID.trim().split('\n').map((line) => line.trim().split(/\s+/));
const ALLOWED = new Set(rows.flatMap(([from, ...marks]) => marks.flatMap((m, i) => (m === 'x' ? [`${from}>${header![i]}`] : []))));

describe('ticket states', () => {
  test.each(TICKET_STATES.flatMap((from) => TICKET_STATES.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const)))(
    'should let a %s ticket become %s: %s',
    (from, to, allowed) => {
      expect(mayMove(from, to)).toBe(allowed);
    },
  );

  test('should never move a ticket to the state it is in', () => {
    expect(TICKET_STATES.filter((s) => mayMove(s, s))).toEqual([]);
  });

  test.each([
    ['resolved', ['new', 'open', 'waiting_on_customer', 'waiting_on_carrier']],
    ['waiting_on_customer', ['new', 'open', 'waiting_on_carrier']],
    ['open', ['new', 'waiting_on_customer', 'waiting_on_carrier', 'resolved', 'closed']],
  ] as const)('should name the states a ticket may be in to become %s', (to, from) => {
    expect(statesBefore(to)).toEqual(from);
  });

  test('should count only resolved and closed tickets as done', () => {
    expect(TICKET_STATES.filter(isDone)).toEqual(['resolved', 'closed']);
  });
});
