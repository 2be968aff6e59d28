import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';
import { customerTicket, customerTickets } from '../../src/tickets/customerTickets.ts';
import { AT, conversation, ticket, tinyDataset } from '../store/storeContract.ts';

describe('tickets a customer may hear of', () => {
  let store: Store;
  let mine: string;
  let theirs: string;
  let anonymous: string;
  let otherAnonymous: string;
  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset(tinyDataset());
    for (const id of ['c-li', 'c-ann', 'c-guest', 'c-other-guest']) await store.conversations.ensure(conversation(id), AT);
    mine = (await store.tickets.create(ticket({ category: 'customs', conversationId: 'c-li', trackingNumbers: ['1ZMINE'] }), AT)).number;
    theirs = (await store.tickets.create(ticket({ category: 'customs', conversationId: 'c-ann', accountNumber: 'Z9Y8X7', userId: 'u-2', trackingNumbers: ['1ZTHEIRS'] }), AT)).number;
    anonymous = (await store.tickets.create(ticket({ conversationId: 'c-guest', accountNumber: null, userId: null }), AT)).number;
    otherAnonymous = (await store.tickets.create(ticket({ conversationId: 'c-other-guest', accountNumber: null, userId: null }), AT)).number;
  });
  afterEach(async () => {
    await store.close();
  });

  const li = { accountNumbers: ['A1B2C3'], conversationId: 'c-li' };
  const guest = { accountNumbers: [], conversationId: 'c-guest' };

  test("should list the speaker's accounts' tickets and never another account's", async () => {
    expect((await customerTickets(store, li)).map((t) => t.number)).toEqual([mine]);
    expect((await customerTickets(store, { accountNumbers: ['Z9Y8X7', 'A1B2C3'], conversationId: 'c-x' })).map((t) => t.number)).toEqual([theirs, mine]);
  });

  test.each([
    ['its ticket number', () => theirs],
    ['its tracking number', () => '1ZTHEIRS'],
    ['its customer e-mail', () => 'ann@example.com'],
    ['its account number', () => 'Z9Y8X7'],
  ])("should not find another account's ticket by %s", async (_key, text) => {
    expect(await customerTickets(store, li, text())).toEqual([]);
    expect(await customerTickets(store, guest, text())).toEqual([]);
  });

  test("should give a ticket by number only to its own customer: another account's reads as unknown", async () => {
    expect((await customerTicket(store, li, mine.toLowerCase()))?.number).toBe(mine);
    expect(await customerTicket(store, li, theirs)).toBeNull();
    expect(await customerTicket(store, li, 'CA-999999')).toBeNull();
  });

  test('should give a customer who is not linked only the tickets of their own conversation', async () => {
    expect((await customerTickets(store, guest)).map((t) => t.number)).toEqual([anonymous]);
    expect((await customerTicket(store, guest, anonymous))?.number).toBe(anonymous);
    expect(await customerTicket(store, guest, otherAnonymous)).toBeNull();
    expect(await customerTicket(store, guest, mine)).toBeNull();
  });
});
