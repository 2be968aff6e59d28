import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS as STORY } from '../../../src/demo/index.ts';
import { judge } from '../../../src/evaluation/conversations/judge.ts';
import type { TurnRecords } from '../../../src/evaluation/conversations/judgeOutside.ts';
import type { Shown } from '../../../src/evaluation/conversations/shown.ts';
import { readStoreRecords, type StoreRecords } from '../../../src/evaluation/conversations/storeRecords.ts';
import type { Expectation } from '../../../src/evaluation/conversations/types.ts';
import { makeWorld } from '../../../src/evaluation/conversations/world.ts';
import type { NewTicket } from '../../../src/store/records.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';

const NOW = '2026-03-20T09:00:00.000Z';
const LATE = STORY.lateSilent;
const HELD = STORY.customsHeld;

const shown = (text: string, extra: Partial<Shown> = {}): Shown => ({
  parcels: { kind: 'none' },
  offered: [],
  mentioned: [],
  accountsOffered: [],
  nothingFits: false,
  notUnderstood: false,
  handedOff: false,
  text,
  ...extra,
});

const empty: StoreRecords = { tickets: [], handoff: null, roles: { '5W8A3K/u-victor': ['View'] } };
const ticket = (number: string, trackingNumber: string, category: 'lost_delayed' | 'complaint' = 'lost_delayed') => ({ number, category, state: 'open' as const, accountNumber: '5W8A3K', trackingNumbers: [trackingNumber] });
const withTickets = (...tickets: ReturnType<typeof ticket>[]): StoreRecords => ({ ...empty, tickets });
const around = (before: StoreRecords, after: StoreRecords, earlier: StoreRecords[] = []): TurnRecords => ({ before, after, earlier });

describe('the outside kinds of the judge (replies and store records)', () => {
  test.each<{ name: string; expect: Expectation; now: Shown; records: TurnRecords; ok: boolean }>([
    { name: 'a trace opened and named', expect: { kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE }, now: shown('I have opened ticket CA-000001 for it.'), records: around(empty, withTickets(ticket('CA-000001', LATE))), ok: true },
    { name: 'a trace opened but not named', expect: { kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE }, now: shown(`${LATE}: in transit, running late.`), records: around(empty, withTickets(ticket('CA-000001', LATE))), ok: false },
    { name: 'a status line and no ticket', expect: { kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE }, now: shown(`${LATE}: in transit.`), records: around(empty, empty), ok: false },
    { name: 'a ticket for another parcel', expect: { kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE }, now: shown('Ticket CA-000001.'), records: around(empty, withTickets(ticket('CA-000001', HELD))), ok: false },
    {
      name: 'asking again pointing to the open ticket',
      expect: { kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE, sameAs: 0 },
      now: shown('Ticket CA-000001 is already open for it.'),
      records: around(withTickets(ticket('CA-000001', LATE)), withTickets(ticket('CA-000001', LATE)), [withTickets(ticket('CA-000001', LATE))]),
      ok: true,
    },
    {
      name: 'asking again opening a second ticket',
      expect: { kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE, sameAs: 0 },
      now: shown('I have opened ticket CA-000002.'),
      records: around(withTickets(ticket('CA-000001', LATE)), withTickets(ticket('CA-000001', LATE), ticket('CA-000002', LATE)), [withTickets(ticket('CA-000001', LATE))]),
      ok: false,
    },
    { name: 'a handoff about the parcel, with its event', expect: { kind: 'handoff', about: HELD }, now: shown(`${HELD} is held. A person will reply.`, { handedOff: true }), records: around(empty, { ...empty, handoff: { ticketNumber: 'CA-000001', trackingNumbers: [] } }), ok: true },
    { name: 'a handoff whose ticket names the parcel', expect: { kind: 'handoff', about: HELD }, now: shown('A person will reply.', { handedOff: true }), records: around(empty, { ...empty, handoff: { ticketNumber: 'CA-000001', trackingNumbers: [HELD] } }), ok: true },
    { name: 'a handoff that does not say which parcel', expect: { kind: 'handoff', about: HELD }, now: shown('A person will reply.', { handedOff: true }), records: around(empty, { ...empty, handoff: { ticketNumber: 'CA-000001', trackingNumbers: [] } }), ok: false },
    { name: 'no handoff for a complaint', expect: { kind: 'handoff' }, now: shown('12 parcels match, which day?'), records: around(empty, empty), ok: false },
    { name: 'a refusal naming the role and the admin', expect: { kind: 'refusal', role: 'Dispute', names: ['Alice Martin'] }, now: shown("That needs the Dispute role, which you don't have. Ask Alice Martin."), records: around(empty, empty), ok: true },
    { name: 'a refusal without the admin', expect: { kind: 'refusal', role: 'Dispute', names: ['Alice Martin'] }, now: shown("That needs the Dispute role, which you don't have."), records: around(empty, empty), ok: false },
    { name: '"did not understand" instead of a refusal', expect: { kind: 'refusal', role: 'Dispute' }, now: shown("Sorry, I didn't understand that.", { notUnderstood: true }), records: around(empty, empty), ok: false },
    { name: 'a refusal that opens a dispute all the same', expect: { kind: 'refusal', role: 'Dispute' }, now: shown('Dispute role needed; ticket CA-000001 opened.'), records: around(empty, withTickets(ticket('CA-000001', LATE, 'complaint'))), ok: false },
    { name: 'a general answer with the menu path', expect: { kind: 'generalAnswer', keywords: [['Manage Users']] }, now: shown('An Admin goes to Administration › Manage Users › Add New User.'), records: around(empty, empty), ok: true },
    { name: 'a request to link instead of the answer', expect: { kind: 'generalAnswer', keywords: [] }, now: shown('I need to link this chat to your account first. What is the e-mail address on your account?'), records: around(empty, empty), ok: false },
    { name: 'the answer, then the offer to do it for their account', expect: { kind: 'generalAnswer', keywords: [['Manage Users']] }, now: shown('An Admin goes to Administration › Manage Users › Add New User. I can also do it for your account: what is the e-mail address on it?'), records: around(empty, empty), ok: true },
    { name: 'the offer before the answer', expect: { kind: 'generalAnswer', keywords: [['Manage Users']] }, now: shown('What is the e-mail address on your account? An Admin goes to Administration › Manage Users.'), records: around(empty, empty), ok: false },
    { name: 'a request for a tracking number instead', expect: { kind: 'generalAnswer', keywords: [] }, now: shown('好的，请提供运单号（以 1Z 开头，共 18 位）。'), records: around(empty, empty), ok: false },
    { name: 'a user removed', expect: { kind: 'roles', account: '5W8A3K', userId: 'u-victor', roles: [] }, now: shown('Victor Okafor no longer has access.'), records: around(empty, { ...empty, roles: {} }), ok: true },
    { name: 'a user still there', expect: { kind: 'roles', account: '5W8A3K', userId: 'u-victor', roles: [] }, now: shown('Remove Victor Okafor?'), records: around(empty, empty), ok: false },
    { name: 'a delivery time in the destination\'s time', expect: { kind: 'zoneLabel', time: '19:00', places: ['Toronto', '多伦多'] }, now: shown('预计送达：多伦多当地时间 3月24日周二 19:00'), records: around(empty, empty), ok: true },
    { name: 'a delivery time converted without a label', expect: { kind: 'zoneLabel', time: '19:00', places: ['Toronto', '多伦多'] }, now: shown('预计送达：2026年3月25日周三 07:00。'), records: around(empty, empty), ok: false },
  ])('should judge $name as ok=$ok', ({ expect: e, now, records, ok }) => {
    expect(judge(e, now, [], records).ok).toBe(ok);
  });

  test('should fail the kinds that need the store when the runner read none', () => {
    expect(judge({ kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE }, shown('Ticket CA-000001.'), [], null).ok).toBe(false);
  });

  test('should still fail a handoff where the customer asked for a parcel', () => {
    expect(judge({ kind: 'mentions', trackingNumber: HELD }, shown(HELD, { mentioned: [HELD], parcels: { kind: 'single', trackingNumber: HELD }, handedOff: true }), []).ok).toBe(false);
  });
});

describe('the store records a turn leaves (a real in-memory store with the demo data)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset(makeWorld(NOW).dataset);
  });
  afterAll(async () => {
    await store.close();
  });

  test('should see a ticket of the account opened elsewhere, and roles taken away', async () => {
    const before = await readStoreRecords(store, 'c-1', ['5W8A3K']);
    expect(before.tickets).toEqual([]);
    expect(before.roles['5W8A3K/u-victor']).toEqual(['View']);
    const trace: NewTicket = { category: 'lost_delayed', priority: 'normal', conversationId: null, accountNumber: '5W8A3K', userId: 'u-alice', trackingNumbers: [LATE], subject: 'trace', details: {} };
    const created = await store.tickets.create(trace, NOW);
    await store.accounts.revokeUser('5W8A3K', 'u-victor');
    const after = await readStoreRecords(store, 'c-1', ['5W8A3K']);
    expect(after.tickets.map((t) => [t.number, t.category, t.trackingNumbers])).toEqual([[created.number, 'lost_delayed', [LATE]]]);
    expect(after.roles['5W8A3K/u-victor'] ?? []).toEqual([]);
    expect(after.handoff).toBeNull();
    const verdict = judge({ kind: 'ticket', category: 'lost_delayed', trackingNumber: LATE }, shown(`Ticket ${created.number} is open.`), [], { before, after, earlier: [] });
    expect(verdict.ok).toBe(true);
  });
});
