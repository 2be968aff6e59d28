import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { buildContextPacket, type ContextPacket, type PacketInput } from '../../src/escalation/contextPacket.ts';
import type { Parse } from '../../src/nlu/types.ts';
import type { Store } from '../../src/store/store.ts';
import { conversationOf, NOW, seededStore, speakerOf } from './deskFixture.ts';

const parse: Parse = {
  intent: 'customs_help',
  confidence: 0.91,
  language: 'en',
  trackingNumbers: [STORY.customsHeld],
  invalidTrackingNumbers: [],
  accountNumber: null,
  dateRange: { from: '2026-03-14', to: '2026-03-15' },
  origin: { name: 'Shenzhen', country: 'CN' },
  destination: null,
  statusHints: ['stuck'],
};

describe('buildContextPacket for Alice Martin (5W8A3K), her parcel held in customs', () => {
  let store: Store;
  let packet: ContextPacket;
  let input: PacketInput;

  beforeAll(async () => {
    store = await seededStore();
    const conversation = await conversationOf(store, 'c-alice', 'u-alice', [
      ['in', `Hi, I'm Alice Martin (alice.martin@example.com). Where is ${STORY.customsHeld}??`],
      ['out', `${STORY.customsHeld}: held in customs at Anchorage.`],
      ['in', 'Unacceptable. It is STILL stuck'],
      ['out', 'Sorry, I did not get that.'],
    ]);
    // What the customer never sees must not reach the packet either.
    await store.activities.append('c-alice', 'out', { type: 'trace', channelId: 'test', from: { id: 'carrier-assist' }, conversation: { id: 'c-alice' }, name: 'parse', value: { text: 'alice.martin@example.com' } });
    await store.activities.append('c-alice', 'out', { type: 'event', channelId: 'test', from: { id: 'carrier-assist' }, conversation: { id: 'c-alice' }, name: 'handoff.status', value: { state: 'queued' } });
    const speaker = await speakerOf(store, 'u-alice');
    const account = await store.accounts.get(DEMO_ACCOUNTS.mingyuan);
    input = {
      conversation,
      speaker,
      account,
      ticket: await store.tickets.create(
        { category: 'customs', priority: 'urgent', conversationId: 'c-alice', accountNumber: DEMO_ACCOUNTS.mingyuan, userId: 'u-alice', trackingNumbers: [STORY.customsHeld], subject: 'Customs', details: {} },
        NOW,
      ),
      queue: 'customs',
      reason: 'complaint',
      reasonDetail: 'Customer complaint',
      parse,
      misunderstandings: 1,
      lastIntent: 'customs_help',
      shipments: [(await store.shipments.byTrackingNumber(STORY.customsHeld))!],
      language: 'en',
      deadlines: { firstResponseDue: '2026-03-20T02:30:00.000Z', resolutionDue: '2026-03-20T10:00:00.000Z' },
      hours: 'Mon-Fri 09:00-18:00',
    };
    packet = await buildContextPacket(store, input);
  });
  afterAll(async () => {
    await store.close();
  });

  test('should say who: user, account, tier, roles', () => {
    expect(packet.who).toEqual({
      userId: 'u-alice',
      name: 'Alice Martin',
      linked: true,
      channel: 'test',
      account: { number: DEMO_ACCOUNTS.mingyuan, name: expect.stringContaining('Mingyuan'), tier: 'standard' },
      roles: expect.arrayContaining(['view', 'pay', 'dispute', 'admin'].map((r) => expect.stringMatching(new RegExp(`^${r}$`, 'i')))),
      otherAccounts: [],
    });
    expect(packet.ticket).toMatchObject({ category: 'customs', priority: 'urgent', queue: 'customs' });
    expect(packet.reason).toEqual({ kind: 'complaint', detail: 'Customer complaint' });
  });

  test('should say what: intent, entities and the parcel with its status and last event', () => {
    expect(packet.what.intent).toBe('customs_help');
    expect(packet.what.entities).toEqual({ trackingNumbers: [STORY.customsHeld], dates: '2026-03-14..2026-03-15', origin: 'Shenzhen, CN', destination: null, statusHints: ['stuck'] });
    expect(packet.what.shipments).toHaveLength(1);
    expect(packet.what.shipments[0]).toMatchObject({
      trackingNumber: STORY.customsHeld,
      status: 'exception',
      customsState: 'held',
      declaredValue: '8600 USD',
      origin: expect.stringMatching(/^Shenzhen, /),
      destination: expect.stringMatching(/^Los Angeles, /),
      lastEvent: { at: expect.any(String), description: expect.any(String), place: expect.any(String) },
    });
  });

  test('should say what the bot tried, the language, the sentiment and the SLA', () => {
    expect(packet.tried).toEqual({ botSaid: [`${STORY.customsHeld}: held in customs at Anchorage.`, 'Sorry, I did not get that.'], misunderstandings: 1, lastIntent: 'customs_help' });
    expect(packet.language).toBe('en');
    expect(packet.sentiment.label).toBe('negative');
    expect(packet.sentiment.cues).toContain('unacceptable');
    expect(packet.sla).toEqual({ firstResponseDue: '2026-03-20T02:30:00.000Z', resolutionDue: '2026-03-20T10:00:00.000Z', hours: 'Mon-Fri 09:00-18:00' });
  });

  test('should carry the messages only, redacted: no name, e-mail or channel id of the customer, no traces or events', () => {
    expect(packet.transcript.map((a) => a.type)).toEqual(['message', 'message', 'message', 'message']);
    const json = JSON.stringify(packet.transcript);
    expect(json).not.toContain('alice.martin@example.com');
    expect(json).not.toContain('Alice Martin');
    expect(json).not.toContain('Alice');
    expect(json).not.toContain('ext-c-alice');
    expect(packet.transcript[0]!.text).toMatch(/^Hi, I'm \S+ \S+ \(email1@example\.com\)\. Where is 1Z5W8A3K6500001065\?\?$/);
    expect(packet.transcript[0]!.from.id).toBe('customer');
    expect(packet.transcript[2]!.text).toBe('Unacceptable. It is STILL stuck');
  });

  // The bug this caught (src/transcripts/redact.ts): the name cues were matched with the `i` flag, so
  // \p{Lu} also took lowercase words and "I am stuck" read "I am Alex Doe" to the agent.
  test('should leave ordinary words after "I am" / "this is" alone', async () => {
    const conversation = await conversationOf(store, 'c-alice-cues', 'u-alice', [['in', 'I am stuck, this is unacceptable']]);
    const again = await buildContextPacket(store, { ...input, conversation });
    expect(again.transcript[0]!.text).toBe('I am stuck, this is unacceptable');
  });
});

describe('buildContextPacket for a customer who is not linked', () => {
  test('should say so and carry no account, roles or parcels', async () => {
    const store = await seededStore();
    try {
      const conversation = await conversationOf(store, 'c-guest', null, [['in', 'I want a person']]);
      const ticket = await store.tickets.create({ category: 'general', priority: 'normal', conversationId: 'c-guest', accountNumber: null, userId: null, trackingNumbers: [], subject: 's', details: {} }, NOW);
      const packet = await buildContextPacket(store, {
        conversation,
        speaker: null,
        account: null,
        ticket,
        queue: 'support',
        reason: 'requested',
        reasonDetail: 'Customer asked to talk to a person',
        parse: null,
        misunderstandings: 0,
        lastIntent: null,
        shipments: [],
        language: 'es',
        deadlines: { firstResponseDue: '2026-03-20T04:00:00.000Z', resolutionDue: '2026-03-20T10:00:00.000Z' },
        hours: 'Mon-Fri 09:00-18:00',
      });
      expect(packet.who).toEqual({ userId: null, name: null, linked: false, channel: 'test', account: null, roles: [], otherAccounts: [] });
      expect(packet.what).toEqual({ intent: null, entities: { trackingNumbers: [], dates: null, origin: null, destination: null, statusHints: [] }, shipments: [], parcel: null });
      expect(packet.language).toBe('es');
      expect(packet.transcript.map((a) => a.text)).toEqual(['I want a person']);
    } finally {
      await store.close();
    }
  });
});
