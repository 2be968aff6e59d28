import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY, generateDataset } from '../../src/demo/index.ts';
import { openStore } from '../../src/store/openStore.ts';

const NOW = '2026-03-20T09:00:00.000Z';

/** Whole conversations through the pipeline on the seeded demo data, checking what is said and stored. */
describe('finding parcels in a conversation', () => {
  let app: App;
  let n = 0;

  beforeAll(async () => {
    const store = await openStore('sqlite::memory:');
    await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    for (const user of ['u-alice', 'u-li', 'u-carol', 'u-zhang']) {
      await store.identities.link({ channelId: 'test', externalId: user, userId: user, linkedAt: NOW });
    }
    app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(NOW), logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Sends the messages in order as `user` in a new conversation; returns the bot's messages per turn. */
  async function conversation(user: string, ...texts: string[]): Promise<{ id: string; turns: Activity[][] }> {
    const id = `conv-${++n}`;
    const turns: Activity[][] = [];
    for (const text of texts) {
      const outcome = await app.pipeline.process(
        { type: 'message', id: `${id}-${turns.length}`, channelId: 'test', from: { id: user }, conversation: { id }, text },
        async () => {},
      );
      turns.push(outcome.replies.filter((a) => a.type === 'message'));
    }
    return { id, turns };
  }
  const textOf = (turn: Activity[]) => turn.map((a) => a.text).join('\n');

  test('should answer the box sent to Toronto yesterday directly', async () => {
    const { turns } = await conversation('u-alice', "where's the box I sent to Toronto yesterday?");
    expect(textOf(turns[0]!)).toContain(`${STORY.torontoYesterday}: In transit.`);
  });

  test('should ask which one among several, and take "2" as the answer', async () => {
    const { turns } = await conversation('u-alice', 'where are my parcels to London?', '2');
    const list = turns[0]![0]!;
    expect(list.text).toMatch(/^I found 2 parcels that fit\. Which one do you mean\?/);
    const offered = list.suggestedActions!.actions.map((a) => a.value);
    expect(offered.sort()).toEqual([STORY.londonDelivered, STORY.londonInTransit].sort());
    expect(textOf(turns[1]!)).toContain(`${list.suggestedActions!.actions[1]!.value}:`);
  });

  test('should take a description as the answer to "which one?"', async () => {
    const { turns } = await conversation('u-alice', 'where are my parcels to London?', 'the one still in transit');
    expect(textOf(turns[1]!)).toContain(`${STORY.londonInTransit}: In transit.`);
  });

  test('should say what it searched and offer the nearest when nothing fits, in Chinese', async () => {
    const { turns } = await conversation('u-li', '我要查2026年1月5日寄到多伦多的包裹');
    const [nothing, nearest] = turns[0]!;
    expect(nothing!.text).toContain('在账户 5W8A3K 中没有找到');
    expect(nothing!.text).toContain('多伦多');
    expect(nearest!.suggestedActions!.actions.map((a) => a.value)).toContain(STORY.torontoYesterday);
  });

  test('should ask a narrowing question on a large account and read the answer in that role', async () => {
    // One parcel asked for: "show me the parcels I sent last week" asks for them all, which are counted and listed (headingToAndCounts.test.ts).
    const { turns } = await conversation('u-zhang', 'where is the parcel I sent last week?', 'Los Angeles');
    expect(textOf(turns[0]!)).toMatch(/^\d+ parcels fit that\. Which city or country did you send it to\?$/);
    const answer = textOf(turns[1]!);
    expect(answer).toMatch(/Los Angeles|parcels that fit/);
    expect(answer).not.toContain(DEMO_ACCOUNTS.mingyuan);
  });

  test('should ask a user of two accounts which one, and keep the choice on the conversation', async () => {
    const { id, turns } = await conversation('u-carol', 'where are my parcels to Toronto?', DEMO_ACCOUNTS.hudson);
    expect(textOf(turns[0]!)).toBe('You are a user of several accounts. Which account is this about?');
    expect(turns[0]![0]!.suggestedActions!.actions.map((a) => a.value).sort()).toEqual([DEMO_ACCOUNTS.hudson, '8T4C2M'].sort());
    expect((await app.store.conversations.get(id))!.accountNumber).toBe(DEMO_ACCOUNTS.hudson);
  });

  test('should open one escalation ticket for a customer who asks for a person twice', async () => {
    const { id, turns } = await conversation('u-alice', 'I want to talk to a real person', 'please, a human agent');
    expect(textOf(turns[0]!)).toMatch(/ticket number is CA-\d{6}.*You are number 1 in the queue; the wait is about 6 minutes\./);
    // The request is open: asked again, the customer hears their place and what the person will do, no second ticket.
    expect(textOf(turns[1]!)).toMatch(/number 1 in the queue for a person from our customer service team \(ticket CA-\d{6}\); the wait is about 6 minutes/);
    const tickets = await app.store.tickets.listForConversation(id);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ category: 'general', accountNumber: DEMO_ACCOUNTS.mingyuan, userId: 'u-alice' });
  });

  describe('linking this chat to an account by an e-mailed code', () => {
    const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)![1]!;

    test('should link with the right code and then answer the search that asked for it', async () => {
      const { id, turns } = await conversation('anon-1', "where's the box I sent to Toronto yesterday?", 'it is Alice.Martin@example.com');
      expect(textOf(turns[0]!)).toContain('What is the e-mail address on your account?');
      expect(textOf(turns[1]!)).toBe('If that address is on file, a 6-digit code is on its way to it. It is valid for 10 minutes — please type it here.');
      const mail = (await app.store.outbox.list(10)).find((m) => m.toAddress === 'alice.martin@example.com')!;
      expect(mail).toBeDefined();
      const outcome = await app.pipeline.process(
        { type: 'message', id: `${id}-code`, channelId: 'test', from: { id: 'anon-1' }, conversation: { id }, text: codeIn(mail.bodyText) },
        async () => {},
      );
      const said = outcome.replies.filter((a) => a.type === 'message').map((a) => a.text).join('\n');
      expect(said).toContain('Thanks, Alice Martin — this chat is now linked to your account.');
      expect(said).toContain(`${STORY.torontoYesterday}: In transit.`);
      expect(await app.store.identities.find('test', 'anon-1')).toMatchObject({ userId: 'u-alice' });
    });

    test('should count down wrong codes and never say whether an e-mail exists', async () => {
      const before = (await app.store.outbox.list(100)).length;
      const known = await conversation('anon-2', 'link my account', 'victor.okafor@example.com', '000000');
      const unknown = await conversation('anon-3', 'link my account', 'nobody@example.com', '000000');
      expect(textOf(known.turns[1]!)).toBe(textOf(unknown.turns[1]!));
      expect(textOf(known.turns[2]!)).toBe("That code isn't right. You have 4 tries left.");
      expect(textOf(unknown.turns[2]!)).toBe("That code isn't right. You have 4 tries left.");
      expect((await app.store.outbox.list(100)).length - before).toBe(1);
      expect(await app.store.identities.find('test', 'anon-3')).toBeNull();
    });
  });

  describe('linking codes that expire or are asked for too often', () => {
    test('should say an expired code has expired and ask for the e-mail again', async () => {
      const clock = app.clock as FixedClock;
      const { id } = await conversation('anon-4', 'link my account', 'alice.martin@example.com');
      const mail = (await app.store.outbox.list(50)).find((m) => m.toAddress === 'alice.martin@example.com')!;
      clock.advance(11 * 60_000);
      try {
        const outcome = await app.pipeline.process(
          { type: 'message', id: `${id}-late`, channelId: 'test', from: { id: 'anon-4' }, conversation: { id }, text: /\b(\d{6})\b/.exec(mail.bodyText)![1]! },
          async () => {},
        );
        expect(outcome.replies.filter((a) => a.type === 'message')[0]!.text).toBe(
          'That code has expired. Send me your e-mail address again and I will send a new one.',
        );
        expect(await app.store.identities.find('test', 'anon-4')).toBeNull();
      } finally {
        clock.advance(-11 * 60_000);
      }
    });

    test('should refuse a fourth code within the hour', async () => {
      const { turns } = await conversation('anon-5', 'link my account', 'a1@example.com', 'a2@example.com', 'a3@example.com', 'a4@example.com');
      expect(textOf(turns[3]!)).toContain('a 6-digit code is on its way');
      expect(textOf(turns[4]!)).toBe('Too many codes were requested for this chat. Please try again in an hour.');
    });
  });

  test('should remember the conversation across a restart of the bot (state is in the store)', async () => {
    const { id } = await conversation('u-alice', 'where are my parcels to London?');
    const again = await buildApp({ config: loadConfig({}), store: app.store, clock: new FixedClock(NOW), logger: pino({ level: 'silent' }) });
    const outcome = await again.pipeline.process(
      { type: 'message', id: `${id}-after-restart`, channelId: 'test', from: { id: 'u-alice' }, conversation: { id }, text: 'the first one' },
      async () => {},
    );
    expect(outcome.replies.filter((a) => a.type === 'message')[0]!.text).toMatch(/^1Z5W8A3K\w+: /);
  });
});

describe('lost or delayed parcels', () => {
  let app: App;
  let n = 0;
  beforeAll(async () => {
    const store = await openStore('sqlite::memory:');
    await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    for (const user of ['u-alice', 'u-li']) await store.identities.link({ channelId: 'test', externalId: user, userId: user, linkedAt: NOW });
    app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(NOW), logger: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await app.close();
  });
  async function say(user: string, conversationId: string, text: string): Promise<string> {
    const outcome = await app.pipeline.process(
      { type: 'message', id: `${conversationId}-${++n}`, channelId: 'test', from: { id: user }, conversation: { id: conversationId }, text },
      async () => {},
    );
    return outcome.replies.filter((a) => a.type === 'message').map((a) => a.text).join('\n');
  }

  test('should open an exception ticket with contacts and dates for a late, silent parcel, with the claim path', async () => {
    const said = await say('u-alice', 'lost-1', `my parcel ${STORY.lateSilent} still hasn't arrived`);
    const ticket = /exception ticket (CA-\d{6})/.exec(said)![1]!;
    expect(said).toContain(`${STORY.lateSilent} has had no scan for`);
    expect(said).toContain('within 48 hours of verification');
    const stored = await app.store.tickets.get(ticket);
    expect(stored).toMatchObject({ category: 'lost_delayed', priority: 'high', trackingNumbers: [STORY.lateSilent], accountNumber: DEMO_ACCOUNTS.mingyuan, userId: 'u-alice' });
    expect(stored!.details).toMatchObject({ sender: { name: expect.any(String), phone: expect.any(String) }, recipient: { name: expect.any(String) }, shipDate: expect.any(String) });
    expect(await say('u-alice', 'lost-1', `${STORY.lateSilent} is lost`)).toContain(ticket);
  });

  test('should give a parcel that is on time its ETA and no ticket', async () => {
    const said = await say('u-alice', 'lost-2', `is ${STORY.torontoYesterday} delayed?`);
    expect(said).toContain('is on its way and on time');
    expect(await app.store.tickets.listForConversation('lost-2')).toEqual([]);
  });

  test('should ask before tracing a parcel marked delivered, and open the ticket on yes', async () => {
    const asked = await say('u-alice', 'lost-4', `${STORY.delivered} never arrived`);
    expect(asked).toMatch(new RegExp(`^${STORY.delivered} was delivered on .*shall I open a trace ticket\\?$`));
    expect(await app.store.tickets.listForConversation('lost-4')).toEqual([]);
    const traced = await say('u-alice', 'lost-4', 'yes');
    expect(traced).toMatch(/was marked delivered on .*exception ticket CA-\d{6}/);
    expect((await app.store.tickets.listForConversation('lost-4'))[0]).toMatchObject({ category: 'lost_delayed', trackingNumbers: [STORY.delivered] });
  });

  test('should find the parcel from a description first, in Chinese', async () => {
    const said = await say('u-li', 'lost-3', '寄到芝加哥的包裹一直没到');
    expect(said).toContain(`包裹 ${STORY.lateSilent}`);
    // The trace opened in an earlier conversation is the one still open: named, not opened twice.
    const open = (await app.store.tickets.openForAccount(DEMO_ACCOUNTS.mingyuan, 'lost_delayed')).filter((t) => t.trackingNumbers.includes(STORY.lateSilent));
    expect(open).toHaveLength(1);
    expect(said).toContain(open[0]!.number);
  });
});
