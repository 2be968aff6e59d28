import { describe, expect, test } from 'vitest';
import type { TicketState } from '../../src/store/records.ts';
import { isToldToCustomer } from '../../src/tickets/tellCustomer.ts';

describe('the ticket moves a customer is told of', () => {
  test.each([
    ['waiting_on_customer', 'resolved', true],
    ['open', 'waiting_on_carrier', true],
    ['resolved', 'closed', true],
    ['resolved', 'open', true],
    ['closed', 'new', true],
    // These come with the agent's own words to the customer (a reply, a request), or are the bot's.
    ['new', 'open', false],
    ['open', 'waiting_on_customer', false],
    ['waiting_on_customer', 'open', false],
    ['open', 'open', false],
  ] as [TicketState, TicketState, boolean][])('%s -> %s: %s', (from, to, told) => {
    expect(isToldToCustomer({ from, to })).toBe(told);
  });

  test('should leave the handoff desk’s moves to its own notices', () => {
    expect(isToldToCustomer({ from: 'open', to: 'resolved', told: true })).toBe(false);
    expect(isToldToCustomer({ from: 'open', to: 'closed', told: true })).toBe(false);
  });
});
